/** Welsh: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Mae’r recordio wedi dechrau. Drwy aros yn y cyfarfod hwn, rydych chi’n cydsynio i gael eich recordio.',
  'transcription-started': 'Mae’r trawsgrifio wedi dechrau. Drwy aros yn y cyfarfod hwn, rydych chi’n cydsynio i gael eich trawsgrifio.',
  'both-started': 'Mae’r recordio a’r trawsgrifio wedi dechrau. Drwy aros yn y cyfarfod hwn, rydych chi’n cydsynio i gael eich recordio a’ch trawsgrifio.',
  'recording-stopped': 'Mae’r recordio wedi dod i ben. Mae’r recordiad yn cael ei gadw.',
  'transcription-stopped': 'Mae’r trawsgrifio wedi dod i ben.',
  'both-stopped': 'Mae’r recordio a’r trawsgrifio wedi dod i ben. Mae’r recordiad yn cael ei gadw.',
  'recording-stopped-transcription-continues': 'Mae’r recordio wedi dod i ben ac mae’r recordiad yn cael ei gadw. Mae’r trawsgrifio’n dal ymlaen.',
  'transcription-stopped-recording-continues': 'Mae’r trawsgrifio wedi dod i ben. Mae’r recordio’n dal ymlaen.',
  privacyPolicy: 'Polisi preifatrwydd',
  opensInNewTab: '(yn agor mewn tab newydd)',
  dismiss: 'Cuddio’r hysbysiad recordio',
  indicatorRecording: 'Yn recordio',
  indicatorTranscribing: 'Yn trawsgrifio',
  indicatorBoth: 'Yn recordio ac yn trawsgrifio',
  showNotice: '{status}. Dangos yr hysbysiad',
  mayBeRecorded: 'Gall y cyfarfod hwn gael ei recordio neu ei drawsgrifio.',
  consentStarted: {
    'recording-started': 'Mae’r recordio wedi dechrau. Mae’r cyfarfod hwn yn gofyn am eich cydsyniad penodol.',
    'transcription-started': 'Mae’r trawsgrifio wedi dechrau. Mae’r cyfarfod hwn yn gofyn am eich cydsyniad penodol.',
    'both-started': 'Mae’r recordio a’r trawsgrifio wedi dechrau. Mae’r cyfarfod hwn yn gofyn am eich cydsyniad penodol.',
  },
} satisfies Catalog<'compliance'>;
