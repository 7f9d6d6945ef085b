/**
 * Mexican Spanish (es-MX): core-end, written as a delta over Spanish (es) (../es/core-end.ts): only the strings a native writer
 * changes for this region are here; the rest are Spanish (es)'s (see src/i18n/en/core-end.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../es/core-end.js';

export default {
  ...base,
  endedTitle: 'La reunión terminó',
  removedTitle: 'Se le quitó de la reunión',
  deniedTitle: 'No se le admitió',
  removedHint: 'Alguien de la reunión le quitó de ella. Puede solicitar unirse de nuevo.',
  errors: {
    ...base.errors,
    'mic-muted-by-system': 'El dispositivo silenció el micrófono. Compruebe su interruptor de silencio o la configuración de sonido del sistema.',
    removed: 'Se le quitó de la reunión.',
    'meeting-ended': 'La reunión terminó.',
    'lobby-timeout': 'Nadie le admitió, así que su solicitud para unirse expiró.',
    'chat-html-blocked': 'La política de seguridad de esta página (Trusted Types) no permite mensajes de chat con formato, así que se muestran como texto sin formato. El sitio puede permitir el nombre de política \'dompurify\'.',
  },
} satisfies Catalog<'core-end'>;
