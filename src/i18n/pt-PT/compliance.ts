/** European Portuguese: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'A gravação foi iniciada. Ao permanecer nesta reunião, consente em ser gravado.',
  'transcription-started': 'A transcrição foi iniciada. Ao permanecer nesta reunião, consente em ser transcrito.',
  'both-started': 'A gravação e a transcrição foram iniciadas. Ao permanecer nesta reunião, consente em ser gravado e transcrito.',
  'recording-stopped': 'A gravação parou. A gravação está a ser guardada.',
  'transcription-stopped': 'A transcrição parou.',
  'both-stopped': 'A gravação e a transcrição pararam. A gravação está a ser guardada.',
  'recording-stopped-transcription-continues': 'A gravação parou e está a ser guardada. A transcrição continua ativa.',
  'transcription-stopped-recording-continues': 'A transcrição parou. A gravação continua ativa.',
  privacyPolicy: 'Política de privacidade',
  opensInNewTab: '(abre num novo separador)',
  dismiss: 'Ocultar o aviso de gravação',
  indicatorRecording: 'A gravar',
  indicatorTranscribing: 'A transcrever',
  indicatorBoth: 'A gravar e a transcrever',
  showNotice: '{status}. Mostrar o aviso',
  mayBeRecorded: 'Esta reunião pode estar a ser gravada ou transcrita.',
  consentStarted: {
    'recording-started': 'A gravação foi iniciada. Esta reunião pede o seu consentimento explícito.',
    'transcription-started': 'A transcrição foi iniciada. Esta reunião pede o seu consentimento explícito.',
    'both-started': 'A gravação e a transcrição foram iniciadas. Esta reunião pede o seu consentimento explícito.',
  },
} satisfies Catalog<'compliance'>;
