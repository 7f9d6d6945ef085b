/** Spanish: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Esta reunión le pide su consentimiento',
  recording:
    'La reunión se está grabando: la grabación incluye su voz, su vídeo y todo lo que comparta en pantalla.',
  transcription: 'La reunión se está transcribiendo: la transcripción incluye lo que diga, con su nombre.',
  mediaOff: 'El micrófono, la cámara y el uso compartido de pantalla permanecen desactivados hasta que acepte.',
  agree: 'Acepto',
  leave: 'Salir',
  privacy: 'Cómo se usan sus datos (directiva de privacidad)',
  opensInNewTab: '(se abre en una pestaña nueva)',
  sending: 'Enviando su consentimiento…',
  failed: 'No se pudo enviar su consentimiento a la reunión. Inténtelo de nuevo.',
} satisfies Catalog<'consent'>;
