/** Norwegian Bokmål: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'Denne møtewidgeten har ingen møtekobling. Nettstedet må angi meeting-link eller meeting-id.',
  'conflicting-locators': 'Denne møtewidgeten har både en møtekobling og en møte-ID. Nettstedet må bare angi én av dem.',
  'invalid-link': 'Møtekoblingen er ikke en gyldig kobling til et Teams-møte.',
  'link-not-https': 'Møtekoblingen må begynne med https://.',
  'link-not-teams': 'Møtekoblingen peker ikke til Microsoft Teams.',
  'link-unsafe-scheme': 'Møtekoblingen er ikke en nettadresse og ble avvist.',
  'link-gcc-unsupported': 'Du kan ikke bli med i møter i Microsoft 365-skyer for offentlig sektor fra denne siden.',
  'link-consumer-unsupported': 'Du kan ikke bli med i Teams-møter fra personlige kontoer (teams.live.com) fra denne siden.',
  'link-webinar-unsupported': 'Du kan ikke bli med i webinarer, allmøter og direktesendte arrangementer fra denne siden.',
  'invalid-meeting-id': 'Møte-ID-en eller passordet er ugyldig.',
  'missing-token-source': 'Denne møtewidgeten er ikke konfigurert for pålogging. Nettstedet må angi token-url eller tokenProvider.',
  'invalid-identity': 'Innstillingen identity må være "acs", "teams" eller "choice".',
  'invalid-m365-setup': 'Pålogging med Microsoft 365 krever aad-client-id og teams-token-url, eller teamsTokenProvider.',
  'invalid-emulator-url': 'Emulatoradressen må være en lokal adresse med en port, for eksempel http://localhost:8080.',
} satisfies Catalog<'core-config'>;
