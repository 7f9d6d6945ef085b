/** Traditional Chinese (Taiwan): core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Teams 會議',
  prejoinTitle: '加入會議',
  nameLabel: '您的名稱',
  nameRequired: '請輸入您的名稱以加入。',
  nameCount: '{count}/{max} 個字元',
  preview: '相機預覽',
  previewStarting: '正在啟動相機…',
  cameraOff: '您的相機已關閉',
  microphone: '麥克風',
  camera: '相機',
  join: '立即加入',
  joining: '正在加入會議…',
  failedTitle: '無法加入會議',
  configTitle: '無法加入此會議',
  retry: '重試',
  errors: {
    'invalid-display-name': '請輸入您的名稱以加入。',
    'sdk-load-failed': '無法載入會議軟體。請檢查您的連線，然後再試一次。',
  },
} satisfies Catalog<'core'>;
