/** Urdu: compliance (see src/i18n/en/compliance.ts for what each key is for). A legal notice: translated in full. */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'ریکارڈنگ شروع ہو گئی ہے۔ اس میٹنگ میں رہ کر، آپ اپنے ریکارڈ کیے جانے پر رضامندی دیتے ہیں۔',
  'transcription-started': 'ٹرانسکرپشن شروع ہو گئی ہے۔ اس میٹنگ میں رہ کر، آپ اپنی باتوں کی ٹرانسکرپشن کی جانے پر رضامندی دیتے ہیں۔',
  'both-started':
    'ریکارڈنگ اور ٹرانسکرپشن شروع ہو گئی ہیں۔ اس میٹنگ میں رہ کر، آپ اپنے ریکارڈ کیے جانے اور اپنی باتوں کی ٹرانسکرپشن کی جانے پر رضامندی دیتے ہیں۔',
  'recording-stopped': 'ریکارڈنگ بند ہو گئی ہے۔ ریکارڈنگ محفوظ کی جا رہی ہے۔',
  'transcription-stopped': 'ٹرانسکرپشن بند ہو گئی ہے۔',
  'both-stopped': 'ریکارڈنگ اور ٹرانسکرپشن بند ہو گئی ہیں۔ ریکارڈنگ محفوظ کی جا رہی ہے۔',
  'recording-stopped-transcription-continues':
    'ریکارڈنگ بند ہو گئی ہے اور محفوظ کی جا رہی ہے۔ ٹرانسکرپشن ابھی بھی جاری ہے۔',
  'transcription-stopped-recording-continues': 'ٹرانسکرپشن بند ہو گئی ہے۔ ریکارڈنگ ابھی بھی جاری ہے۔',
  privacyPolicy: 'رازداری کی پالیسی',
  opensInNewTab: '(نئے ٹیب میں کھلتا ہے)',
  dismiss: 'ریکارڈنگ کا نوٹس چھپائیں',
  indicatorRecording: 'ریکارڈنگ جاری ہے',
  indicatorTranscribing: 'ٹرانسکرپشن جاری ہے',
  indicatorBoth: 'ریکارڈنگ اور ٹرانسکرپشن جاری ہیں',
  showNotice: '{status}۔ نوٹس دکھائیں',
  mayBeRecorded: 'اس میٹنگ کی ریکارڈنگ یا ٹرانسکرپشن ہو سکتی ہے۔',
  consentStarted: {
    'recording-started': 'ریکارڈنگ شروع ہو گئی ہے۔ یہ میٹنگ آپ سے واضح رضامندی مانگتی ہے۔',
    'transcription-started': 'ٹرانسکرپشن شروع ہو گئی ہے۔ یہ میٹنگ آپ سے واضح رضامندی مانگتی ہے۔',
    'both-started': 'ریکارڈنگ اور ٹرانسکرپشن شروع ہو گئی ہیں۔ یہ میٹنگ آپ سے واضح رضامندی مانگتی ہے۔',
  },
} satisfies Catalog<'compliance'>;
