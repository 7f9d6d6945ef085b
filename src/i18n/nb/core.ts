/** Norwegian Bokmål: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Teams-møte',
  prejoinTitle: 'Bli med i møtet',
  nameLabel: 'Navnet ditt',
  nameRequired: 'Skriv inn navnet ditt for å bli med.',
  nameCount: '{count} av {max} tegn',
  preview: 'Forhåndsvisning av kamera',
  previewStarting: 'Starter kameraet…',
  cameraOff: 'Kameraet ditt er av',
  microphone: 'Mikrofon',
  camera: 'Kamera',
  join: 'Bli med nå',
  joining: 'Blir med i møtet…',
  failedTitle: 'Kunne ikke bli med i møtet',
  configTitle: 'Du kan ikke bli med i dette møtet',
  retry: 'Prøv på nytt',
  errors: {
    'invalid-display-name': 'Skriv inn navnet ditt for å bli med.',
    'sdk-load-failed': 'Møteprogramvaren kunne ikke lastes inn. Kontroller tilkoblingen, og prøv på nytt.',
  },
} satisfies Catalog<'core'>;
