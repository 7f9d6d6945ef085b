/** Bulgarian: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Събрание в Teams',
  prejoinTitle: 'Присъединяване към събранието',
  nameLabel: 'Вашето име',
  nameRequired: 'Въведете името си, за да се присъедините.',
  nameCount: '{count} от {max} знака',
  preview: 'Визуализация на камерата',
  previewStarting: 'Стартиране на камерата…',
  cameraOff: 'Камерата ви е изключена',
  microphone: 'Микрофон',
  camera: 'Камера',
  join: 'Присъединяване сега',
  joining: 'Присъединяване към събранието…',
  failedTitle: 'Неуспешно присъединяване към събранието',
  configTitle: 'Към това събрание не може да се присъедините',
  retry: 'Опитайте отново',
  errors: {
    'invalid-display-name': 'Въведете името си, за да се присъедините.',
    'sdk-load-failed': 'Софтуерът за събрания не можа да бъде зареден. Проверете връзката си и опитайте отново.',
  },
} satisfies Catalog<'core'>;
