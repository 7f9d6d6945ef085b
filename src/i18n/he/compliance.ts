/** Hebrew: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'ההקלטה התחילה. בהישארותך בפגישה זו, אתה מסכים להיות מוקלט.',
  'transcription-started': 'התמלול התחיל. בהישארותך בפגישה זו, אתה מסכים לתמלול דבריך.',
  'both-started': 'ההקלטה והתמלול התחילו. בהישארותך בפגישה זו, אתה מסכים להקלטה ולתמלול.',
  'recording-stopped': 'ההקלטה הופסקה. ההקלטה נשמרת.',
  'transcription-stopped': 'התמלול הופסק.',
  'both-stopped': 'ההקלטה והתמלול הופסקו. ההקלטה נשמרת.',
  'recording-stopped-transcription-continues': 'ההקלטה הופסקה ונשמרת. התמלול עדיין פועל.',
  'transcription-stopped-recording-continues': 'התמלול הופסק. ההקלטה עדיין פועלת.',
  privacyPolicy: 'מדיניות פרטיות',
  opensInNewTab: '(נפתח בכרטיסייה חדשה)',
  dismiss: 'הסתר את הודעת ההקלטה',
  indicatorRecording: 'מקליט',
  indicatorTranscribing: 'מתמלל',
  indicatorBoth: 'מקליט ומתמלל',
  showNotice: '{status}. הצג הודעה',
  mayBeRecorded: 'ייתכן שפגישה זו מוקלטת או מתומללת.',
  consentStarted: {
    'recording-started': 'ההקלטה התחילה. פגישה זו מבקשת את הסכמתך המפורשת.',
    'transcription-started': 'התמלול התחיל. פגישה זו מבקשת את הסכמתך המפורשת.',
    'both-started': 'ההקלטה והתמלול התחילו. פגישה זו מבקשת את הסכמתך המפורשת.',
  },
} satisfies Catalog<'compliance'>;
