/** Simplified Chinese: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Teams 会议',
  prejoinTitle: '加入会议',
  nameLabel: '你的姓名',
  nameRequired: '请输入你的姓名以加入。',
  nameCount: '{count}/{max} 个字符',
  preview: '摄像头预览',
  previewStarting: '正在启动摄像头…',
  cameraOff: '你的摄像头已关闭',
  microphone: '麦克风',
  camera: '摄像头',
  join: '立即加入',
  joining: '正在加入会议…',
  failedTitle: '无法加入会议',
  configTitle: '无法加入此会议',
  retry: '重试',
  errors: {
    'invalid-display-name': '请输入你的姓名以加入。',
    'sdk-load-failed': '无法加载会议软件。请检查你的连接，然后重试。',
  },
} satisfies Catalog<'core'>;
