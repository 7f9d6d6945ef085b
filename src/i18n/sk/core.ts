/** Slovak: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Schôdza v aplikácii Teams',
  prejoinTitle: 'Pripojiť sa k schôdzi',
  nameLabel: 'Vaše meno',
  nameRequired: 'Ak sa chcete pripojiť, zadajte svoje meno.',
  nameCount: '{count} z {max} znakov',
  preview: 'Ukážka kamery',
  previewStarting: 'Spúšťa sa kamera…',
  cameraOff: 'Kamera je vypnutá',
  microphone: 'Mikrofón',
  camera: 'Kamera',
  join: 'Pripojiť sa teraz',
  joining: 'Pripája sa k schôdzi…',
  failedTitle: 'K schôdzi sa nepodarilo pripojiť',
  configTitle: 'K tejto schôdzi sa nemožno pripojiť',
  retry: 'Skúsiť znova',
  errors: {
    'invalid-display-name': 'Ak sa chcete pripojiť, zadajte svoje meno.',
    'sdk-load-failed': 'Softvér na schôdze sa nepodarilo načítať. Skontrolujte pripojenie a skúste to znova.',
  },
} satisfies Catalog<'core'>;
