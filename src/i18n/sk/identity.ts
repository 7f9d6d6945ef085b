/** Slovak: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Ako sa chcete pripojiť?',
  guest: 'Pripojiť sa ako hosť',
  guestHint: 'Zadajte svoje meno. Možno vás bude musieť niekto vpustiť.',
  m365: 'Prihlásiť sa pracovným alebo školským kontom',
  m365Hint: 'Pripojte sa ako vy so svojím kontom Microsoft 365. Otvorí sa okno prihlásenia.',
  signInJoin: 'Prihlásiť sa a pripojiť',
} satisfies Catalog<'identity'>;
