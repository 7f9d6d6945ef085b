/** Norwegian Bokmål: identity (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Hvordan vil du bli med?',
  guest: 'Bli med som gjest',
  guestHint: 'Skriv inn navnet ditt. Noen må kanskje slippe deg inn.',
  m365: 'Logg på med en jobb- eller skolekonto',
  m365Hint: 'Bli med som deg selv med Microsoft 365-kontoen din. Et påloggingsvindu åpnes.',
  signInJoin: 'Logg på og bli med',
} satisfies Catalog<'identity'>;
