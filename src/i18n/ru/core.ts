/** Russian: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Собрание Teams',
  prejoinTitle: 'Присоединиться к собранию',
  nameLabel: 'Ваше имя',
  nameRequired: 'Чтобы присоединиться, введите свое имя.',
  nameCount: '{count} из {max} символов',
  preview: 'Предварительный просмотр камеры',
  previewStarting: 'Запуск камеры…',
  cameraOff: 'Ваша камера выключена',
  microphone: 'Микрофон',
  camera: 'Камера',
  join: 'Присоединиться сейчас',
  joining: 'Присоединение к собранию…',
  failedTitle: 'Не удалось присоединиться к собранию',
  configTitle: 'К этому собранию нельзя присоединиться',
  retry: 'Повторить попытку',
  errors: {
    'invalid-display-name': 'Чтобы присоединиться, введите свое имя.',
    'sdk-load-failed': 'Не удалось загрузить программу для собраний. Проверьте подключение и повторите попытку.',
  },
} satisfies Catalog<'core'>;
