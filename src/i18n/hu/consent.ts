/** Hungarian: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Ez az értekezlet az Ön hozzájárulását kéri',
  recording:
    'Az értekezletet rögzítik: a felvételen szerepel a hangja, a videója és minden, amit a képernyőn megoszt.',
  transcription: 'Az értekezletről átirat készül: az átiratban szerepel, amit mond, az Ön nevével együtt.',
  mediaOff: 'A mikrofon, a kamera és a képernyőmegosztás kikapcsolva marad, amíg hozzá nem járul.',
  agree: 'Hozzájárulok',
  leave: 'Kilépés',
  privacy: 'Hogyan használják fel az adatait (adatvédelmi nyilatkozat)',
  opensInNewTab: '(új lapon nyílik meg)',
  sending: 'Hozzájárulás küldése…',
  failed: 'A hozzájárulását nem sikerült elküldeni az értekezletnek. Próbálkozzon újra.',
} satisfies Catalog<'consent'>;
