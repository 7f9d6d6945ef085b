/** Thai: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'คุณต้องการเข้าร่วมอย่างไร',
  guest: 'เข้าร่วมในฐานะผู้เยี่ยมชม',
  guestHint: 'ใส่ชื่อของคุณ อาจต้องมีคนอนุญาตให้คุณเข้าร่วม',
  m365: 'ลงชื่อเข้าใช้ด้วยบัญชีที่ทำงานหรือโรงเรียน',
  m365Hint: 'เข้าร่วมในนามตัวคุณเองด้วยบัญชี Microsoft 365 ของคุณ หน้าต่างลงชื่อเข้าใช้จะเปิดขึ้น',
  signInJoin: 'ลงชื่อเข้าใช้และเข้าร่วม',
} satisfies Catalog<'identity'>;
