/** Indonesian: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Bagaimana Anda ingin bergabung?',
  guest: 'Bergabung sebagai tamu',
  guestHint: 'Masukkan nama Anda. Mungkin perlu ada yang mengizinkan Anda masuk.',
  m365: 'Masuk dengan akun kerja atau sekolah',
  m365Hint: 'Bergabung sebagai diri Anda sendiri dengan akun Microsoft 365. Jendela masuk akan terbuka.',
  signInJoin: 'Masuk dan bergabung',
} satisfies Catalog<'identity'>;
