/** Indonesian: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Rapat Teams',
  prejoinTitle: 'Bergabung ke rapat',
  nameLabel: 'Nama Anda',
  nameRequired: 'Masukkan nama Anda untuk bergabung.',
  nameCount: '{count} dari {max} karakter',
  preview: 'Pratinjau kamera',
  previewStarting: 'Menyalakan kamera…',
  cameraOff: 'Kamera Anda nonaktif',
  microphone: 'Mikrofon',
  camera: 'Kamera',
  join: 'Gabung sekarang',
  joining: 'Bergabung ke rapat…',
  failedTitle: 'Tidak dapat bergabung ke rapat',
  configTitle: 'Rapat ini tidak dapat diikuti',
  retry: 'Coba lagi',
  errors: {
    'invalid-display-name': 'Masukkan nama Anda untuk bergabung.',
    'sdk-load-failed': 'Perangkat lunak rapat tidak dapat dimuat. Periksa koneksi Anda dan coba lagi.',
  },
} satisfies Catalog<'core'>;
