/** Swedish: identity (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Hur vill du ansluta?',
  guest: 'Anslut som gäst',
  guestHint: 'Ange ditt namn. Någon kan behöva släppa in dig.',
  m365: 'Logga in med ett arbets- eller skolkonto',
  m365Hint: 'Anslut som dig själv med ditt Microsoft 365-konto. Ett inloggningsfönster öppnas.',
  signInJoin: 'Logga in och anslut',
} satisfies Catalog<'identity'>;
