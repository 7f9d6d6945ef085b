/** Thai: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { other: 'ผู้เข้าร่วม {count} คน' },
  inMeeting: 'ในการประชุม',
  lobby: 'กำลังรอในล็อบบี้ ({count})',
  you: '{name} (คุณ)',
  youFallback: 'คุณ',
  organizer: 'ผู้จัดการประชุม',
  presenter: 'ผู้นำเสนอ',
  onHold: 'พักสาย',
  joining: 'กำลังเข้าร่วม',
  micOn: 'เปิดไมโครโฟน',
  micOff: 'ปิดเสียง',
  cameraOn: 'เปิดกล้อง',
  cameraOff: 'ปิดกล้อง',
  handRaised: 'ยกมืออยู่',
  speaking: 'กำลังพูด',
  presenting: 'กำลังนำเสนอ',
} satisfies Catalog<'people'>;
