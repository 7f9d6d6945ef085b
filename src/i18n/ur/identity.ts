/** Urdu: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'آپ کیسے شامل ہونا چاہتے ہیں؟',
  guest: 'بطور مہمان شامل ہوں',
  guestHint: 'اپنا نام درج کریں۔ ہو سکتا ہے کسی کو آپ کو اندر آنے دینا پڑے۔',
  m365: 'کام یا اسکول اکاؤنٹ سے سائن ان کریں',
  m365Hint: 'اپنے Microsoft 365 اکاؤنٹ کے ساتھ اپنی شناخت سے شامل ہوں۔ سائن ان ونڈو کھلے گی۔',
  signInJoin: 'سائن ان کریں اور شامل ہوں',
} satisfies Catalog<'identity'>;
