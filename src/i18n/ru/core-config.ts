/** Russian: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator':
    'У этого модуля собрания нет ссылки на собрание. Сайту нужно задать meeting-link или meeting-id.',
  'conflicting-locators':
    'У этого модуля собрания заданы и ссылка, и идентификатор собрания. Сайту нужно задать что-то одно.',
  'invalid-link': 'Ссылка не является допустимой ссылкой на собрание Teams.',
  'link-not-https': 'Ссылка на собрание должна начинаться с https://.',
  'link-not-teams': 'Ссылка на собрание не ведет в Microsoft Teams.',
  'link-unsafe-scheme': 'Ссылка на собрание не является веб-адресом и была отклонена.',
  'link-gcc-unsupported':
    'К собраниям в государственных облаках Microsoft 365 нельзя присоединиться с этой страницы.',
  'link-consumer-unsupported':
    'К собраниям Teams личных учетных записей (teams.live.com) нельзя присоединиться с этой страницы.',
  'link-webinar-unsupported':
    'К вебинарам, общим собраниям и мероприятиям в прямом эфире нельзя присоединиться с этой страницы.',
  'invalid-meeting-id': 'Идентификатор собрания или секретный код недействителен.',
  'missing-token-source':
    'Этот модуль собрания не настроен для входа. Сайту нужно задать token-url или tokenProvider.',
  'invalid-identity': 'Параметр identity должен иметь значение «acs», «teams» или «choice».',
  'invalid-m365-setup':
    'Для входа с Microsoft 365 нужны aad-client-id и teams-token-url или teamsTokenProvider.',
  'invalid-emulator-url':
    'Адрес эмулятора должен быть локальным адресом с портом, например http://localhost:8080.',
} satisfies Catalog<'core-config'>;
