/** Spanish: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'Este widget de reunión no tiene vínculo de reunión. El sitio debe establecer meeting-link o meeting-id.',
  'conflicting-locators': 'Este widget de reunión tiene un vínculo y un id. de reunión a la vez. El sitio debe establecer solo uno.',
  'invalid-link': 'El vínculo no es un vínculo de reunión de Teams válido.',
  'link-not-https': 'El vínculo de la reunión debe empezar por https://.',
  'link-not-teams': 'El vínculo de la reunión no apunta a Microsoft Teams.',
  'link-unsafe-scheme': 'El vínculo de la reunión no es una dirección web y se ha rechazado.',
  'link-gcc-unsupported': 'No es posible unirse desde esta página a reuniones de las nubes gubernamentales de Microsoft 365.',
  'link-consumer-unsupported': 'No es posible unirse desde esta página a reuniones de Teams de cuentas personales (teams.live.com).',
  'link-webinar-unsupported': 'No es posible unirse desde esta página a seminarios web, reuniones del ayuntamiento ni eventos en directo.',
  'invalid-meeting-id': 'El id. de reunión o el código de acceso no es válido.',
  'missing-token-source': 'Este widget de reunión no está configurado para iniciar sesión. El sitio debe establecer token-url o tokenProvider.',
  'invalid-identity': 'El valor de identity debe ser "acs", "teams" o "choice".',
  'invalid-m365-setup': 'El inicio de sesión de Microsoft 365 necesita aad-client-id y teams-token-url, o bien teamsTokenProvider.',
  'invalid-emulator-url': 'La dirección del emulador debe ser una dirección local con puerto, como http://localhost:8080.',
} satisfies Catalog<'core-config'>;
