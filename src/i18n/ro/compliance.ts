/** Romanian: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started':
    'Înregistrarea a început. Dacă rămâneți în această întâlnire, vă exprimați consimțământul de a fi înregistrat.',
  'transcription-started':
    'Transcrierea a început. Dacă rămâneți în această întâlnire, vă exprimați consimțământul ca ceea ce spuneți să fie transcris.',
  'both-started':
    'Înregistrarea și transcrierea au început. Dacă rămâneți în această întâlnire, vă exprimați consimțământul de a fi înregistrat și ca ceea ce spuneți să fie transcris.',
  'recording-stopped': 'Înregistrarea s-a oprit. Înregistrarea se salvează.',
  'transcription-stopped': 'Transcrierea s-a oprit.',
  'both-stopped': 'Înregistrarea și transcrierea s-au oprit. Înregistrarea se salvează.',
  'recording-stopped-transcription-continues':
    'Înregistrarea s-a oprit și se salvează. Transcrierea este în continuare activă.',
  'transcription-stopped-recording-continues': 'Transcrierea s-a oprit. Înregistrarea este în continuare activă.',
  privacyPolicy: 'Politica de confidențialitate',
  opensInNewTab: '(se deschide într-o filă nouă)',
  dismiss: 'Ascundeți notificarea de înregistrare',
  indicatorRecording: 'Se înregistrează',
  indicatorTranscribing: 'Se transcrie',
  indicatorBoth: 'Se înregistrează și se transcrie',
  showNotice: '{status}. Afișați notificarea',
  mayBeRecorded: 'Această întâlnire poate fi înregistrată sau transcrisă.',
  consentStarted: {
    'recording-started': 'Înregistrarea a început. Această întâlnire vă solicită consimțământul explicit.',
    'transcription-started': 'Transcrierea a început. Această întâlnire vă solicită consimțământul explicit.',
    'both-started': 'Înregistrarea și transcrierea au început. Această întâlnire vă solicită consimțământul explicit.',
  },
} satisfies Catalog<'compliance'>;
