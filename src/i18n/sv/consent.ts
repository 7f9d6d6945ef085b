/** Swedish: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Mötet ber om ditt samtycke',
  recording: 'Mötet spelas in: inspelningen innehåller din röst, din video och allt du delar på skärmen.',
  transcription: 'Mötet transkriberas: transkriptionen innehåller det du säger, med ditt namn.',
  mediaOff: 'Din mikrofon, kamera och skärmdelning förblir avstängda tills du godkänner.',
  agree: 'Jag godkänner',
  leave: 'Lämna',
  privacy: 'Hur dina data används (sekretesspolicy)',
  opensInNewTab: '(öppnas på en ny flik)',
  sending: 'Skickar ditt samtycke…',
  failed: 'Det gick inte att skicka ditt samtycke till mötet. Försök igen.',
} satisfies Catalog<'consent'>;
