/** Catalan: identity (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Com et vols unir?',
  guest: 'Uneix-te com a convidat',
  guestHint: 'Escriu el teu nom. Potser algú t’haurà de deixar entrar.',
  m365: 'Inicia la sessió amb un compte professional o educatiu',
  m365Hint: 'Uneix-te amb la teva identitat i el compte del Microsoft 365. S’obre una finestra d’inici de sessió.',
  signInJoin: 'Inicia la sessió i uneix-te',
} satisfies Catalog<'identity'>;
