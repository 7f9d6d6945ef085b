/** Slovenian: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator':
    'Ta modul srečanja nima povezave do srečanja. Spletno mesto mora nastaviti meeting-link ali meeting-id.',
  'conflicting-locators':
    'Ta modul srečanja ima povezavo do srečanja in ID srečanja. Spletno mesto sme nastaviti le eno od njiju.',
  'invalid-link': 'Povezava ni veljavna povezava do srečanja v aplikaciji Teams.',
  'link-not-https': 'Povezava do srečanja se mora začeti s https://.',
  'link-not-teams': 'Povezava do srečanja ne vodi v Microsoft Teams.',
  'link-unsafe-scheme': 'Povezava do srečanja ni spletni naslov, zato je bila zavrnjena.',
  'link-gcc-unsupported':
    'Srečanjem v vladnih oblakih storitve Microsoft 365 se s te strani ni mogoče pridružiti.',
  'link-consumer-unsupported':
    'Srečanjem v aplikaciji Teams z osebnimi računi (teams.live.com) se s te strani ni mogoče pridružiti.',
  'link-webinar-unsupported':
    'Spletnim seminarjem, mestnim hišam in dogodkom v živo se s te strani ni mogoče pridružiti.',
  'invalid-meeting-id': 'ID srečanja ali geslo ni veljavno.',
  'missing-token-source':
    'Ta modul srečanja ni nastavljen za vpis. Spletno mesto mora nastaviti token-url ali tokenProvider.',
  'invalid-identity': 'Nastavitev identity mora biti »acs«, »teams« ali »choice«.',
  'invalid-m365-setup':
    'Za vpis s storitvijo Microsoft 365 sta potrebna aad-client-id in teams-token-url ali teamsTokenProvider.',
  'invalid-emulator-url': 'Naslov emulatorja mora biti lokalni naslov z vrati, na primer http://localhost:8080.',
} satisfies Catalog<'core-config'>;
