/** Traditional Chinese (Taiwan): people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { other: '{count} 位參與者' },
  inMeeting: '會議中',
  lobby: '正在大廳中等候（{count}）',
  you: '{name}（您）',
  youFallback: '您',
  organizer: '召集人',
  presenter: '簡報者',
  onHold: '保留中',
  joining: '正在加入',
  micOn: '麥克風已開啟',
  micOff: '已靜音',
  cameraOn: '相機已開啟',
  cameraOff: '相機已關閉',
  handRaised: '已舉手',
  speaking: '正在說話',
  presenting: '正在簡報',
} satisfies Catalog<'people'>;
