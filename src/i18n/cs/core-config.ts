/** Czech: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'Tento modul schůzky nemá odkaz na schůzku. Web musí nastavit meeting-link nebo meeting-id.',
  'conflicting-locators':
    'Tento modul schůzky má odkaz na schůzku i ID schůzky. Web musí nastavit jen jedno z nich.',
  'invalid-link': 'Odkaz na schůzku není platný odkaz na schůzku Teams.',
  'link-not-https': 'Odkaz na schůzku musí začínat na https://.',
  'link-not-teams': 'Odkaz na schůzku nevede do Microsoft Teams.',
  'link-unsafe-scheme': 'Odkaz na schůzku není webová adresa, a proto byl odmítnut.',
  'link-gcc-unsupported': 'Ke schůzkám ve vládních cloudech Microsoft 365 se z této stránky nejde připojit.',
  'link-consumer-unsupported':
    'Ke schůzkám Teams z osobních účtů (teams.live.com) se z této stránky nejde připojit.',
  'link-webinar-unsupported': 'K webinářům, radničním schůzím a živým událostem se z této stránky nejde připojit.',
  'invalid-meeting-id': 'ID schůzky nebo heslo není platné.',
  'missing-token-source':
    'Tento modul schůzky není nastavený pro přihlášení. Web musí nastavit token-url nebo tokenProvider.',
  'invalid-identity': 'Nastavení identity musí být „acs“, „teams“ nebo „choice“.',
  'invalid-m365-setup':
    'Přihlášení přes Microsoft 365 potřebuje aad-client-id a teams-token-url, nebo teamsTokenProvider.',
  'invalid-emulator-url': 'Adresa emulátoru musí být místní adresa s portem, například http://localhost:8080.',
} satisfies Catalog<'core-config'>;
