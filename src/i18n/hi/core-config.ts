/** Hindi: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'इस मीटिंग विजेट में कोई मीटिंग लिंक नहीं है। साइट को meeting-link या meeting-id सेट करना होगा।',
  'conflicting-locators': 'इस मीटिंग विजेट में मीटिंग लिंक और मीटिंग ID दोनों हैं। साइट को केवल एक सेट करना होगा।',
  'invalid-link': 'मीटिंग लिंक एक मान्य Teams मीटिंग लिंक नहीं है।',
  'link-not-https': 'मीटिंग लिंक https:// से शुरू होना चाहिए।',
  'link-not-teams': 'मीटिंग लिंक Microsoft Teams की ओर इंगित नहीं करता।',
  'link-unsafe-scheme': 'मीटिंग लिंक वेब पता नहीं है और उसे अस्वीकार कर दिया गया।',
  'link-gcc-unsupported': 'Microsoft 365 सरकारी क्लाउड की मीटिंग में इस पृष्ठ से शामिल नहीं हुआ जा सकता।',
  'link-consumer-unsupported': 'व्यक्तिगत खातों (teams.live.com) की Teams मीटिंग में इस पृष्ठ से शामिल नहीं हुआ जा सकता।',
  'link-webinar-unsupported': 'वेबिनार, टाउन हॉल और लाइव इवेंट में इस पृष्ठ से शामिल नहीं हुआ जा सकता।',
  'invalid-meeting-id': 'मीटिंग ID या पासकोड मान्य नहीं है।',
  'missing-token-source': 'यह मीटिंग विजेट साइन इन के लिए सेट अप नहीं है। साइट को token-url या tokenProvider सेट करना होगा।',
  'invalid-identity': 'identity सेटिंग "acs", "teams" या "choice" होनी चाहिए।',
  'invalid-m365-setup': 'Microsoft 365 साइन इन के लिए aad-client-id और teams-token-url, या teamsTokenProvider आवश्यक है।',
  'invalid-emulator-url': 'एम्युलेटर का पता पोर्ट सहित एक स्थानीय पता होना चाहिए, जैसे http://localhost:8080।',
} satisfies Catalog<'core-config'>;
