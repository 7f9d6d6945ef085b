/** Romanian: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Difuzor',
  devices: 'Setări dispozitive',
  mediaDenied:
    'Browserul a blocat camera și microfonul. Vă puteți alătura în continuare cu camera oprită și puteți asculta. Pentru a le folosi, permiteți accesul în setările site-ului din browser și reîncărcați pagina.',
  cameraDenied: 'Browserul a blocat camera. Vă puteți alătura în continuare cu camera oprită.',
  micDenied:
    'Browserul a blocat microfonul. Vă puteți alătura în continuare și puteți asculta. Pentru a vorbi, permiteți accesul în setările site-ului din browser.',
  noCamera: 'Nu s-a găsit nicio cameră. Vă puteți alătura cu camera oprită.',
  noMicrophone: 'Nu s-a găsit niciun microfon. Vă puteți alătura și puteți asculta.',
  deviceFailed: 'Camera sau microfonul nu au putut fi pornite. Poate le folosește altă aplicație.',
} satisfies Catalog<'core-media'>;
