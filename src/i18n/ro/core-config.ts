/** Romanian: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator':
    'Acest modul de întâlnire nu are un link de întâlnire. Site-ul trebuie să seteze meeting-link sau meeting-id.',
  'conflicting-locators':
    'Acest modul de întâlnire are și un link de întâlnire, și un ID de întâlnire. Site-ul trebuie să seteze doar unul dintre ele.',
  'invalid-link': 'Linkul nu este un link valid de întâlnire Teams.',
  'link-not-https': 'Linkul întâlnirii trebuie să înceapă cu https://.',
  'link-not-teams': 'Linkul întâlnirii nu duce la Microsoft Teams.',
  'link-unsafe-scheme': 'Linkul întâlnirii nu este o adresă web și a fost refuzat.',
  'link-gcc-unsupported':
    'La întâlnirile din cloudurile guvernamentale Microsoft 365 nu vă puteți alătura de pe această pagină.',
  'link-consumer-unsupported':
    'La întâlnirile Teams ale conturilor personale (teams.live.com) nu vă puteți alătura de pe această pagină.',
  'link-webinar-unsupported':
    'La seminarii web, întâlniri publice și evenimente live nu vă puteți alătura de pe această pagină.',
  'invalid-meeting-id': 'ID-ul întâlnirii sau codul de acces nu este valid.',
  'missing-token-source':
    'Acest modul de întâlnire nu este configurat pentru conectare. Site-ul trebuie să seteze token-url sau tokenProvider.',
  'invalid-identity': 'Setarea identity trebuie să fie „acs”, „teams” sau „choice”.',
  'invalid-m365-setup':
    'Conectarea cu Microsoft 365 necesită aad-client-id și teams-token-url sau teamsTokenProvider.',
  'invalid-emulator-url': 'Adresa emulatorului trebuie să fie o adresă locală cu port, de exemplu http://localhost:8080.',
} satisfies Catalog<'core-config'>;
