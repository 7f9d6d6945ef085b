/** Czech: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Nahrávání začalo. Tím, že zůstanete v této schůzce, souhlasíte s tím, že budete nahráváni.',
  'transcription-started':
    'Přepis začal. Tím, že zůstanete v této schůzce, souhlasíte s tím, že se bude pořizovat přepis toho, co říkáte.',
  'both-started':
    'Nahrávání a přepis začaly. Tím, že zůstanete v této schůzce, souhlasíte s tím, že budete nahráváni a že se bude pořizovat přepis toho, co říkáte.',
  'recording-stopped': 'Nahrávání skončilo. Záznam se ukládá.',
  'transcription-stopped': 'Přepis skončil.',
  'both-stopped': 'Nahrávání a přepis skončily. Záznam se ukládá.',
  'recording-stopped-transcription-continues': 'Nahrávání skončilo a záznam se ukládá. Přepis stále běží.',
  'transcription-stopped-recording-continues': 'Přepis skončil. Nahrávání stále běží.',
  privacyPolicy: 'Zásady ochrany osobních údajů',
  opensInNewTab: '(otevře se na nové kartě)',
  dismiss: 'Skrýt oznámení o nahrávání',
  indicatorRecording: 'Nahrává se',
  indicatorTranscribing: 'Pořizuje se přepis',
  indicatorBoth: 'Nahrává se a pořizuje se přepis',
  showNotice: '{status}. Zobrazit oznámení',
  mayBeRecorded: 'Tato schůzka se může nahrávat nebo se z ní může pořizovat přepis.',
  consentStarted: {
    'recording-started': 'Nahrávání začalo. Tato schůzka vyžaduje váš výslovný souhlas.',
    'transcription-started': 'Přepis začal. Tato schůzka vyžaduje váš výslovný souhlas.',
    'both-started': 'Nahrávání a přepis začaly. Tato schůzka vyžaduje váš výslovný souhlas.',
  },
} satisfies Catalog<'compliance'>;
