/** Polish: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Spotkanie w usłudze Teams',
  prejoinTitle: 'Dołącz do spotkania',
  nameLabel: 'Twoje imię i nazwisko',
  nameRequired: 'Aby dołączyć, wpisz swoje imię i nazwisko.',
  nameCount: '{count} z {max} znaków',
  preview: 'Podgląd kamery',
  previewStarting: 'Uruchamianie kamery…',
  cameraOff: 'Twoja kamera jest wyłączona',
  microphone: 'Mikrofon',
  camera: 'Kamera',
  join: 'Dołącz teraz',
  joining: 'Dołączanie do spotkania…',
  failedTitle: 'Nie można dołączyć do spotkania',
  configTitle: 'Nie można dołączyć do tego spotkania',
  retry: 'Spróbuj ponownie',
  errors: {
    'invalid-display-name': 'Aby dołączyć, wpisz swoje imię i nazwisko.',
    'sdk-load-failed': 'Nie można załadować oprogramowania spotkania. Sprawdź połączenie i spróbuj ponownie.',
  },
} satisfies Catalog<'core'>;
