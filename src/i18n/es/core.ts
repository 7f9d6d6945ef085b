/** Spanish: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Reunión de Teams',
  prejoinTitle: 'Unirse a la reunión',
  nameLabel: 'Su nombre',
  nameRequired: 'Escriba su nombre para unirse.',
  nameCount: '{count} de {max} caracteres',
  preview: 'Vista previa de la cámara',
  previewStarting: 'Iniciando la cámara…',
  cameraOff: 'La cámara está desactivada',
  microphone: 'Micrófono',
  camera: 'Cámara',
  join: 'Unirse ahora',
  joining: 'Uniéndose a la reunión…',
  failedTitle: 'No se pudo unir a la reunión',
  configTitle: 'No es posible unirse a esta reunión',
  retry: 'Reintentar',
  errors: {
    'invalid-display-name': 'Escriba su nombre para unirse.',
    'sdk-load-failed': 'No se pudo cargar el software de la reunión. Compruebe la conexión e inténtelo de nuevo.',
  },
} satisfies Catalog<'core'>;
