/** Thai: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'การประชุม Teams',
  prejoinTitle: 'เข้าร่วมการประชุม',
  nameLabel: 'ชื่อของคุณ',
  nameRequired: 'โปรดใส่ชื่อของคุณเพื่อเข้าร่วม',
  nameCount: '{count} จาก {max} อักขระ',
  preview: 'ตัวอย่างกล้อง',
  previewStarting: 'กำลังเริ่มกล้อง…',
  cameraOff: 'กล้องของคุณปิดอยู่',
  microphone: 'ไมโครโฟน',
  camera: 'กล้อง',
  join: 'เข้าร่วมตอนนี้',
  joining: 'กำลังเข้าร่วมการประชุม…',
  failedTitle: 'ไม่สามารถเข้าร่วมการประชุมได้',
  configTitle: 'ไม่สามารถเข้าร่วมการประชุมนี้ได้',
  retry: 'ลองอีกครั้ง',
  errors: {
    'invalid-display-name': 'โปรดใส่ชื่อของคุณเพื่อเข้าร่วม',
    'sdk-load-failed': 'ไม่สามารถโหลดซอฟต์แวร์การประชุมได้ ตรวจสอบการเชื่อมต่อของคุณแล้วลองอีกครั้ง',
  },
} satisfies Catalog<'core'>;
