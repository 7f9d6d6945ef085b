/** Serbian (Latin): core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator':
    'Ovaj modul sastanka nema vezu ka sastanku. Veb lokacija mora da postavi meeting-link ili meeting-id.',
  'conflicting-locators':
    'Ovaj modul sastanka ima i vezu ka sastanku i ID sastanka. Veb lokacija sme da postavi samo jedno od toga.',
  'invalid-link': 'Veza nije važeća veza ka Teams sastanku.',
  'link-not-https': 'Veza ka sastanku mora da počinje sa https://.',
  'link-not-teams': 'Veza ka sastanku ne vodi do usluge Microsoft Teams.',
  'link-unsafe-scheme': 'Veza ka sastanku nije veb adresa, pa je odbijena.',
  'link-gcc-unsupported': 'Sastancima u Microsoft 365 oblacima za državnu upravu ne možete da se pridružite sa ove stranice.',
  'link-consumer-unsupported':
    'Teams sastancima ličnih naloga (teams.live.com) ne možete da se pridružite sa ove stranice.',
  'link-webinar-unsupported':
    'Vebinarima, javnim skupovima i događajima uživo ne možete da se pridružite sa ove stranice.',
  'invalid-meeting-id': 'ID sastanka ili pristupni kôd nisu važeći.',
  'missing-token-source':
    'Ovaj modul sastanka nije podešen za prijavljivanje. Veb lokacija mora da postavi token-url ili tokenProvider.',
  'invalid-identity': 'Postavka identity mora da bude „acs“, „teams“ ili „choice“.',
  'invalid-m365-setup':
    'Za prijavljivanje pomoću usluge Microsoft 365 potrebni su aad-client-id i teams-token-url ili teamsTokenProvider.',
  'invalid-emulator-url': 'Adresa emulatora mora da bude lokalna adresa sa portom, na primer http://localhost:8080.',
} satisfies Catalog<'core-config'>;
