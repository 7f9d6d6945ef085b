/** Arabic: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'اجتماع Teams',
  prejoinTitle: 'الانضمام إلى الاجتماع',
  nameLabel: 'اسمك',
  nameRequired: 'يُرجى إدخال اسمك للانضمام.',
  nameCount: 'الأحرف: {count} من {max}',
  preview: 'معاينة الكاميرا',
  previewStarting: 'جارٍ تشغيل الكاميرا…',
  cameraOff: 'الكاميرا متوقفة',
  microphone: 'الميكروفون',
  camera: 'الكاميرا',
  join: 'الانضمام الآن',
  joining: 'جارٍ الانضمام إلى الاجتماع…',
  failedTitle: 'تعذّر الانضمام إلى الاجتماع',
  configTitle: 'لا يمكن الانضمام إلى هذا الاجتماع',
  retry: 'حاول مرة أخرى',
  errors: {
    'invalid-display-name': 'يُرجى إدخال اسمك للانضمام.',
    'sdk-load-failed': 'تعذّر تحميل برنامج الاجتماع. تحقق من اتصالك وحاول مرة أخرى.',
  },
} satisfies Catalog<'core'>;
