/** Serbian (Latin): identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Kako želite da se pridružite?',
  guest: 'Pridruži se kao gost',
  guestHint: 'Unesite svoje ime. Možda će neko morati da vas pusti unutra.',
  m365: 'Prijavi se poslovnim ili školskim nalogom',
  m365Hint: 'Pridružite se kao vi pomoću Microsoft 365 naloga. Otvoriće se prozor za prijavljivanje.',
  signInJoin: 'Prijavi se i pridruži',
} satisfies Catalog<'identity'>;
