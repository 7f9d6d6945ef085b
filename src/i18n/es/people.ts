/** Spanish: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} participante', many: '{count} de participantes', other: '{count} participantes' },
  inMeeting: 'En la reunión',
  lobby: 'Esperando en la sala de espera ({count})',
  you: '{name} (usted)',
  youFallback: 'Usted',
  organizer: 'Organizador',
  presenter: 'Moderador',
  onHold: 'En espera',
  joining: 'Uniéndose',
  micOn: 'Micrófono activado',
  micOff: 'Silenciado',
  cameraOn: 'Cámara activada',
  cameraOff: 'Cámara desactivada',
  handRaised: 'Mano levantada',
  speaking: 'Hablando',
  presenting: 'Presentando',
} satisfies Catalog<'people'>;
