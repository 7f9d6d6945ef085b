/** Bulgarian: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started':
    'Записването започна. Като оставате в това събрание, вие се съгласявате да бъдете записвани.',
  'transcription-started':
    'Транскрибирането започна. Като оставате в това събрание, вие се съгласявате казаното от вас да бъде транскрибирано.',
  'both-started':
    'Записването и транскрибирането започнаха. Като оставате в това събрание, вие се съгласявате да бъдете записвани и казаното от вас да бъде транскрибирано.',
  'recording-stopped': 'Записването спря. Записът се запазва.',
  'transcription-stopped': 'Транскрибирането спря.',
  'both-stopped': 'Записването и транскрибирането спряха. Записът се запазва.',
  'recording-stopped-transcription-continues': 'Записването спря и записът се запазва. Транскрибирането продължава.',
  'transcription-stopped-recording-continues': 'Транскрибирането спря. Записването продължава.',
  privacyPolicy: 'Декларация за поверителност',
  opensInNewTab: '(отваря се в нов раздел)',
  dismiss: 'Скриване на известието за записване',
  indicatorRecording: 'Записване',
  indicatorTranscribing: 'Транскрибиране',
  indicatorBoth: 'Записване и транскрибиране',
  showNotice: '{status}. Показване на известието',
  mayBeRecorded: 'Това събрание може да се записва или транскрибира.',
  consentStarted: {
    'recording-started': 'Записването започна. Това събрание изисква вашето изрично съгласие.',
    'transcription-started': 'Транскрибирането започна. Това събрание изисква вашето изрично съгласие.',
    'both-started': 'Записването и транскрибирането започнаха. Това събрание изисква вашето изрично съгласие.',
  },
} satisfies Catalog<'compliance'>;
