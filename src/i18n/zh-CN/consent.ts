/** Simplified Chinese: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: '此会议需要你的同意',
  recording: '会议正在录制：录制内容包括你的声音、你的视频以及你在屏幕上共享的任何内容。',
  transcription: '会议正在听录：听录内容包括你所说的话以及你的姓名。',
  mediaOff: '在你同意之前，你的麦克风、摄像头和屏幕共享将保持关闭。',
  agree: '我同意',
  leave: '离开',
  privacy: '你的数据如何使用（隐私策略）',
  opensInNewTab: '（在新标签页中打开）',
  sending: '正在发送你的同意…',
  failed: '无法将你的同意发送到会议。请重试。',
} satisfies Catalog<'consent'>;
