/** Serbian (Latin): compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Snimanje je počelo. Ako ostanete na ovom sastanku, pristajete na to da budete snimani.',
  'transcription-started':
    'Transkripcija je počela. Ako ostanete na ovom sastanku, pristajete na transkripciju onoga što govorite.',
  'both-started':
    'Snimanje i transkripcija su počeli. Ako ostanete na ovom sastanku, pristajete na to da budete snimani i na transkripciju onoga što govorite.',
  'recording-stopped': 'Snimanje je zaustavljeno. Snimak se čuva.',
  'transcription-stopped': 'Transkripcija je zaustavljena.',
  'both-stopped': 'Snimanje i transkripcija su zaustavljeni. Snimak se čuva.',
  'recording-stopped-transcription-continues':
    'Snimanje je zaustavljeno i snimak se čuva. Transkripcija je i dalje uključena.',
  'transcription-stopped-recording-continues': 'Transkripcija je zaustavljena. Snimanje je i dalje uključeno.',
  privacyPolicy: 'Politika privatnosti',
  opensInNewTab: '(otvara se na novoj kartici)',
  dismiss: 'Sakrij obaveštenje o snimanju',
  indicatorRecording: 'Snimanje',
  indicatorTranscribing: 'Transkripcija',
  indicatorBoth: 'Snimanje i transkripcija',
  showNotice: '{status}. Prikaži obaveštenje',
  mayBeRecorded: 'Ovaj sastanak se možda snima ili transkribuje.',
  consentStarted: {
    'recording-started': 'Snimanje je počelo. Za ovaj sastanak je potreban vaš izričit pristanak.',
    'transcription-started': 'Transkripcija je počela. Za ovaj sastanak je potreban vaš izričit pristanak.',
    'both-started': 'Snimanje i transkripcija su počeli. Za ovaj sastanak je potreban vaš izričit pristanak.',
  },
} satisfies Catalog<'compliance'>;
