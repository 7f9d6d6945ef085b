/** Arabic: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'كيف تريد الانضمام؟',
  guest: 'الانضمام كضيف',
  guestHint: 'أدخل اسمك. قد يحتاج أحد إلى السماح لك بالدخول.',
  m365: 'تسجيل الدخول باستخدام حساب العمل أو المؤسسة التعليمية',
  m365Hint: 'انضم باسمك باستخدام حساب Microsoft 365 الخاص بك. ستُفتح نافذة تسجيل الدخول.',
  signInJoin: 'تسجيل الدخول والانضمام',
} satisfies Catalog<'identity'>;
