/** Brazilian Portuguese: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} participante', many: '{count} de participantes', other: '{count} participantes' },
  inMeeting: 'Na reunião',
  lobby: 'Aguardando no lobby ({count})',
  you: '{name} (você)',
  youFallback: 'Você',
  organizer: 'Organizador',
  presenter: 'Apresentador',
  onHold: 'Em espera',
  joining: 'Ingressando',
  micOn: 'Microfone ativado',
  micOff: 'Sem áudio',
  cameraOn: 'Câmera ligada',
  cameraOff: 'Câmera desligada',
  handRaised: 'Mão levantada',
  speaking: 'Falando',
  presenting: 'Apresentando',
} satisfies Catalog<'people'>;
