/** Thai: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'วิดเจ็ตการประชุมนี้ไม่มีลิงก์การประชุม ไซต์ต้องตั้งค่า meeting-link หรือ meeting-id',
  'conflicting-locators': 'วิดเจ็ตการประชุมนี้มีทั้งลิงก์การประชุมและ ID การประชุม ไซต์ต้องตั้งค่าเพียงอย่างเดียว',
  'invalid-link': 'ลิงก์การประชุมไม่ใช่ลิงก์การประชุม Teams ที่ถูกต้อง',
  'link-not-https': 'ลิงก์การประชุมต้องขึ้นต้นด้วย https://',
  'link-not-teams': 'ลิงก์การประชุมไม่ได้ชี้ไปยัง Microsoft Teams',
  'link-unsafe-scheme': 'ลิงก์การประชุมไม่ใช่ที่อยู่เว็บและถูกปฏิเสธ',
  'link-gcc-unsupported': 'ไม่สามารถเข้าร่วมการประชุมในระบบคลาวด์สำหรับภาครัฐของ Microsoft 365 จากหน้านี้ได้',
  'link-consumer-unsupported': 'ไม่สามารถเข้าร่วมการประชุม Teams ของบัญชีส่วนบุคคล (teams.live.com) จากหน้านี้ได้',
  'link-webinar-unsupported': 'ไม่สามารถเข้าร่วมการสัมมนาผ่านเว็บ ศาลากลาง และกิจกรรมสดจากหน้านี้ได้',
  'invalid-meeting-id': 'ID การประชุมหรือรหัสผ่านไม่ถูกต้อง',
  'missing-token-source': 'วิดเจ็ตการประชุมนี้ไม่ได้ตั้งค่าไว้สำหรับการลงชื่อเข้าใช้ ไซต์ต้องตั้งค่า token-url หรือ tokenProvider',
  'invalid-identity': 'การตั้งค่า identity ต้องเป็น "acs", "teams" หรือ "choice"',
  'invalid-m365-setup': 'การลงชื่อเข้าใช้ Microsoft 365 ต้องใช้ aad-client-id และ teams-token-url หรือ teamsTokenProvider',
  'invalid-emulator-url': 'ที่อยู่ของอีมูเลเตอร์ต้องเป็นที่อยู่ภายในเครื่องที่มีพอร์ต เช่น http://localhost:8080',
} satisfies Catalog<'core-config'>;
