/** Brazilian Portuguese: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'A gravação foi iniciada. Ao permanecer nesta reunião, você concorda em ser gravado.',
  'transcription-started': 'A transcrição foi iniciada. Ao permanecer nesta reunião, você concorda em ser transcrito.',
  'both-started':
    'A gravação e a transcrição foram iniciadas. Ao permanecer nesta reunião, você concorda em ser gravado e transcrito.',
  'recording-stopped': 'A gravação foi interrompida. A gravação está sendo salva.',
  'transcription-stopped': 'A transcrição foi interrompida.',
  'both-stopped': 'A gravação e a transcrição foram interrompidas. A gravação está sendo salva.',
  'recording-stopped-transcription-continues':
    'A gravação foi interrompida e está sendo salva. A transcrição continua ativa.',
  'transcription-stopped-recording-continues': 'A transcrição foi interrompida. A gravação continua ativa.',
  privacyPolicy: 'Política de privacidade',
  opensInNewTab: '(abre em uma nova guia)',
  dismiss: 'Ocultar o aviso de gravação',
  indicatorRecording: 'Gravando',
  indicatorTranscribing: 'Transcrevendo',
  indicatorBoth: 'Gravando e transcrevendo',
  showNotice: '{status}. Mostrar o aviso',
  mayBeRecorded: 'Esta reunião pode ser gravada ou transcrita.',
  consentStarted: {
    'recording-started': 'A gravação foi iniciada. Esta reunião pede seu consentimento explícito.',
    'transcription-started': 'A transcrição foi iniciada. Esta reunião pede seu consentimento explícito.',
    'both-started': 'A gravação e a transcrição foram iniciadas. Esta reunião pede seu consentimento explícito.',
  },
} satisfies Catalog<'compliance'>;
