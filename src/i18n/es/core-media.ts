/** Spanish: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Altavoz',
  devices: 'Configuración de dispositivos',
  mediaDenied:
    'El explorador ha bloqueado la cámara y el micrófono. Puede unirse igualmente con la cámara desactivada y escuchar. Para usarlos, permita el acceso en la configuración del sitio del explorador y vuelva a cargar la página.',
  cameraDenied: 'El explorador ha bloqueado la cámara. Puede unirse igualmente con la cámara desactivada.',
  micDenied: 'El explorador ha bloqueado el micrófono. Puede unirse igualmente y escuchar. Para hablar, permita el acceso en la configuración del sitio del explorador.',
  noCamera: 'No se encontró ninguna cámara. Puede unirse con la cámara desactivada.',
  noMicrophone: 'No se encontró ningún micrófono. Puede unirse y escuchar.',
  deviceFailed: 'No se pudo iniciar la cámara o el micrófono. Puede que otra aplicación los esté usando.',
} satisfies Catalog<'core-media'>;
