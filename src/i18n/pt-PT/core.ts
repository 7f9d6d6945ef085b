/** European Portuguese: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Reunião do Teams',
  prejoinTitle: 'Participar na reunião',
  nameLabel: 'O seu nome',
  nameRequired: 'Introduza o seu nome para participar.',
  nameCount: '{count} de {max} carateres',
  preview: 'Pré-visualização da câmara',
  previewStarting: 'A iniciar a câmara…',
  cameraOff: 'A câmara está desligada',
  microphone: 'Microfone',
  camera: 'Câmara',
  join: 'Participar agora',
  joining: 'A entrar na reunião…',
  failedTitle: 'Não foi possível participar na reunião',
  configTitle: 'Não é possível participar nesta reunião',
  retry: 'Tentar novamente',
  errors: {
    'invalid-display-name': 'Introduza o seu nome para participar.',
    'sdk-load-failed': 'Não foi possível carregar o software da reunião. Verifique a ligação e tente novamente.',
  },
} satisfies Catalog<'core'>;
