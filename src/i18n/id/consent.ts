/** Indonesian: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Rapat ini meminta persetujuan Anda',
  recording: 'Rapat sedang direkam: rekaman mencakup suara Anda, video Anda, dan apa pun yang Anda bagikan di layar.',
  transcription: 'Rapat sedang ditranskripsikan: transkrip mencakup apa yang Anda katakan, beserta nama Anda.',
  mediaOff: 'Mikrofon, kamera, dan berbagi layar Anda tetap nonaktif hingga Anda menyetujui.',
  agree: 'Saya setuju',
  leave: 'Keluar',
  privacy: 'Cara data Anda digunakan (kebijakan privasi)',
  opensInNewTab: '(terbuka di tab baru)',
  sending: 'Mengirim persetujuan Anda…',
  failed: 'Persetujuan Anda tidak dapat dikirim ke rapat. Silakan coba lagi.',
} satisfies Catalog<'consent'>;
