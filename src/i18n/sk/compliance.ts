/** Slovak: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Nahrávanie sa začalo. Tým, že zostanete v tejto schôdzi, súhlasíte s tým, že budete nahrávaní.',
  'transcription-started':
    'Prepis sa začal. Tým, že zostanete v tejto schôdzi, súhlasíte s tým, že sa bude vyhotovovať prepis toho, čo hovoríte.',
  'both-started':
    'Nahrávanie a prepis sa začali. Tým, že zostanete v tejto schôdzi, súhlasíte s tým, že budete nahrávaní a že sa bude vyhotovovať prepis toho, čo hovoríte.',
  'recording-stopped': 'Nahrávanie sa skončilo. Záznam sa ukladá.',
  'transcription-stopped': 'Prepis sa skončil.',
  'both-stopped': 'Nahrávanie a prepis sa skončili. Záznam sa ukladá.',
  'recording-stopped-transcription-continues': 'Nahrávanie sa skončilo a záznam sa ukladá. Prepis stále pokračuje.',
  'transcription-stopped-recording-continues': 'Prepis sa skončil. Nahrávanie stále pokračuje.',
  privacyPolicy: 'Zásady ochrany osobných údajov',
  opensInNewTab: '(otvorí sa na novej karte)',
  dismiss: 'Skryť oznámenie o nahrávaní',
  indicatorRecording: 'Nahráva sa',
  indicatorTranscribing: 'Vyhotovuje sa prepis',
  indicatorBoth: 'Nahráva sa a vyhotovuje sa prepis',
  showNotice: '{status}. Zobraziť oznámenie',
  mayBeRecorded: 'Táto schôdza sa môže nahrávať alebo sa z nej môže vyhotovovať prepis.',
  consentStarted: {
    'recording-started': 'Nahrávanie sa začalo. Táto schôdza vyžaduje váš výslovný súhlas.',
    'transcription-started': 'Prepis sa začal. Táto schôdza vyžaduje váš výslovný súhlas.',
    'both-started': 'Nahrávanie a prepis sa začali. Táto schôdza vyžaduje váš výslovný súhlas.',
  },
} satisfies Catalog<'compliance'>;
