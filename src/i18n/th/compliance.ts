/** Thai: compliance (see src/i18n/en/compliance.ts for what each key is for). A legal notice: translated in full. */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'การบันทึกเริ่มต้นแล้ว การอยู่ในการประชุมนี้ต่อถือว่าคุณยินยอมให้บันทึกตัวคุณ',
  'transcription-started': 'การถอดความเริ่มต้นแล้ว การอยู่ในการประชุมนี้ต่อถือว่าคุณยินยอมให้ถอดความสิ่งที่คุณพูด',
  'both-started':
    'การบันทึกและการถอดความเริ่มต้นแล้ว การอยู่ในการประชุมนี้ต่อถือว่าคุณยินยอมให้บันทึกตัวคุณและถอดความสิ่งที่คุณพูด',
  'recording-stopped': 'การบันทึกหยุดแล้ว กำลังจัดเก็บไฟล์การบันทึก',
  'transcription-stopped': 'การถอดความหยุดแล้ว',
  'both-stopped': 'การบันทึกและการถอดความหยุดแล้ว กำลังจัดเก็บไฟล์การบันทึก',
  'recording-stopped-transcription-continues': 'การบันทึกหยุดแล้วและกำลังจัดเก็บไฟล์ การถอดความยังคงเปิดอยู่',
  'transcription-stopped-recording-continues': 'การถอดความหยุดแล้ว การบันทึกยังคงเปิดอยู่',
  privacyPolicy: 'นโยบายความเป็นส่วนตัว',
  opensInNewTab: '(เปิดในแท็บใหม่)',
  dismiss: 'ซ่อนประกาศการบันทึก',
  indicatorRecording: 'กำลังบันทึก',
  indicatorTranscribing: 'กำลังถอดความ',
  indicatorBoth: 'กำลังบันทึกและถอดความ',
  showNotice: '{status} แสดงประกาศ',
  mayBeRecorded: 'การประชุมนี้อาจถูกบันทึกหรือถอดความ',
  consentStarted: {
    'recording-started': 'การบันทึกเริ่มต้นแล้ว การประชุมนี้ขอความยินยอมอย่างชัดแจ้งจากคุณ',
    'transcription-started': 'การถอดความเริ่มต้นแล้ว การประชุมนี้ขอความยินยอมอย่างชัดแจ้งจากคุณ',
    'both-started': 'การบันทึกและการถอดความเริ่มต้นแล้ว การประชุมนี้ขอความยินยอมอย่างชัดแจ้งจากคุณ',
  },
} satisfies Catalog<'compliance'>;
