/** Persian: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'این جلسه رضایت شما را درخواست می‌کند',
  recording: 'جلسه در حال ضبط است: فایل ضبط شامل صدای شما، ویدئوی شما و هر چیزی است که روی صفحه به اشتراک می‌گذارید.',
  transcription: 'جلسه در حال رونویسی است: رونوشت شامل گفته‌های شما همراه با نامتان است.',
  mediaOff: 'میکروفون، دوربین و اشتراک‌گذاری صفحه شما تا زمانی که موافقت کنید خاموش می‌مانند.',
  agree: 'موافقم',
  leave: 'ترک کردن',
  privacy: 'نحوه استفاده از داده‌های شما (خط‌مشی حریم خصوصی)',
  opensInNewTab: '(در زبانه جدید باز می‌شود)',
  sending: 'در حال ارسال رضایت شما…',
  failed: 'رضایت شما به جلسه ارسال نشد. لطفاً دوباره امتحان کنید.',
} satisfies Catalog<'consent'>;
