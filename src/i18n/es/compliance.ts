/** Spanish: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Se ha iniciado la grabación. Al permanecer en esta reunión, da su consentimiento para que se le grabe.',
  'transcription-started': 'Se ha iniciado la transcripción. Al permanecer en esta reunión, da su consentimiento para que se le transcriba.',
  'both-started':
    'Se han iniciado la grabación y la transcripción. Al permanecer en esta reunión, da su consentimiento para que se le grabe y transcriba.',
  'recording-stopped': 'Se ha detenido la grabación. La grabación se está guardando.',
  'transcription-stopped': 'Se ha detenido la transcripción.',
  'both-stopped': 'Se han detenido la grabación y la transcripción. La grabación se está guardando.',
  'recording-stopped-transcription-continues':
    'Se ha detenido la grabación y se está guardando. La transcripción sigue activa.',
  'transcription-stopped-recording-continues': 'Se ha detenido la transcripción. La grabación sigue activa.',
  privacyPolicy: 'Directiva de privacidad',
  opensInNewTab: '(se abre en una pestaña nueva)',
  dismiss: 'Ocultar el aviso de grabación',
  indicatorRecording: 'Grabando',
  indicatorTranscribing: 'Transcribiendo',
  indicatorBoth: 'Grabando y transcribiendo',
  showNotice: '{status}. Mostrar el aviso',
  mayBeRecorded: 'Es posible que esta reunión se grabe o se transcriba.',
  consentStarted: {
    'recording-started': 'Se ha iniciado la grabación. Esta reunión le pide su consentimiento explícito.',
    'transcription-started': 'Se ha iniciado la transcripción. Esta reunión le pide su consentimiento explícito.',
    'both-started': 'Se han iniciado la grabación y la transcripción. Esta reunión le pide su consentimiento explícito.',
  },
} satisfies Catalog<'compliance'>;
