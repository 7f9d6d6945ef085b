/** Dutch: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Deze vergadering vraagt om je toestemming',
  recording: 'De vergadering wordt opgenomen: de opname bevat je stem, je video en alles wat je op je scherm deelt.',
  transcription: 'De vergadering wordt getranscribeerd: de transcriptie bevat wat je zegt, met je naam.',
  mediaOff: 'Je microfoon, camera en scherm delen blijven uit totdat je akkoord gaat.',
  agree: 'Ik ga akkoord',
  leave: 'Verlaten',
  privacy: 'Hoe je gegevens worden gebruikt (privacyverklaring)',
  opensInNewTab: '(wordt geopend in een nieuw tabblad)',
  sending: 'Je toestemming wordt verzonden…',
  failed: 'Je toestemming kan niet naar de vergadering worden verzonden. Probeer het opnieuw.',
} satisfies Catalog<'consent'>;
