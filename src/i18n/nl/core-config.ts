/** Dutch: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'Deze vergaderwidget heeft geen vergaderlink. De site moet meeting-link of meeting-id instellen.',
  'conflicting-locators': 'Deze vergaderwidget heeft zowel een vergaderlink als een vergader-id. De site moet er maar één instellen.',
  'invalid-link': 'De vergaderlink is geen geldige link naar een Teams-vergadering.',
  'link-not-https': 'De vergaderlink moet beginnen met https://.',
  'link-not-teams': 'De vergaderlink verwijst niet naar Microsoft Teams.',
  'link-unsafe-scheme': 'De vergaderlink is geen webadres en is geweigerd.',
  'link-gcc-unsupported': 'Aan vergaderingen in Microsoft 365-cloudomgevingen voor overheden kun je niet deelnemen vanaf deze pagina.',
  'link-consumer-unsupported': 'Aan Teams-vergaderingen van persoonlijke accounts (teams.live.com) kun je niet deelnemen vanaf deze pagina.',
  'link-webinar-unsupported': 'Aan webinars, town halls en livegebeurtenissen kun je niet deelnemen vanaf deze pagina.',
  'invalid-meeting-id': 'De vergader-id of wachtwoordcode is ongeldig.',
  'missing-token-source': 'Deze vergaderwidget is niet ingesteld om je aan te melden. De site moet token-url of tokenProvider instellen.',
  'invalid-identity': 'De instelling identity moet "acs", "teams" of "choice" zijn.',
  'invalid-m365-setup': 'Aanmelden met Microsoft 365 vereist aad-client-id en teams-token-url, of teamsTokenProvider.',
  'invalid-emulator-url': 'Het adres van de emulator moet een lokaal adres met een poort zijn, zoals http://localhost:8080.',
} satisfies Catalog<'core-config'>;
