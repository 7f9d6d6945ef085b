/** Danish: identity (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Hvordan vil du deltage?',
  guest: 'Deltag som gæst',
  guestHint: 'Angiv dit navn. Nogen skal måske lukke dig ind.',
  m365: 'Log på med en arbejds- eller skolekonto',
  m365Hint: 'Deltag som dig selv med din Microsoft 365-konto. Der åbnes et logonvindue.',
  signInJoin: 'Log på, og deltag',
} satisfies Catalog<'identity'>;
