/**
 * Mexican Spanish (es-MX): core-media, written as a delta over Spanish (es) (../es/core-media.ts): only the strings a native writer
 * changes for this region are here; the rest are Spanish (es)'s (see src/i18n/en/core-media.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../es/core-media.js';

export default {
  ...base,
  mediaDenied: 'El explorador bloqueó la cámara y el micrófono. Puede unirse igualmente con la cámara desactivada y escuchar. Para usarlos, permita el acceso en la configuración del sitio del explorador y vuelva a cargar la página.',
  cameraDenied: 'El explorador bloqueó la cámara. Puede unirse igualmente con la cámara desactivada.',
  micDenied: 'El explorador bloqueó el micrófono. Puede unirse igualmente y escuchar. Para hablar, permita el acceso en la configuración del sitio del explorador.',
} satisfies Catalog<'core-media'>;
