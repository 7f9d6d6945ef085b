/** Hindi: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Teams मीटिंग',
  prejoinTitle: 'मीटिंग में शामिल हों',
  nameLabel: 'आपका नाम',
  nameRequired: 'शामिल होने के लिए कृपया अपना नाम दर्ज करें।',
  nameCount: '{max} में से {count} वर्ण',
  preview: 'कैमरा पूर्वावलोकन',
  previewStarting: 'कैमरा शुरू हो रहा है…',
  cameraOff: 'आपका कैमरा बंद है',
  microphone: 'माइक्रोफ़ोन',
  camera: 'कैमरा',
  join: 'अभी शामिल हों',
  joining: 'मीटिंग में शामिल हो रहे हैं…',
  failedTitle: 'मीटिंग में शामिल नहीं हो सके',
  configTitle: 'इस मीटिंग में शामिल नहीं हुआ जा सकता',
  retry: 'पुनः प्रयास करें',
  errors: {
    'invalid-display-name': 'शामिल होने के लिए कृपया अपना नाम दर्ज करें।',
    'sdk-load-failed': 'मीटिंग सॉफ़्टवेयर लोड नहीं हो सका। अपना कनेक्शन जाँचें और पुनः प्रयास करें।',
  },
} satisfies Catalog<'core'>;
