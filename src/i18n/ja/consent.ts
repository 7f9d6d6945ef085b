/** Japanese: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'この会議ではあなたの同意が求められています',
  recording: 'この会議はレコーディングされています。レコーディングには、あなたの音声、ビデオ、画面で共有するすべての内容が含まれます。',
  transcription: 'この会議は文字起こしされています。トランスクリプトには、あなたの発言が名前とともに含まれます。',
  mediaOff: '同意するまで、マイク、カメラ、画面共有はオフのままです。',
  agree: '同意する',
  leave: '退出',
  privacy: 'データの使用方法 (プライバシー ポリシー)',
  opensInNewTab: '(新しいタブで開きます)',
  sending: '同意を送信しています…',
  failed: '同意を会議に送信できませんでした。もう一度お試しください。',
} satisfies Catalog<'consent'>;
