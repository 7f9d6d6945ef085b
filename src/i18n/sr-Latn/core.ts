/** Serbian (Latin): core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Teams sastanak',
  prejoinTitle: 'Pridružite se sastanku',
  nameLabel: 'Vaše ime',
  nameRequired: 'Da biste se pridružili, unesite svoje ime.',
  nameCount: '{count} od {max} znakova',
  preview: 'Pregled kamere',
  previewStarting: 'Pokretanje kamere…',
  cameraOff: 'Kamera je isključena',
  microphone: 'Mikrofon',
  camera: 'Kamera',
  join: 'Pridruži se odmah',
  joining: 'Pridruživanje sastanku…',
  failedTitle: 'Pridruživanje sastanku nije uspelo',
  configTitle: 'Ovom sastanku ne možete da se pridružite',
  retry: 'Pokušaj ponovo',
  errors: {
    'invalid-display-name': 'Da biste se pridružili, unesite svoje ime.',
    'sdk-load-failed': 'Softver za sastanke nije mogao da se učita. Proverite vezu i pokušajte ponovo.',
  },
} satisfies Catalog<'core'>;
