/** Persian: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'چگونه می‌خواهید بپیوندید؟',
  guest: 'پیوستن به‌عنوان مهمان',
  guestHint: 'نام خود را وارد کنید. ممکن است لازم باشد کسی به شما اجازه ورود بدهد.',
  m365: 'ورود با حساب کاری یا تحصیلی',
  m365Hint: 'با حساب Microsoft 365 خود و با هویت خودتان بپیوندید. پنجره ورود باز می‌شود.',
  signInJoin: 'ورود و پیوستن',
} satisfies Catalog<'identity'>;
