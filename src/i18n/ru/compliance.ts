/** Russian: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Началась запись. Оставаясь на этом собрании, вы даете согласие на то, чтобы вас записывали.',
  'transcription-started':
    'Началось транскрибирование. Оставаясь на этом собрании, вы даете согласие на транскрибирование своей речи.',
  'both-started':
    'Начались запись и транскрибирование. Оставаясь на этом собрании, вы даете согласие на то, чтобы вас записывали и транскрибировали вашу речь.',
  'recording-stopped': 'Запись остановлена. Запись сохраняется.',
  'transcription-stopped': 'Транскрибирование остановлено.',
  'both-stopped': 'Запись и транскрибирование остановлены. Запись сохраняется.',
  'recording-stopped-transcription-continues': 'Запись остановлена и сохраняется. Транскрибирование продолжается.',
  'transcription-stopped-recording-continues': 'Транскрибирование остановлено. Запись продолжается.',
  privacyPolicy: 'Политика конфиденциальности',
  opensInNewTab: '(откроется в новой вкладке)',
  dismiss: 'Скрыть уведомление о записи',
  indicatorRecording: 'Идет запись',
  indicatorTranscribing: 'Идет транскрибирование',
  indicatorBoth: 'Идут запись и транскрибирование',
  showNotice: '{status}. Показать уведомление',
  mayBeRecorded: 'Это собрание может записываться или транскрибироваться.',
  consentStarted: {
    'recording-started': 'Началась запись. Для этого собрания требуется ваше явное согласие.',
    'transcription-started': 'Началось транскрибирование. Для этого собрания требуется ваше явное согласие.',
    'both-started': 'Начались запись и транскрибирование. Для этого собрания требуется ваше явное согласие.',
  },
} satisfies Catalog<'compliance'>;
