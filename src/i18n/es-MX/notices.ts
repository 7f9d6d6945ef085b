/**
 * Mexican Spanish (es-MX): notices, written as a delta over Spanish (es) (../es/notices.ts): only the strings a native writer
 * changes for this region are here; the rest are Spanish (es)'s (see src/i18n/en/notices.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../es/notices.js';

export default {
  ...base,
  messages: {
    ...base.messages,
    reconnected: 'Se volvió a conectar.',
    'muted-by-others': 'Alguien de la reunión silenció su micrófono.',
    network: 'La conexión de red es inestable. Puede que el audio y el video sean de baja calidad.',
    'device-failed': 'La cámara o el micrófono dejaron de funcionar.',
    removed: 'Se le quitó de la reunión.',
    'meeting-ended': 'La reunión terminó.',
    'lobby-timeout': 'Nadie le admitió, así que su solicitud para unirse expiró.',
  },
} satisfies Catalog<'notices'>;
