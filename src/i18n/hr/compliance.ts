/** Croatian: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Snimanje je započelo. Ostankom na ovom sastanku pristajete na to da vas se snima.',
  'transcription-started':
    'Transkripcija je započela. Ostankom na ovom sastanku pristajete na transkripciju onoga što govorite.',
  'both-started':
    'Snimanje i transkripcija su započeli. Ostankom na ovom sastanku pristajete na to da vas se snima i na transkripciju onoga što govorite.',
  'recording-stopped': 'Snimanje je zaustavljeno. Snimka se sprema.',
  'transcription-stopped': 'Transkripcija je zaustavljena.',
  'both-stopped': 'Snimanje i transkripcija su zaustavljeni. Snimka se sprema.',
  'recording-stopped-transcription-continues': 'Snimanje je zaustavljeno i snimka se sprema. Transkripcija je i dalje uključena.',
  'transcription-stopped-recording-continues': 'Transkripcija je zaustavljena. Snimanje je i dalje uključeno.',
  privacyPolicy: 'Pravilnik o zaštiti privatnosti',
  opensInNewTab: '(otvara se na novoj kartici)',
  dismiss: 'Sakrij obavijest o snimanju',
  indicatorRecording: 'Snimanje',
  indicatorTranscribing: 'Transkripcija',
  indicatorBoth: 'Snimanje i transkripcija',
  showNotice: '{status}. Prikaži obavijest',
  mayBeRecorded: 'Ovaj se sastanak možda snima ili transkribira.',
  consentStarted: {
    'recording-started': 'Snimanje je započelo. Za ovaj je sastanak potreban vaš izričit pristanak.',
    'transcription-started': 'Transkripcija je započela. Za ovaj je sastanak potreban vaš izričit pristanak.',
    'both-started': 'Snimanje i transkripcija su započeli. Za ovaj je sastanak potreban vaš izričit pristanak.',
  },
} satisfies Catalog<'compliance'>;
