/**
 * Mexican Spanish (es-MX): compliance, written as a delta over Spanish (es) (../es/compliance.ts): only the strings a native writer
 * changes for this region are here; the rest are Spanish (es)'s (see src/i18n/en/compliance.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../es/compliance.js';

export default {
  ...base,
  'recording-started': 'Se inició la grabación. Al permanecer en esta reunión, da su consentimiento para que se le grabe.',
  'transcription-started': 'Se inició la transcripción. Al permanecer en esta reunión, da su consentimiento para que se le transcriba.',
  'both-started': 'Se iniciaron la grabación y la transcripción. Al permanecer en esta reunión, da su consentimiento para que se le grabe y transcriba.',
  'recording-stopped': 'Se detuvo la grabación. La grabación se está guardando.',
  'transcription-stopped': 'Se detuvo la transcripción.',
  'both-stopped': 'Se detuvieron la grabación y la transcripción. La grabación se está guardando.',
  'recording-stopped-transcription-continues': 'Se detuvo la grabación y se está guardando. La transcripción sigue activa.',
  'transcription-stopped-recording-continues': 'Se detuvo la transcripción. La grabación sigue activa.',
  privacyPolicy: 'Política de privacidad',
  consentStarted: {
    ...base.consentStarted,
    'recording-started': 'Se inició la grabación. Esta reunión le pide su consentimiento explícito.',
    'transcription-started': 'Se inició la transcripción. Esta reunión le pide su consentimiento explícito.',
    'both-started': 'Se iniciaron la grabación y la transcripción. Esta reunión le pide su consentimiento explícito.',
  },
} satisfies Catalog<'compliance'>;
