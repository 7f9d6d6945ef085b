/** Urdu: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Teams میٹنگ',
  prejoinTitle: 'میٹنگ میں شامل ہوں',
  nameLabel: 'آپ کا نام',
  nameRequired: 'شامل ہونے کے لیے براہ کرم اپنا نام درج کریں۔',
  nameCount: '{max} میں سے {count} حروف',
  preview: 'کیمرے کا پیش منظر',
  previewStarting: 'کیمرہ شروع ہو رہا ہے…',
  cameraOff: 'آپ کا کیمرہ آف ہے',
  microphone: 'مائیکروفون',
  camera: 'کیمرہ',
  join: 'ابھی شامل ہوں',
  joining: 'میٹنگ میں شامل ہو رہے ہیں…',
  failedTitle: 'میٹنگ میں شامل نہیں ہو سکے',
  configTitle: 'اس میٹنگ میں شامل نہیں ہوا جا سکتا',
  retry: 'دوبارہ کوشش کریں',
  errors: {
    'invalid-display-name': 'شامل ہونے کے لیے براہ کرم اپنا نام درج کریں۔',
    'sdk-load-failed': 'میٹنگ سافٹ ویئر لوڈ نہیں ہو سکا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔',
  },
} satisfies Catalog<'core'>;
