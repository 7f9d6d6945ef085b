/** Swedish: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Inspelningen har startat. Genom att stanna kvar i mötet samtycker du till att bli inspelad.',
  'transcription-started': 'Transkriberingen har startat. Genom att stanna kvar i mötet samtycker du till att bli transkriberad.',
  'both-started': 'Inspelningen och transkriberingen har startat. Genom att stanna kvar i mötet samtycker du till att bli inspelad och transkriberad.',
  'recording-stopped': 'Inspelningen har stoppats. Inspelningen sparas.',
  'transcription-stopped': 'Transkriberingen har stoppats.',
  'both-stopped': 'Inspelningen och transkriberingen har stoppats. Inspelningen sparas.',
  'recording-stopped-transcription-continues': 'Inspelningen har stoppats och sparas. Transkriberingen pågår fortfarande.',
  'transcription-stopped-recording-continues': 'Transkriberingen har stoppats. Inspelningen pågår fortfarande.',
  privacyPolicy: 'Sekretesspolicy',
  opensInNewTab: '(öppnas på en ny flik)',
  dismiss: 'Dölj meddelandet om inspelning',
  indicatorRecording: 'Spelar in',
  indicatorTranscribing: 'Transkriberar',
  indicatorBoth: 'Spelar in och transkriberar',
  showNotice: '{status}. Visa meddelandet',
  mayBeRecorded: 'Mötet kan spelas in eller transkriberas.',
  consentStarted: {
    'recording-started': 'Inspelningen har startat. Mötet ber om ditt uttryckliga samtycke.',
    'transcription-started': 'Transkriberingen har startat. Mötet ber om ditt uttryckliga samtycke.',
    'both-started': 'Inspelningen och transkriberingen har startat. Mötet ber om ditt uttryckliga samtycke.',
  },
} satisfies Catalog<'compliance'>;
