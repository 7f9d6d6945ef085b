/** German: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator':
    'Diesem Besprechungsmodul fehlt der Besprechungslink. Die Website muss meeting-link oder meeting-id setzen.',
  'conflicting-locators':
    'Dieses Besprechungsmodul hat sowohl einen Link als auch eine Besprechungs-ID. Die Website darf nur eines davon setzen.',
  'invalid-link': 'Der Besprechungslink ist kein gültiger Teams-Besprechungslink.',
  'link-not-https': 'Der Besprechungslink muss mit https:// beginnen.',
  'link-not-teams': 'Der Besprechungslink führt nicht zu Microsoft Teams.',
  'link-unsafe-scheme': 'Der Besprechungslink ist keine Webadresse und wurde abgelehnt.',
  'link-gcc-unsupported':
    'Besprechungen in Microsoft 365-Government-Clouds können von dieser Seite aus nicht besucht werden.',
  'link-consumer-unsupported':
    'Teams-Besprechungen privater Konten (teams.live.com) können von dieser Seite aus nicht besucht werden.',
  'link-webinar-unsupported':
    'Webinare, Townhalls und Liveereignisse können von dieser Seite aus nicht besucht werden.',
  'invalid-meeting-id': 'Die Besprechungs-ID oder der Kenncode ist ungültig.',
  'missing-token-source':
    'Dieses Besprechungsmodul ist nicht für die Anmeldung eingerichtet. Die Website muss token-url oder tokenProvider setzen.',
  'invalid-identity': 'Die Einstellung identity muss „acs“, „teams“ oder „choice“ sein.',
  'invalid-m365-setup':
    'Die Anmeldung mit Microsoft 365 ist nicht eingerichtet. Die Website muss aad-client-id und teams-token-url oder teamsTokenProvider festlegen.',
  'invalid-emulator-url':
    'Die Emulator-Adresse muss eine lokale Adresse mit Port sein, zum Beispiel http://localhost:8080.',
} satisfies Catalog<'core-config'>;
