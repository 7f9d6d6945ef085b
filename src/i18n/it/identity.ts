/** Italian: identity (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Come vuoi partecipare?',
  guest: 'Partecipa come ospite',
  guestHint: 'Immetti il tuo nome. Potrebbe essere necessario che qualcuno ti ammetta.',
  m365: 'Accedi con un account aziendale o dell’istituto di istruzione',
  m365Hint: 'Partecipa con la tua identità usando l’account Microsoft 365. Si apre una finestra di accesso.',
  signInJoin: 'Accedi e partecipa',
} satisfies Catalog<'identity'>;
