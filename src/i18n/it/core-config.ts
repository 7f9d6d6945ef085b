/** Italian: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'Questo widget per riunioni non ha un collegamento alla riunione. Il sito deve impostare meeting-link o meeting-id.',
  'conflicting-locators': 'Questo widget per riunioni ha sia un collegamento sia un ID riunione. Il sito deve impostarne solo uno.',
  'invalid-link': 'Il collegamento non è un collegamento valido a una riunione di Teams.',
  'link-not-https': 'Il collegamento alla riunione deve iniziare con https://.',
  'link-not-teams': 'Il collegamento alla riunione non punta a Microsoft Teams.',
  'link-unsafe-scheme': 'Il collegamento alla riunione non è un indirizzo web ed è stato rifiutato.',
  'link-gcc-unsupported': 'Non è possibile partecipare da questa pagina alle riunioni nei cloud per enti pubblici di Microsoft 365.',
  'link-consumer-unsupported': 'Non è possibile partecipare da questa pagina alle riunioni di Teams di account personali (teams.live.com).',
  'link-webinar-unsupported': 'Non è possibile partecipare da questa pagina a webinar, municipi ed eventi live.',
  'invalid-meeting-id': 'L’ID riunione o il passcode non è valido.',
  'missing-token-source': 'Questo widget per riunioni non è configurato per l’accesso. Il sito deve impostare token-url o tokenProvider.',
  'invalid-identity': 'L’impostazione identity deve essere "acs", "teams" o "choice".',
  'invalid-m365-setup': 'L’accesso con Microsoft 365 richiede aad-client-id e teams-token-url, oppure teamsTokenProvider.',
  'invalid-emulator-url': 'L’indirizzo dell’emulatore deve essere un indirizzo locale con una porta, ad esempio http://localhost:8080.',
} satisfies Catalog<'core-config'>;
