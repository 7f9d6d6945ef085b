/** Arabic: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'لا تحتوي أداة الاجتماع هذه على رابط اجتماع. يجب أن يعيّن الموقع meeting-link أو meeting-id.',
  'conflicting-locators': 'تحتوي أداة الاجتماع هذه على رابط اجتماع ومعرّف اجتماع معًا. يجب أن يعيّن الموقع واحدًا فقط.',
  'invalid-link': 'رابط الاجتماع ليس رابط اجتماع Teams صالحًا.',
  'link-not-https': 'يجب أن يبدأ رابط الاجتماع بـ https://.',
  'link-not-teams': 'لا يشير رابط الاجتماع إلى Microsoft Teams.',
  'link-unsafe-scheme': 'رابط الاجتماع ليس عنوان ويب وتم رفضه.',
  'link-gcc-unsupported': 'لا يمكن الانضمام من هذه الصفحة إلى اجتماعات السحابات الحكومية في Microsoft 365.',
  'link-consumer-unsupported': 'لا يمكن الانضمام من هذه الصفحة إلى اجتماعات Teams للحسابات الشخصية (teams.live.com).',
  'link-webinar-unsupported': 'لا يمكن الانضمام من هذه الصفحة إلى الندوات عبر الإنترنت والاجتماعات العامة والأحداث المباشرة.',
  'invalid-meeting-id': 'معرّف الاجتماع أو رمز المرور غير صالح.',
  'missing-token-source': 'أداة الاجتماع هذه غير معدّة لتسجيل الدخول. يجب أن يعيّن الموقع token-url أو tokenProvider.',
  'invalid-identity': 'يجب أن يكون إعداد الهوية "acs" أو "teams" أو "choice".',
  'invalid-m365-setup': 'يتطلب تسجيل الدخول إلى Microsoft 365 كلاً من aad-client-id وteams-token-url، أو teamsTokenProvider.',
  'invalid-emulator-url': 'يجب أن يكون عنوان المحاكي عنوانًا محليًا مع منفذ، مثل http://localhost:8080.',
} satisfies Catalog<'core-config'>;
