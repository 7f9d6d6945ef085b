/** Persian: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'جلسه Teams',
  prejoinTitle: 'پیوستن به جلسه',
  nameLabel: 'نام شما',
  nameRequired: 'برای پیوستن، نام خود را وارد کنید.',
  nameCount: '{count} از {max} نویسه',
  preview: 'پیش‌نمایش دوربین',
  previewStarting: 'در حال روشن شدن دوربین…',
  cameraOff: 'دوربین شما خاموش است',
  microphone: 'میکروفون',
  camera: 'دوربین',
  join: 'اکنون بپیوندید',
  joining: 'در حال پیوستن به جلسه…',
  failedTitle: 'پیوستن به جلسه ممکن نشد',
  configTitle: 'نمی‌توان به این جلسه پیوست',
  retry: 'امتحان دوباره',
  errors: {
    'invalid-display-name': 'برای پیوستن، نام خود را وارد کنید.',
    'sdk-load-failed': 'نرم‌افزار جلسه بارگیری نشد. اتصال خود را بررسی کنید و دوباره امتحان کنید.',
  },
} satisfies Catalog<'core'>;
