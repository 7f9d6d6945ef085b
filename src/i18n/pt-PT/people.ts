/** European Portuguese: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} participante', many: '{count} participantes', other: '{count} participantes' },
  inMeeting: 'Na reunião',
  lobby: 'À espera na sala de espera ({count})',
  you: '{name} (você)',
  youFallback: 'Você',
  organizer: 'Organizador',
  presenter: 'Apresentador',
  onHold: 'Em espera',
  joining: 'A entrar',
  micOn: 'Microfone ligado',
  micOff: 'Som desativado',
  cameraOn: 'Câmara ligada',
  cameraOff: 'Câmara desligada',
  handRaised: 'Mão levantada',
  speaking: 'A falar',
  presenting: 'A apresentar',
} satisfies Catalog<'people'>;
