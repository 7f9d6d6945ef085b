/** Urdu: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} شریک', other: '{count} شرکاء' },
  inMeeting: 'میٹنگ میں',
  lobby: 'لابی میں انتظار ({count})',
  you: '{name} (آپ)',
  youFallback: 'آپ',
  organizer: 'منتظم',
  presenter: 'پیش کنندہ',
  onHold: 'ہولڈ پر',
  joining: 'شامل ہو رہے ہیں',
  micOn: 'مائیکروفون آن',
  micOff: 'خاموش',
  cameraOn: 'کیمرہ آن',
  cameraOff: 'کیمرہ آف',
  handRaised: 'ہاتھ اٹھایا ہوا ہے',
  speaking: 'بول رہے ہیں',
  presenting: 'پیش کر رہے ہیں',
} satisfies Catalog<'people'>;
