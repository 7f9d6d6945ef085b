/** Serbian (Latin): core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Zvučnik',
  devices: 'Postavke uređaja',
  mediaDenied:
    'Pregledač je blokirao kameru i mikrofon. I dalje možete da se pridružite sa isključenom kamerom i da slušate. Da biste ih koristili, dozvolite pristup u postavkama veb lokacije u pregledaču i ponovo učitajte stranicu.',
  cameraDenied: 'Pregledač je blokirao kameru. I dalje možete da se pridružite sa isključenom kamerom.',
  micDenied:
    'Pregledač je blokirao mikrofon. I dalje možete da se pridružite i da slušate. Da biste govorili, dozvolite pristup u postavkama veb lokacije u pregledaču.',
  noCamera: 'Kamera nije pronađena. Možete da se pridružite sa isključenom kamerom.',
  noMicrophone: 'Mikrofon nije pronađen. Možete da se pridružite i da slušate.',
  deviceFailed: 'Kamera ili mikrofon nisu mogli da se pokrenu. Možda ih koristi neka druga aplikacija.',
} satisfies Catalog<'core-media'>;
