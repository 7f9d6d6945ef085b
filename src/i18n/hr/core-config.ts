/** Croatian: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator':
    'Ovaj modul sastanka nema vezu na sastanak. Web-mjesto mora postaviti meeting-link ili meeting-id.',
  'conflicting-locators':
    'Ovaj modul sastanka ima i vezu na sastanak i ID sastanka. Web-mjesto smije postaviti samo jedno od toga.',
  'invalid-link': 'Veza nije valjana veza na sastanak u aplikaciji Teams.',
  'link-not-https': 'Veza na sastanak mora počinjati s https://.',
  'link-not-teams': 'Veza na sastanak ne vodi na Microsoft Teams.',
  'link-unsafe-scheme': 'Veza na sastanak nije web-adresa pa je odbijena.',
  'link-gcc-unsupported': 'Sastancima u državnim oblacima sustava Microsoft 365 ne možete se pridružiti s ove stranice.',
  'link-consumer-unsupported':
    'Sastancima u aplikaciji Teams s osobnih računa (teams.live.com) ne možete se pridružiti s ove stranice.',
  'link-webinar-unsupported':
    'Webinarima, javnim skupovima i događajima uživo ne možete se pridružiti s ove stranice.',
  'invalid-meeting-id': 'ID sastanka ili šifra nisu valjani.',
  'missing-token-source':
    'Ovaj modul sastanka nije postavljen za prijavu. Web-mjesto mora postaviti token-url ili tokenProvider.',
  'invalid-identity': 'Postavka identity mora biti „acs“, „teams“ ili „choice“.',
  'invalid-m365-setup':
    'Za prijavu sa sustavom Microsoft 365 potrebni su aad-client-id i teams-token-url ili teamsTokenProvider.',
  'invalid-emulator-url': 'Adresa emulatora mora biti lokalna adresa s priključkom, na primjer http://localhost:8080.',
} satisfies Catalog<'core-config'>;
