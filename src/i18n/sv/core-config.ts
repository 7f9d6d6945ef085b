/** Swedish: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'Den här möteswidgeten har ingen möteslänk. Webbplatsen måste ange meeting-link eller meeting-id.',
  'conflicting-locators': 'Den här möteswidgeten har både en möteslänk och ett mötes-ID. Webbplatsen ska bara ange ett av dem.',
  'invalid-link': 'Möteslänken är inte en giltig länk till ett Teams-möte.',
  'link-not-https': 'Möteslänken måste börja med https://.',
  'link-not-teams': 'Möteslänken leder inte till Microsoft Teams.',
  'link-unsafe-scheme': 'Möteslänken är inte en webbadress och avvisades.',
  'link-gcc-unsupported': 'Det går inte att ansluta till möten i Microsoft 365-moln för offentlig sektor från den här sidan.',
  'link-consumer-unsupported': 'Det går inte att ansluta till Teams-möten för personliga konton (teams.live.com) från den här sidan.',
  'link-webinar-unsupported': 'Det går inte att ansluta till webbseminarier, stormöten och livehändelser från den här sidan.',
  'invalid-meeting-id': 'Mötes-ID:t eller lösenordet är ogiltigt.',
  'missing-token-source': 'Den här möteswidgeten är inte konfigurerad för inloggning. Webbplatsen måste ange token-url eller tokenProvider.',
  'invalid-identity': 'Inställningen identity måste vara "acs", "teams" eller "choice".',
  'invalid-m365-setup': 'Inloggning med Microsoft 365 kräver aad-client-id och teams-token-url, eller teamsTokenProvider.',
  'invalid-emulator-url': 'Emulatorns adress måste vara en lokal adress med en port, till exempel http://localhost:8080.',
} satisfies Catalog<'core-config'>;
