/** Arabic: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: {
    zero: 'لا يوجد مشاركون',
    one: 'مشارك واحد',
    two: 'مشاركان',
    few: '{count} مشاركين',
    many: '{count} مشاركًا',
    other: '{count} مشارك',
  },
  inMeeting: 'في الاجتماع',
  lobby: 'في ساحة الانتظار ({count})',
  you: '{name} (أنت)',
  youFallback: 'أنت',
  organizer: 'المنظم',
  presenter: 'مقدم العرض',
  onHold: 'قيد الانتظار',
  joining: 'جارٍ الانضمام',
  micOn: 'الميكروفون قيد التشغيل',
  micOff: 'مكتوم الصوت',
  cameraOn: 'الكاميرا قيد التشغيل',
  cameraOff: 'الكاميرا متوقفة',
  handRaised: 'اليد مرفوعة',
  speaking: 'يتحدث',
  presenting: 'يقدّم',
} satisfies Catalog<'people'>;
