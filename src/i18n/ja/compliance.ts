/** Japanese: compliance (see src/i18n/en/compliance.ts for what each key is for). A legal notice: translated in full. */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'レコーディングが開始されました。この会議に参加し続けることで、あなたは録画されることに同意したものとみなされます。',
  'transcription-started': '文字起こしが開始されました。この会議に参加し続けることで、あなたは発言が文字起こしされることに同意したものとみなされます。',
  'both-started':
    'レコーディングと文字起こしが開始されました。この会議に参加し続けることで、あなたは録画されること、および発言が文字起こしされることに同意したものとみなされます。',
  'recording-stopped': 'レコーディングが停止されました。レコーディングを保存しています。',
  'transcription-stopped': '文字起こしが停止されました。',
  'both-stopped': 'レコーディングと文字起こしが停止されました。レコーディングを保存しています。',
  'recording-stopped-transcription-continues': 'レコーディングが停止され、保存しています。文字起こしは引き続きオンです。',
  'transcription-stopped-recording-continues': '文字起こしが停止されました。レコーディングは引き続きオンです。',
  privacyPolicy: 'プライバシー ポリシー',
  opensInNewTab: '(新しいタブで開きます)',
  dismiss: 'レコーディングの通知を非表示にする',
  indicatorRecording: 'レコーディング中',
  indicatorTranscribing: '文字起こし中',
  indicatorBoth: 'レコーディングと文字起こし中',
  showNotice: '{status}。通知を表示',
  mayBeRecorded: 'この会議はレコーディングまたは文字起こしされている可能性があります。',
  consentStarted: {
    'recording-started': 'レコーディングが開始されました。この会議では、あなたの明示的な同意が求められています。',
    'transcription-started': '文字起こしが開始されました。この会議では、あなたの明示的な同意が求められています。',
    'both-started': 'レコーディングと文字起こしが開始されました。この会議では、あなたの明示的な同意が求められています。',
  },
} satisfies Catalog<'compliance'>;
