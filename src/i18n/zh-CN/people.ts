/** Simplified Chinese: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { other: '{count} 位参与者' },
  inMeeting: '会议中',
  lobby: '正在大厅中等待（{count}）',
  you: '{name}（你）',
  youFallback: '你',
  organizer: '组织者',
  presenter: '演示者',
  onHold: '保持',
  joining: '正在加入',
  micOn: '麦克风已打开',
  micOff: '已静音',
  cameraOn: '摄像头已打开',
  cameraOff: '摄像头已关闭',
  handRaised: '已举手',
  speaking: '正在讲话',
  presenting: '正在演示',
} satisfies Catalog<'people'>;
