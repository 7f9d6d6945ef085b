/** Czech: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Schůzka Teams',
  prejoinTitle: 'Připojit se ke schůzce',
  nameLabel: 'Vaše jméno',
  nameRequired: 'Pokud se chcete připojit, zadejte své jméno.',
  nameCount: '{count} z {max} znaků',
  preview: 'Náhled kamery',
  previewStarting: 'Spouští se kamera…',
  cameraOff: 'Kamera je vypnutá',
  microphone: 'Mikrofon',
  camera: 'Kamera',
  join: 'Připojit se hned',
  joining: 'Připojování ke schůzce…',
  failedTitle: 'Ke schůzce se nepodařilo připojit',
  configTitle: 'K této schůzce se nejde připojit',
  retry: 'Zkusit znovu',
  errors: {
    'invalid-display-name': 'Pokud se chcete připojit, zadejte své jméno.',
    'sdk-load-failed': 'Software pro schůzky se nepodařilo načíst. Zkontrolujte připojení a zkuste to znovu.',
  },
} satisfies Catalog<'core'>;
