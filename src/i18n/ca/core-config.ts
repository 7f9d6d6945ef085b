/** Catalan: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'Aquest giny de reunió no té cap enllaç de reunió. El lloc ha de definir meeting-link o meeting-id.',
  'conflicting-locators': 'Aquest giny de reunió té alhora un enllaç i un identificador de reunió. El lloc només n’ha de definir un.',
  'invalid-link': 'L’enllaç no és un enllaç vàlid a una reunió del Teams.',
  'link-not-https': 'L’enllaç de la reunió ha de començar per https://.',
  'link-not-teams': 'L’enllaç de la reunió no apunta al Microsoft Teams.',
  'link-unsafe-scheme': 'L’enllaç de la reunió no és una adreça web i s’ha rebutjat.',
  'link-gcc-unsupported': 'Des d’aquesta pàgina no et pots unir a reunions dels núvols governamentals del Microsoft 365.',
  'link-consumer-unsupported': 'Des d’aquesta pàgina no et pots unir a reunions del Teams de comptes personals (teams.live.com).',
  'link-webinar-unsupported': 'Des d’aquesta pàgina no et pots unir a seminaris web, assemblees generals ni esdeveniments en directe.',
  'invalid-meeting-id': 'L’identificador de la reunió o el codi d’accés no és vàlid.',
  'missing-token-source': 'Aquest giny de reunió no està configurat per iniciar la sessió. El lloc ha de definir token-url o tokenProvider.',
  'invalid-identity': 'El paràmetre identity ha de ser "acs", "teams" o "choice".',
  'invalid-m365-setup': 'L’inici de sessió amb el Microsoft 365 necessita aad-client-id i teams-token-url, o bé teamsTokenProvider.',
  'invalid-emulator-url': 'L’adreça de l’emulador ha de ser una adreça local amb un port, com ara http://localhost:8080.',
} satisfies Catalog<'core-config'>;
