/** Spanish: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Esperando a que alguien de la reunión le admita.',
    reconnecting: 'Se perdió la conexión. Reconectando…',
    reconnected: 'Se ha vuelto a conectar.',
    'muted-by-others': 'Alguien de la reunión ha silenciado su micrófono.',
    'permission-denied': 'El explorador está bloqueando la cámara o el micrófono.',
    'media-permission-denied': 'El explorador está bloqueando la cámara o el micrófono.',
    network: 'La conexión de red es inestable. Puede que el audio y el vídeo sean de baja calidad.',
    'device-failed': 'La cámara o el micrófono han dejado de funcionar.',
    denied: 'Alguien de la reunión denegó su solicitud para unirse.',
    removed: 'Se le ha quitado de la reunión.',
    'meeting-ended': 'La reunión ha finalizado.',
    'lobby-timeout': 'Nadie le admitió, así que su solicitud para unirse ha caducado.',
    'call-failed': 'La llamada finalizó debido a un problema.',
    'no-microphone': 'No hay ningún micrófono conectado. Los demás no le oirán hasta que conecte uno.',
    'no-camera': 'No hay ninguna cámara conectada.',
    'microphone-switched': 'Se desconectó el micrófono. Ahora se usa otro micrófono.',
    'camera-switched': 'Se desconectó la cámara. Ahora se usa otra cámara.',
    'speaker-switched': 'Se desconectó el altavoz o los auriculares. El sonido se reproduce ahora en otro dispositivo.',
  },
  permissionHelp:
    'Para permitirlos, seleccione el icono de configuración del sitio a la izquierda de la barra de direcciones, establezca Cámara y Micrófono en Permitir e inténtelo de nuevo.',
  lobbyElapsed: 'Esperando desde hace {time}',
  actions: {
    rejoin: 'Volver a unirse',
    retry: 'Reintentar',
    cancel: 'Cancelar la unión',
    'fix-permissions': 'Reintentar',
    dismiss: 'Descartar',
  },
  dismiss: 'Descartar el aviso',
  unknown: 'Se produjo un error ({code}).',
} satisfies Catalog<'notices'>;
