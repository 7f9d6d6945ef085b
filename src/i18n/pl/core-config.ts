/** Polish: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator':
    'Ten moduł spotkania nie ma linku do spotkania. Witryna musi ustawić meeting-link lub meeting-id.',
  'conflicting-locators':
    'Ten moduł spotkania ma jednocześnie link i identyfikator spotkania. Witryna musi ustawić tylko jedno z nich.',
  'invalid-link': 'Link nie jest prawidłowym linkiem do spotkania w usłudze Teams.',
  'link-not-https': 'Link do spotkania musi zaczynać się od https://.',
  'link-not-teams': 'Link do spotkania nie prowadzi do usługi Microsoft Teams.',
  'link-unsafe-scheme': 'Link do spotkania nie jest adresem internetowym i został odrzucony.',
  'link-gcc-unsupported':
    'Z tej strony nie można dołączać do spotkań w chmurach rządowych platformy Microsoft 365.',
  'link-consumer-unsupported':
    'Z tej strony nie można dołączać do spotkań Teams z kont osobistych (teams.live.com).',
  'link-webinar-unsupported':
    'Z tej strony nie można dołączać do seminariów internetowych, ratuszy ani wydarzeń na żywo.',
  'invalid-meeting-id': 'Identyfikator spotkania lub kod dostępu jest nieprawidłowy.',
  'missing-token-source':
    'Ten moduł spotkania nie jest skonfigurowany do logowania. Witryna musi ustawić token-url lub tokenProvider.',
  'invalid-identity': 'Ustawienie identity musi mieć wartość „acs”, „teams” lub „choice”.',
  'invalid-m365-setup':
    'Logowanie za pomocą platformy Microsoft 365 wymaga ustawień aad-client-id i teams-token-url albo teamsTokenProvider.',
  'invalid-emulator-url':
    'Adres emulatora musi być adresem lokalnym z portem, na przykład http://localhost:8080.',
} satisfies Catalog<'core-config'>;
