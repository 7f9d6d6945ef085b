/** Traditional Chinese (Taiwan): consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: '此會議需要您的同意',
  recording: '會議正在錄製：錄製內容包括您的聲音、您的視訊，以及您在螢幕上分享的任何內容。',
  transcription: '會議正在謄寫：文字記錄包括您所說的話以及您的名稱。',
  mediaOff: '在您同意之前，您的麥克風、相機和螢幕分享會保持關閉。',
  agree: '我同意',
  leave: '離開',
  privacy: '您的資料如何使用（隱私權原則）',
  opensInNewTab: '（在新索引標籤中開啟）',
  sending: '正在傳送您的同意…',
  failed: '無法將您的同意傳送到會議。請再試一次。',
} satisfies Catalog<'consent'>;
