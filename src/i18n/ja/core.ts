/** Japanese: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Teams 会議',
  prejoinTitle: '会議に参加',
  nameLabel: '名前',
  nameRequired: '参加するには名前を入力してください。',
  nameCount: '{count}/{max} 文字',
  preview: 'カメラのプレビュー',
  previewStarting: 'カメラを起動しています…',
  cameraOff: 'カメラはオフです',
  microphone: 'マイク',
  camera: 'カメラ',
  join: '今すぐ参加',
  joining: '会議に参加しています…',
  failedTitle: '会議に参加できませんでした',
  configTitle: 'この会議には参加できません',
  retry: '再試行',
  errors: {
    'invalid-display-name': '参加するには名前を入力してください。',
    'sdk-load-failed': '会議ソフトウェアを読み込めませんでした。接続を確認して、もう一度お試しください。',
  },
} satisfies Catalog<'core'>;
