/** Polish: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Jak chcesz dołączyć?',
  guest: 'Dołącz jako gość',
  guestHint: 'Wpisz swoje imię i nazwisko. Być może ktoś będzie musiał Cię wpuścić.',
  m365: 'Zaloguj się przy użyciu konta służbowego lub szkolnego',
  m365Hint: 'Dołącz jako Ty, używając swojego konta Microsoft 365. Otworzy się okno logowania.',
  signInJoin: 'Zaloguj się i dołącz',
} satisfies Catalog<'identity'>;
