/** Croatian: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Zvučnik',
  devices: 'Postavke uređaja',
  mediaDenied:
    'Preglednik je blokirao kameru i mikrofon. I dalje se možete pridružiti s isključenom kamerom i slušati. Da biste ih koristili, dopustite pristup u postavkama web-mjesta u pregledniku i ponovno učitajte stranicu.',
  cameraDenied: 'Preglednik je blokirao kameru. I dalje se možete pridružiti s isključenom kamerom.',
  micDenied:
    'Preglednik je blokirao mikrofon. I dalje se možete pridružiti i slušati. Da biste govorili, dopustite pristup u postavkama web-mjesta u pregledniku.',
  noCamera: 'Kamera nije pronađena. Možete se pridružiti s isključenom kamerom.',
  noMicrophone: 'Mikrofon nije pronađen. Možete se pridružiti i slušati.',
  deviceFailed: 'Kameru ili mikrofon nije moguće pokrenuti. Možda ih koristi neka druga aplikacija.',
} satisfies Catalog<'core-media'>;
