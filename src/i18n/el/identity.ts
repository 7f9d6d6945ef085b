/** Greek: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Πώς θέλετε να συμμετάσχετε;',
  guest: 'Συμμετοχή ως επισκέπτης',
  guestHint: 'Πληκτρολογήστε το όνομά σας. Ίσως χρειαστεί κάποιος να σας επιτρέψει την είσοδο.',
  m365: 'Είσοδος με εταιρικό ή σχολικό λογαριασμό',
  m365Hint: 'Συμμετάσχετε ως ο εαυτός σας με τον λογαριασμό σας Microsoft 365. Ανοίγει ένα παράθυρο εισόδου.',
  signInJoin: 'Είσοδος και συμμετοχή',
} satisfies Catalog<'identity'>;
