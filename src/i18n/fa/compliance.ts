/** Persian: compliance (see src/i18n/en/compliance.ts for what each key is for). A legal notice: translated in full. */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'ضبط شروع شده است. با ماندن در این جلسه، با ضبط شدن خود موافقت می‌کنید.',
  'transcription-started': 'رونویسی شروع شده است. با ماندن در این جلسه، با رونویسی شدن گفته‌های خود موافقت می‌کنید.',
  'both-started':
    'ضبط و رونویسی شروع شده‌اند. با ماندن در این جلسه، با ضبط شدن خود و رونویسی شدن گفته‌هایتان موافقت می‌کنید.',
  'recording-stopped': 'ضبط متوقف شده است. فایل ضبط در حال ذخیره شدن است.',
  'transcription-stopped': 'رونویسی متوقف شده است.',
  'both-stopped': 'ضبط و رونویسی متوقف شده‌اند. فایل ضبط در حال ذخیره شدن است.',
  'recording-stopped-transcription-continues':
    'ضبط متوقف شده است و در حال ذخیره شدن است. رونویسی همچنان روشن است.',
  'transcription-stopped-recording-continues': 'رونویسی متوقف شده است. ضبط همچنان روشن است.',
  privacyPolicy: 'خط‌مشی حریم خصوصی',
  opensInNewTab: '(در زبانه جدید باز می‌شود)',
  dismiss: 'پنهان کردن اعلان ضبط',
  indicatorRecording: 'در حال ضبط',
  indicatorTranscribing: 'در حال رونویسی',
  indicatorBoth: 'در حال ضبط و رونویسی',
  showNotice: '{status}. نمایش اعلان',
  mayBeRecorded: 'ممکن است این جلسه ضبط یا رونویسی شود.',
  consentStarted: {
    'recording-started': 'ضبط شروع شده است. این جلسه رضایت صریح شما را درخواست می‌کند.',
    'transcription-started': 'رونویسی شروع شده است. این جلسه رضایت صریح شما را درخواست می‌کند.',
    'both-started': 'ضبط و رونویسی شروع شده‌اند. این جلسه رضایت صریح شما را درخواست می‌کند.',
  },
} satisfies Catalog<'compliance'>;
