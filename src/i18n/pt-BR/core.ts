/** Brazilian Portuguese: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Reunião do Teams',
  prejoinTitle: 'Ingressar na reunião',
  nameLabel: 'Seu nome',
  nameRequired: 'Digite seu nome para ingressar.',
  nameCount: '{count} de {max} caracteres',
  preview: 'Visualização da câmera',
  previewStarting: 'Iniciando a câmera…',
  cameraOff: 'Sua câmera está desligada',
  microphone: 'Microfone',
  camera: 'Câmera',
  join: 'Ingressar agora',
  joining: 'Ingressando na reunião…',
  failedTitle: 'Não foi possível ingressar na reunião',
  configTitle: 'Não é possível ingressar nesta reunião',
  retry: 'Tentar novamente',
  errors: {
    'invalid-display-name': 'Digite seu nome para ingressar.',
    'sdk-load-failed': 'Não foi possível carregar o software da reunião. Verifique sua conexão e tente novamente.',
  },
} satisfies Catalog<'core'>;
