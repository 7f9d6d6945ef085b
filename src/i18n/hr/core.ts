/** Croatian: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Sastanak u aplikaciji Teams',
  prejoinTitle: 'Pridružite se sastanku',
  nameLabel: 'Vaše ime',
  nameRequired: 'Da biste se pridružili, unesite svoje ime.',
  nameCount: '{count} od {max} znakova',
  preview: 'Pretpregled kamere',
  previewStarting: 'Pokretanje kamere…',
  cameraOff: 'Kamera je isključena',
  microphone: 'Mikrofon',
  camera: 'Kamera',
  join: 'Pridruži se odmah',
  joining: 'Pridruživanje sastanku…',
  failedTitle: 'Pridruživanje sastanku nije uspjelo',
  configTitle: 'Ovom se sastanku ne možete pridružiti',
  retry: 'Pokušaj ponovno',
  errors: {
    'invalid-display-name': 'Da biste se pridružili, unesite svoje ime.',
    'sdk-load-failed': 'Softver za sastanke nije moguće učitati. Provjerite vezu i pokušajte ponovno.',
  },
} satisfies Catalog<'core'>;
