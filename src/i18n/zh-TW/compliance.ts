/** Traditional Chinese (Taiwan): compliance (see src/i18n/en/compliance.ts for what each key is for). A legal notice: translated in full. */
import type { Catalog } from '../types.js';

export default {
  'recording-started': '錄製已開始。繼續留在此會議中，即表示您同意被錄製。',
  'transcription-started': '謄寫已開始。繼續留在此會議中，即表示您同意被謄寫。',
  'both-started': '錄製和謄寫已開始。繼續留在此會議中，即表示您同意被錄製和謄寫。',
  'recording-stopped': '錄製已停止。正在儲存錄製內容。',
  'transcription-stopped': '謄寫已停止。',
  'both-stopped': '錄製和謄寫已停止。正在儲存錄製內容。',
  'recording-stopped-transcription-continues': '錄製已停止，正在儲存。謄寫仍在進行中。',
  'transcription-stopped-recording-continues': '謄寫已停止。錄製仍在進行中。',
  privacyPolicy: '隱私權原則',
  opensInNewTab: '（在新索引標籤中開啟）',
  dismiss: '隱藏錄製通知',
  indicatorRecording: '正在錄製',
  indicatorTranscribing: '正在謄寫',
  indicatorBoth: '正在錄製和謄寫',
  showNotice: '{status}。顯示通知',
  mayBeRecorded: '此會議可能正在被錄製或謄寫。',
  consentStarted: {
    'recording-started': '錄製已開始。此會議需要您明確同意。',
    'transcription-started': '謄寫已開始。此會議需要您明確同意。',
    'both-started': '錄製和謄寫已開始。此會議需要您明確同意。',
  },
} satisfies Catalog<'compliance'>;
