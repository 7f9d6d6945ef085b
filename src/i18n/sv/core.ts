/** Swedish: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Teams-möte',
  prejoinTitle: 'Anslut till mötet',
  nameLabel: 'Ditt namn',
  nameRequired: 'Ange ditt namn för att ansluta.',
  nameCount: '{count} av {max} tecken',
  preview: 'Förhandsgranskning av kamera',
  previewStarting: 'Startar kameran…',
  cameraOff: 'Kameran är av',
  microphone: 'Mikrofon',
  camera: 'Kamera',
  join: 'Anslut nu',
  joining: 'Ansluter till mötet…',
  failedTitle: 'Det gick inte att ansluta till mötet',
  configTitle: 'Det går inte att ansluta till mötet',
  retry: 'Försök igen',
  errors: {
    'invalid-display-name': 'Ange ditt namn för att ansluta.',
    'sdk-load-failed': 'Det gick inte att läsa in mötesprogramvaran. Kontrollera anslutningen och försök igen.',
  },
} satisfies Catalog<'core'>;
