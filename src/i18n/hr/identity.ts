/** Croatian: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Kako se želite pridružiti?',
  guest: 'Pridruži se kao gost',
  guestHint: 'Unesite svoje ime. Možda će vas netko morati pustiti unutra.',
  m365: 'Prijava poslovnim ili školskim računom',
  m365Hint: 'Pridružite se kao vi sa svojim računom za Microsoft 365. Otvorit će se prozor za prijavu.',
  signInJoin: 'Prijavi se i pridruži',
} satisfies Catalog<'identity'>;
