/** Ukrainian: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'У цього модуля наради немає посилання на нараду. Сайт має задати meeting-link або meeting-id.',
  'conflicting-locators':
    'У цього модуля наради задано і посилання, і ідентифікатор наради. Сайт має задати щось одне.',
  'invalid-link': 'Це посилання не є дійсним посиланням на нараду Teams.',
  'link-not-https': 'Посилання на нараду має починатися з https://.',
  'link-not-teams': 'Посилання на нараду не веде до Microsoft Teams.',
  'link-unsafe-scheme': 'Посилання на нараду не є веб-адресою, тому його відхилено.',
  'link-gcc-unsupported': 'До нарад у державних хмарах Microsoft 365 не можна приєднатися з цієї сторінки.',
  'link-consumer-unsupported':
    'До нарад Teams особистих облікових записів (teams.live.com) не можна приєднатися з цієї сторінки.',
  'link-webinar-unsupported':
    'До вебінарів, загальних зборів і подій у прямому ефірі не можна приєднатися з цієї сторінки.',
  'invalid-meeting-id': 'Ідентифікатор наради або секретний код недійсний.',
  'missing-token-source':
    'Цей модуль наради не налаштовано для входу. Сайт має задати token-url або tokenProvider.',
  'invalid-identity': 'Параметр identity має мати значення «acs», «teams» або «choice».',
  'invalid-m365-setup': 'Для входу з Microsoft 365 потрібні aad-client-id і teams-token-url або teamsTokenProvider.',
  'invalid-emulator-url': 'Адреса емулятора має бути локальною адресою з портом, наприклад http://localhost:8080.',
} satisfies Catalog<'core-config'>;
