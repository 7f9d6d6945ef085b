/** Persian: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'این ابزارک جلسه پیوند جلسه ندارد. سایت باید meeting-link یا meeting-id را تنظیم کند.',
  'conflicting-locators': 'این ابزارک جلسه هم پیوند جلسه دارد و هم شناسه جلسه. سایت باید فقط یکی را تنظیم کند.',
  'invalid-link': 'پیوند جلسه، پیوند معتبر جلسه Teams نیست.',
  'link-not-https': 'پیوند جلسه باید با https:// شروع شود.',
  'link-not-teams': 'پیوند جلسه به Microsoft Teams اشاره نمی‌کند.',
  'link-unsafe-scheme': 'پیوند جلسه نشانی وب نیست و رد شد.',
  'link-gcc-unsupported': 'از این صفحه نمی‌توان به جلسه‌های ابرهای دولتی Microsoft 365 پیوست.',
  'link-consumer-unsupported': 'از این صفحه نمی‌توان به جلسه‌های Teams حساب‌های شخصی (teams.live.com) پیوست.',
  'link-webinar-unsupported': 'از این صفحه نمی‌توان به وبینارها، جلسه‌های عمومی و رویدادهای زنده پیوست.',
  'invalid-meeting-id': 'شناسه جلسه یا گذرواژه معتبر نیست.',
  'missing-token-source': 'این ابزارک جلسه برای ورود به سیستم تنظیم نشده است. سایت باید token-url یا tokenProvider را تنظیم کند.',
  'invalid-identity': 'مقدار identity باید «acs»، «teams» یا «choice» باشد.',
  'invalid-m365-setup': 'ورود با Microsoft 365 به aad-client-id و teams-token-url، یا به teamsTokenProvider نیاز دارد.',
  'invalid-emulator-url': 'نشانی شبیه‌ساز باید یک نشانی محلی با درگاه باشد، مانند http://localhost:8080.',
} satisfies Catalog<'core-config'>;
