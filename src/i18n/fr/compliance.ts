/** French: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': "L'enregistrement a commencé. En restant dans cette réunion, vous acceptez d'être enregistré.",
  'transcription-started':
    'La transcription a commencé. En restant dans cette réunion, vous acceptez que vos propos soient transcrits.',
  'both-started':
    "L'enregistrement et la transcription ont commencé. En restant dans cette réunion, vous acceptez d'être enregistré et transcrit.",
  'recording-stopped': "L'enregistrement est arrêté. Il est en cours de sauvegarde.",
  'transcription-stopped': 'La transcription est arrêtée.',
  'both-stopped': "L'enregistrement et la transcription sont arrêtés. L'enregistrement est en cours de sauvegarde.",
  'recording-stopped-transcription-continues':
    "L'enregistrement est arrêté et en cours de sauvegarde. La transcription continue.",
  'transcription-stopped-recording-continues': "La transcription est arrêtée. L'enregistrement continue.",
  privacyPolicy: 'Politique de confidentialité',
  opensInNewTab: '(ouvre un nouvel onglet)',
  dismiss: "Masquer l'avis d'enregistrement",
  indicatorRecording: 'Enregistrement',
  indicatorTranscribing: 'Transcription',
  indicatorBoth: 'Enregistrement et transcription',
  showNotice: "{status}. Afficher l'avis",
  mayBeRecorded: 'Cette réunion est peut-être enregistrée ou transcrite.',
  consentStarted: {
    'recording-started': 'L’enregistrement a commencé. Cette réunion demande votre consentement explicite.',
    'transcription-started': 'La transcription a commencé. Cette réunion demande votre consentement explicite.',
    'both-started':
      'L’enregistrement et la transcription ont commencé. Cette réunion demande votre consentement explicite.',
  },
} satisfies Catalog<'compliance'>;
