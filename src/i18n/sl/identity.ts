/** Slovenian: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Kako se želite pridružiti?',
  guest: 'Pridruži se kot gost',
  guestHint: 'Vnesite svoje ime. Morda vas bo moral kdo spustiti noter.',
  m365: 'Vpis s službenim ali šolskim računom',
  m365Hint: 'Pridružite se kot vi z računom za Microsoft 365. Odpre se okno za vpis.',
  signInJoin: 'Vpiši se in pridruži',
} satisfies Catalog<'identity'>;
