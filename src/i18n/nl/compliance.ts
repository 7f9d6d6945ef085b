/** Dutch: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'De opname is gestart. Door in deze vergadering te blijven, geef je toestemming om te worden opgenomen.',
  'transcription-started': 'De transcriptie is gestart. Door in deze vergadering te blijven, geef je toestemming om te worden getranscribeerd.',
  'both-started': 'De opname en de transcriptie zijn gestart. Door in deze vergadering te blijven, geef je toestemming om te worden opgenomen en getranscribeerd.',
  'recording-stopped': 'De opname is gestopt. De opname wordt opgeslagen.',
  'transcription-stopped': 'De transcriptie is gestopt.',
  'both-stopped': 'De opname en de transcriptie zijn gestopt. De opname wordt opgeslagen.',
  'recording-stopped-transcription-continues': 'De opname is gestopt en wordt opgeslagen. De transcriptie staat nog aan.',
  'transcription-stopped-recording-continues': 'De transcriptie is gestopt. De opname staat nog aan.',
  privacyPolicy: 'Privacyverklaring',
  opensInNewTab: '(wordt geopend in een nieuw tabblad)',
  dismiss: 'Opnamemelding verbergen',
  indicatorRecording: 'Opnemen',
  indicatorTranscribing: 'Transcriberen',
  indicatorBoth: 'Opnemen en transcriberen',
  showNotice: '{status}. Melding weergeven',
  mayBeRecorded: 'Deze vergadering wordt mogelijk opgenomen of getranscribeerd.',
  consentStarted: {
    'recording-started': 'De opname is gestart. Deze vergadering vraagt om je uitdrukkelijke toestemming.',
    'transcription-started': 'De transcriptie is gestart. Deze vergadering vraagt om je uitdrukkelijke toestemming.',
    'both-started': 'De opname en de transcriptie zijn gestart. Deze vergadering vraagt om je uitdrukkelijke toestemming.',
  },
} satisfies Catalog<'compliance'>;
