/** Ukrainian: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Нарада Teams',
  prejoinTitle: 'Приєднатися до наради',
  nameLabel: 'Ваше ім’я',
  nameRequired: 'Щоб приєднатися, введіть своє ім’я.',
  nameCount: '{count} з {max} символів',
  preview: 'Попередній перегляд камери',
  previewStarting: 'Запуск камери…',
  cameraOff: 'Вашу камеру вимкнуто',
  microphone: 'Мікрофон',
  camera: 'Камера',
  join: 'Приєднатися зараз',
  joining: 'Приєднання до наради…',
  failedTitle: 'Не вдалося приєднатися до наради',
  configTitle: 'До цієї наради не можна приєднатися',
  retry: 'Спробувати ще раз',
  errors: {
    'invalid-display-name': 'Щоб приєднатися, введіть своє ім’я.',
    'sdk-load-failed': 'Не вдалося завантажити програму для нарад. Перевірте підключення й спробуйте ще раз.',
  },
} satisfies Catalog<'core'>;
