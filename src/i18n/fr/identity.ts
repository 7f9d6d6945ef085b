/** French: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Comment voulez-vous rejoindre la réunion ?',
  guest: 'Rejoindre en tant qu’invité',
  guestHint: 'Saisissez votre nom. Quelqu’un devra peut-être vous faire entrer.',
  m365: 'Se connecter avec un compte professionnel ou scolaire',
  m365Hint: 'Rejoignez la réunion sous votre nom avec votre compte Microsoft 365. Une fenêtre de connexion s’ouvre.',
  signInJoin: 'Se connecter et rejoindre',
} satisfies Catalog<'identity'>;
