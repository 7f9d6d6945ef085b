/** Slovenian: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Srečanje v aplikaciji Teams',
  prejoinTitle: 'Pridružite se srečanju',
  nameLabel: 'Vaše ime',
  nameRequired: 'Če se želite pridružiti, vnesite svoje ime.',
  nameCount: '{count} od {max} znakov',
  preview: 'Predogled kamere',
  previewStarting: 'Zagon kamere …',
  cameraOff: 'Kamera je izklopljena',
  microphone: 'Mikrofon',
  camera: 'Kamera',
  join: 'Pridruži se zdaj',
  joining: 'Pridruževanje srečanju …',
  failedTitle: 'Pridružitev srečanju ni uspela',
  configTitle: 'Temu srečanju se ni mogoče pridružiti',
  retry: 'Poskusi znova',
  errors: {
    'invalid-display-name': 'Če se želite pridružiti, vnesite svoje ime.',
    'sdk-load-failed': 'Programske opreme za srečanja ni bilo mogoče naložiti. Preverite povezavo in poskusite znova.',
  },
} satisfies Catalog<'core'>;
