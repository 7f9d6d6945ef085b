/** Catalan: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} participant', many: '{count} participants', other: '{count} participants' },
  inMeeting: 'A la reunió',
  lobby: 'Esperant a la sala d’espera ({count})',
  you: '{name} (tu)',
  youFallback: 'Tu',
  organizer: 'Organitzador',
  presenter: 'Presentador',
  onHold: 'En espera',
  joining: 'S’està unint',
  micOn: 'Micròfon activat',
  micOff: 'Silenciat',
  cameraOn: 'Càmera activada',
  cameraOff: 'Càmera desactivada',
  handRaised: 'Mà aixecada',
  speaking: 'Parlant',
  presenting: 'Presentant',
} satisfies Catalog<'people'>;
