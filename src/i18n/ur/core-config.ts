/** Urdu: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'اس میٹنگ ویجیٹ میں میٹنگ کا لنک نہیں ہے۔ سائٹ کو meeting-link یا meeting-id سیٹ کرنا ہوگا۔',
  'conflicting-locators': 'اس میٹنگ ویجیٹ میں میٹنگ کا لنک اور میٹنگ ID دونوں ہیں۔ سائٹ کو صرف ایک سیٹ کرنا ہوگا۔',
  'invalid-link': 'میٹنگ کا لنک Teams میٹنگ کا درست لنک نہیں ہے۔',
  'link-not-https': 'میٹنگ کا لنک https:// سے شروع ہونا چاہیے۔',
  'link-not-teams': 'میٹنگ کا لنک Microsoft Teams کی طرف اشارہ نہیں کرتا۔',
  'link-unsafe-scheme': 'میٹنگ کا لنک ویب ایڈریس نہیں ہے اور اسے مسترد کر دیا گیا۔',
  'link-gcc-unsupported': 'Microsoft 365 کے سرکاری کلاؤڈز کی میٹنگز میں اس صفحے سے شامل نہیں ہوا جا سکتا۔',
  'link-consumer-unsupported': 'ذاتی اکاؤنٹس (teams.live.com) کی Teams میٹنگز میں اس صفحے سے شامل نہیں ہوا جا سکتا۔',
  'link-webinar-unsupported': 'ویبینارز، ٹاؤن ہالز اور لائیو ایونٹس میں اس صفحے سے شامل نہیں ہوا جا سکتا۔',
  'invalid-meeting-id': 'میٹنگ ID یا پاس کوڈ درست نہیں ہے۔',
  'missing-token-source': 'یہ میٹنگ ویجیٹ سائن ان کے لیے سیٹ اپ نہیں ہے۔ سائٹ کو token-url یا tokenProvider سیٹ کرنا ہوگا۔',
  'invalid-identity': 'identity کی ترتیب "acs"، "teams" یا "choice" ہونی چاہیے۔',
  'invalid-m365-setup': 'Microsoft 365 سائن ان کے لیے aad-client-id اور teams-token-url، یا teamsTokenProvider درکار ہے۔',
  'invalid-emulator-url': 'ایمولیٹر کا پتہ پورٹ کے ساتھ ایک مقامی پتہ ہونا چاہیے، جیسے http://localhost:8080۔',
} satisfies Catalog<'core-config'>;
