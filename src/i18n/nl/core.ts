/** Dutch: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Teams-vergadering',
  prejoinTitle: 'Deelnemen aan de vergadering',
  nameLabel: 'Je naam',
  nameRequired: 'Voer je naam in om deel te nemen.',
  nameCount: '{count} van {max} tekens',
  preview: 'Cameravoorbeeld',
  previewStarting: 'Camera starten…',
  cameraOff: 'Je camera is uit',
  microphone: 'Microfoon',
  camera: 'Camera',
  join: 'Nu deelnemen',
  joining: 'Deelnemen aan de vergadering…',
  failedTitle: 'Kan niet deelnemen aan de vergadering',
  configTitle: 'Aan deze vergadering kan niet worden deelgenomen',
  retry: 'Opnieuw proberen',
  errors: {
    'invalid-display-name': 'Voer je naam in om deel te nemen.',
    'sdk-load-failed': 'De vergadersoftware kan niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
  },
} satisfies Catalog<'core'>;
