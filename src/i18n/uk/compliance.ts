/** Ukrainian: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Почався запис. Залишаючись у цій нараді, ви погоджуєтеся на те, щоб вас записували.',
  'transcription-started':
    'Почалося транскрибування. Залишаючись у цій нараді, ви погоджуєтеся на транскрибування свого мовлення.',
  'both-started':
    'Почалися запис і транскрибування. Залишаючись у цій нараді, ви погоджуєтеся на те, щоб вас записували й транскрибували ваше мовлення.',
  'recording-stopped': 'Запис зупинено. Запис зберігається.',
  'transcription-stopped': 'Транскрибування зупинено.',
  'both-stopped': 'Запис і транскрибування зупинено. Запис зберігається.',
  'recording-stopped-transcription-continues': 'Запис зупинено, він зберігається. Транскрибування триває.',
  'transcription-stopped-recording-continues': 'Транскрибування зупинено. Запис триває.',
  privacyPolicy: 'Політика конфіденційності',
  opensInNewTab: '(відкриється в новій вкладці)',
  dismiss: 'Приховати сповіщення про запис',
  indicatorRecording: 'Триває запис',
  indicatorTranscribing: 'Триває транскрибування',
  indicatorBoth: 'Тривають запис і транскрибування',
  showNotice: '{status}. Показати сповіщення',
  mayBeRecorded: 'Ця нарада може записуватися або транскрибуватися.',
  consentStarted: {
    'recording-started': 'Почався запис. Для цієї наради потрібна ваша явна згода.',
    'transcription-started': 'Почалося транскрибування. Для цієї наради потрібна ваша явна згода.',
    'both-started': 'Почалися запис і транскрибування. Для цієї наради потрібна ваша явна згода.',
  },
} satisfies Catalog<'compliance'>;
