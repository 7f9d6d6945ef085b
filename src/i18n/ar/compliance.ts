/** Arabic: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'بدأ التسجيل. ببقائك في هذا الاجتماع، فإنك توافق على تسجيلك.',
  'transcription-started': 'بدأ النسخ. ببقائك في هذا الاجتماع، فإنك توافق على نسخ كلامك.',
  'both-started': 'بدأ التسجيل والنسخ. ببقائك في هذا الاجتماع، فإنك توافق على تسجيلك ونسخ كلامك.',
  'recording-stopped': 'توقف التسجيل. جارٍ حفظ التسجيل.',
  'transcription-stopped': 'توقف النسخ.',
  'both-stopped': 'توقف التسجيل والنسخ. جارٍ حفظ التسجيل.',
  'recording-stopped-transcription-continues': 'توقف التسجيل وجارٍ حفظه. لا يزال النسخ قيد التشغيل.',
  'transcription-stopped-recording-continues': 'توقف النسخ. لا يزال التسجيل قيد التشغيل.',
  privacyPolicy: 'بيان الخصوصية',
  opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
  dismiss: 'إخفاء إشعار التسجيل',
  indicatorRecording: 'جارٍ التسجيل',
  indicatorTranscribing: 'جارٍ النسخ',
  indicatorBoth: 'جارٍ التسجيل والنسخ',
  showNotice: '{status}. إظهار الإشعار',
  mayBeRecorded: 'قد يتم تسجيل هذا الاجتماع أو نسخه.',
  consentStarted: {
    'recording-started': 'بدأ التسجيل. يطلب هذا الاجتماع موافقتك الصريحة.',
    'transcription-started': 'بدأ النسخ. يطلب هذا الاجتماع موافقتك الصريحة.',
    'both-started': 'بدأ التسجيل والنسخ. يطلب هذا الاجتماع موافقتك الصريحة.',
  },
} satisfies Catalog<'compliance'>;
