/** Arabic: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'يطلب هذا الاجتماع موافقتك',
  recording: 'يتم تسجيل الاجتماع: يتضمن التسجيل صوتك والفيديو الخاص بك وكل ما تشاركه على الشاشة.',
  transcription: 'يتم نسخ الاجتماع: يتضمن النص المنسوخ ما تقوله، مع اسمك.',
  mediaOff: 'يبقى الميكروفون والكاميرا ومشاركة الشاشة متوقفة حتى توافق.',
  agree: 'أوافق',
  leave: 'مغادرة',
  privacy: 'كيف تُستخدم بياناتك (بيان الخصوصية)',
  opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
  sending: 'جارٍ إرسال موافقتك…',
  failed: 'تعذّر إرسال موافقتك إلى الاجتماع. يُرجى المحاولة مرة أخرى.',
} satisfies Catalog<'consent'>;
