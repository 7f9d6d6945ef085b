/** Slovak: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Reproduktor',
  devices: 'Nastavenie zariadení',
  mediaDenied:
    'Prehliadač zablokoval kameru aj mikrofón. Napriek tomu sa môžete pripojiť s vypnutou kamerou a počúvať. Ak ich chcete používať, povoľte prístup v nastavení lokality v prehliadači a stránku znova načítajte.',
  cameraDenied: 'Prehliadač zablokoval kameru. Napriek tomu sa môžete pripojiť s vypnutou kamerou.',
  micDenied:
    'Prehliadač zablokoval mikrofón. Napriek tomu sa môžete pripojiť a počúvať. Ak chcete hovoriť, povoľte prístup v nastavení lokality v prehliadači.',
  noCamera: 'Nenašla sa žiadna kamera. Môžete sa pripojiť s vypnutou kamerou.',
  noMicrophone: 'Nenašiel sa žiadny mikrofón. Môžete sa pripojiť a počúvať.',
  deviceFailed: 'Kameru alebo mikrofón sa nepodarilo spustiť. Možno ich používa iná aplikácia.',
} satisfies Catalog<'core-media'>;
