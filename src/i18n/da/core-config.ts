/** Danish: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'Denne mødewidget har intet mødelink. Webstedet skal angive meeting-link eller meeting-id.',
  'conflicting-locators': 'Denne mødewidget har både et mødelink og et møde-id. Webstedet skal kun angive ét af dem.',
  'invalid-link': 'Mødelinket er ikke et gyldigt link til et Teams-møde.',
  'link-not-https': 'Mødelinket skal starte med https://.',
  'link-not-teams': 'Mødelinket peger ikke på Microsoft Teams.',
  'link-unsafe-scheme': 'Mødelinket er ikke en webadresse og blev afvist.',
  'link-gcc-unsupported': 'Møder i Microsoft 365-skyer til offentlige myndigheder kan ikke tilgås fra denne side.',
  'link-consumer-unsupported': 'Teams-møder fra personlige konti (teams.live.com) kan ikke tilgås fra denne side.',
  'link-webinar-unsupported': 'Webinarer, rådhusmøder og livebegivenheder kan ikke tilgås fra denne side.',
  'invalid-meeting-id': 'Møde-id’et eller adgangskoden er ugyldig.',
  'missing-token-source': 'Denne mødewidget er ikke konfigureret til logon. Webstedet skal angive token-url eller tokenProvider.',
  'invalid-identity': 'Indstillingen identity skal være "acs", "teams" eller "choice".',
  'invalid-m365-setup': 'Logon med Microsoft 365 kræver aad-client-id og teams-token-url eller teamsTokenProvider.',
  'invalid-emulator-url': 'Emulatorens adresse skal være en lokal adresse med en port, f.eks. http://localhost:8080.',
} satisfies Catalog<'core-config'>;
