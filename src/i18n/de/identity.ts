/** German: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Wie möchten Sie teilnehmen?',
  guest: 'Als Gast teilnehmen',
  guestHint: 'Geben Sie Ihren Namen ein. Eventuell muss Sie jemand hereinlassen.',
  m365: 'Mit einem Geschäfts-, Schul- oder Unikonto anmelden',
  m365Hint: 'Nehmen Sie mit Ihrem Microsoft 365-Konto als Sie selbst teil. Ein Anmeldefenster wird geöffnet.',
  signInJoin: 'Anmelden und teilnehmen',
} satisfies Catalog<'identity'>;
