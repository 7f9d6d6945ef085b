/** Dutch: identity (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Hoe wil je deelnemen?',
  guest: 'Deelnemen als gast',
  guestHint: 'Voer je naam in. Mogelijk moet iemand je binnenlaten.',
  m365: 'Aanmelden met een werk- of schoolaccount',
  m365Hint: 'Neem deel als jezelf met je Microsoft 365-account. Er wordt een aanmeldingsvenster geopend.',
  signInJoin: 'Aanmelden en deelnemen',
} satisfies Catalog<'identity'>;
