/** Danish: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Teams-møde',
  prejoinTitle: 'Deltag i mødet',
  nameLabel: 'Dit navn',
  nameRequired: 'Angiv dit navn for at deltage.',
  nameCount: '{count} af {max} tegn',
  preview: 'Kameravisning',
  previewStarting: 'Starter kameraet…',
  cameraOff: 'Dit kamera er slået fra',
  microphone: 'Mikrofon',
  camera: 'Kamera',
  join: 'Deltag nu',
  joining: 'Deltager i mødet…',
  failedTitle: 'Kunne ikke deltage i mødet',
  configTitle: 'Der kan ikke deltages i dette møde',
  retry: 'Prøv igen',
  errors: {
    'invalid-display-name': 'Angiv dit navn for at deltage.',
    'sdk-load-failed': 'Mødesoftwaren kunne ikke indlæses. Kontrollér din forbindelse, og prøv igen.',
  },
} satisfies Catalog<'core'>;
