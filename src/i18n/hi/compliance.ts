/** Hindi: compliance (see src/i18n/en/compliance.ts for what each key is for). A legal notice: translated in full. */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'रिकॉर्डिंग शुरू हो गई है। इस मीटिंग में बने रहकर, आप अपने रिकॉर्ड किए जाने के लिए सहमति देते हैं।',
  'transcription-started': 'ट्रांसक्रिप्शन शुरू हो गया है। इस मीटिंग में बने रहकर, आप अपनी बातों का ट्रांसक्रिप्शन किए जाने के लिए सहमति देते हैं।',
  'both-started':
    'रिकॉर्डिंग और ट्रांसक्रिप्शन शुरू हो गए हैं। इस मीटिंग में बने रहकर, आप अपने रिकॉर्ड किए जाने और अपनी बातों का ट्रांसक्रिप्शन किए जाने के लिए सहमति देते हैं।',
  'recording-stopped': 'रिकॉर्डिंग बंद हो गई है। रिकॉर्डिंग सहेजी जा रही है।',
  'transcription-stopped': 'ट्रांसक्रिप्शन बंद हो गया है।',
  'both-stopped': 'रिकॉर्डिंग और ट्रांसक्रिप्शन बंद हो गए हैं। रिकॉर्डिंग सहेजी जा रही है।',
  'recording-stopped-transcription-continues': 'रिकॉर्डिंग बंद हो गई है और सहेजी जा रही है। ट्रांसक्रिप्शन अभी भी चालू है।',
  'transcription-stopped-recording-continues': 'ट्रांसक्रिप्शन बंद हो गया है। रिकॉर्डिंग अभी भी चालू है।',
  privacyPolicy: 'गोपनीयता नीति',
  opensInNewTab: '(नए टैब में खुलता है)',
  dismiss: 'रिकॉर्डिंग सूचना छिपाएँ',
  indicatorRecording: 'रिकॉर्डिंग हो रही है',
  indicatorTranscribing: 'ट्रांसक्रिप्शन हो रहा है',
  indicatorBoth: 'रिकॉर्डिंग और ट्रांसक्रिप्शन हो रहे हैं',
  showNotice: '{status}। सूचना दिखाएँ',
  mayBeRecorded: 'इस मीटिंग की रिकॉर्डिंग या ट्रांसक्रिप्शन हो सकता है।',
  consentStarted: {
    'recording-started': 'रिकॉर्डिंग शुरू हो गई है। यह मीटिंग आपसे स्पष्ट सहमति माँगती है।',
    'transcription-started': 'ट्रांसक्रिप्शन शुरू हो गया है। यह मीटिंग आपसे स्पष्ट सहमति माँगती है।',
    'both-started': 'रिकॉर्डिंग और ट्रांसक्रिप्शन शुरू हो गए हैं। यह मीटिंग आपसे स्पष्ट सहमति माँगती है।',
  },
} satisfies Catalog<'compliance'>;
