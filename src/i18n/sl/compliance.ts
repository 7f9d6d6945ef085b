/** Slovenian: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Snemanje se je začelo. Če ostanete v tem srečanju, soglašate s tem, da vas snemajo.',
  'transcription-started':
    'Prepis se je začel. Če ostanete v tem srečanju, soglašate s tem, da se to, kar govorite, prepisuje.',
  'both-started':
    'Snemanje in prepis sta se začela. Če ostanete v tem srečanju, soglašate s tem, da vas snemajo in da se to, kar govorite, prepisuje.',
  'recording-stopped': 'Snemanje je ustavljeno. Posnetek se shranjuje.',
  'transcription-stopped': 'Prepis je ustavljen.',
  'both-stopped': 'Snemanje in prepis sta ustavljena. Posnetek se shranjuje.',
  'recording-stopped-transcription-continues': 'Snemanje je ustavljeno in posnetek se shranjuje. Prepis še vedno poteka.',
  'transcription-stopped-recording-continues': 'Prepis je ustavljen. Snemanje še vedno poteka.',
  privacyPolicy: 'Pravilnik o zasebnosti',
  opensInNewTab: '(odpre se na novem zavihku)',
  dismiss: 'Skrij obvestilo o snemanju',
  indicatorRecording: 'Snemanje',
  indicatorTranscribing: 'Prepisovanje',
  indicatorBoth: 'Snemanje in prepisovanje',
  showNotice: '{status}. Pokaži obvestilo',
  mayBeRecorded: 'To srečanje se morda snema ali prepisuje.',
  consentStarted: {
    'recording-started': 'Snemanje se je začelo. To srečanje zahteva vaše izrecno soglasje.',
    'transcription-started': 'Prepis se je začel. To srečanje zahteva vaše izrecno soglasje.',
    'both-started': 'Snemanje in prepis sta se začela. To srečanje zahteva vaše izrecno soglasje.',
  },
} satisfies Catalog<'compliance'>;
