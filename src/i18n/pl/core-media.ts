/** Polish: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Głośnik',
  devices: 'Ustawienia urządzeń',
  mediaDenied:
    'Przeglądarka zablokowała kamerę i mikrofon. Nadal możesz dołączyć z wyłączoną kamerą i słuchać. Aby ich używać, zezwól na dostęp w ustawieniach witryny w przeglądarce i odśwież stronę.',
  cameraDenied: 'Przeglądarka zablokowała kamerę. Nadal możesz dołączyć z wyłączoną kamerą.',
  micDenied:
    'Przeglądarka zablokowała mikrofon. Nadal możesz dołączyć i słuchać. Aby mówić, zezwól na dostęp w ustawieniach witryny w przeglądarce.',
  noCamera: 'Nie znaleziono kamery. Możesz dołączyć z wyłączoną kamerą.',
  noMicrophone: 'Nie znaleziono mikrofonu. Możesz dołączyć i słuchać.',
  deviceFailed: 'Nie można uruchomić kamery lub mikrofonu. Może używa ich inna aplikacja.',
} satisfies Catalog<'core-media'>;
