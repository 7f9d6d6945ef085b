/** Slovenian: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'To srečanje prosi za vaše soglasje',
  recording: 'Srečanje se snema: posnetek vključuje vaš glas, vaš video in vse, kar delite na zaslonu.',
  transcription: 'Srečanje se prepisuje: prepis vključuje to, kar govorite, skupaj z vašim imenom.',
  mediaOff: 'Mikrofon, kamera in skupna raba zaslona ostanejo izklopljeni, dokler ne soglašate.',
  agree: 'Soglašam',
  leave: 'Zapusti',
  privacy: 'Kako se uporabljajo vaši podatki (pravilnik o zasebnosti)',
  opensInNewTab: '(odpre se na novem zavihku)',
  sending: 'Pošiljanje vašega soglasja …',
  failed: 'Vašega soglasja ni bilo mogoče poslati v srečanje. Poskusite znova.',
} satisfies Catalog<'consent'>;
