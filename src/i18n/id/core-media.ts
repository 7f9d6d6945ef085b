/** Indonesian: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Speaker',
  devices: 'Pengaturan perangkat',
  mediaDenied:
    'Browser Anda memblokir kamera dan mikrofon. Anda tetap dapat bergabung dengan kamera nonaktif dan mendengarkan. Untuk menggunakannya, izinkan akses di pengaturan situs browser, lalu muat ulang halaman.',
  cameraDenied: 'Browser Anda memblokir kamera. Anda tetap dapat bergabung dengan kamera nonaktif.',
  micDenied: 'Browser Anda memblokir mikrofon. Anda tetap dapat bergabung dan mendengarkan. Untuk berbicara, izinkan akses di pengaturan situs browser.',
  noCamera: 'Tidak ada kamera yang ditemukan. Anda dapat bergabung dengan kamera nonaktif.',
  noMicrophone: 'Tidak ada mikrofon yang ditemukan. Anda dapat bergabung dan mendengarkan.',
  deviceFailed: 'Kamera atau mikrofon Anda tidak dapat dinyalakan. Mungkin sedang digunakan oleh aplikasi lain.',
} satisfies Catalog<'core-media'>;
