/** Finnish: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Teams-kokous',
  prejoinTitle: 'Liity kokoukseen',
  nameLabel: 'Nimesi',
  nameRequired: 'Kirjoita nimesi, jotta voit liittyä.',
  nameCount: '{count}/{max} merkkiä',
  preview: 'Kameran esikatselu',
  previewStarting: 'Käynnistetään kameraa…',
  cameraOff: 'Kamerasi on pois päältä',
  microphone: 'Mikrofoni',
  camera: 'Kamera',
  join: 'Liity nyt',
  joining: 'Liitytään kokoukseen…',
  failedTitle: 'Kokoukseen ei voitu liittyä',
  configTitle: 'Tähän kokoukseen ei voi liittyä',
  retry: 'Yritä uudelleen',
  errors: {
    'invalid-display-name': 'Kirjoita nimesi, jotta voit liittyä.',
    'sdk-load-failed': 'Kokousohjelmistoa ei voitu ladata. Tarkista yhteytesi ja yritä uudelleen.',
  },
} satisfies Catalog<'core'>;
