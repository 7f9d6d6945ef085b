/**
 * Mexican Spanish (es-MX): call, written as a delta over Spanish (es) (../es/call.ts): only the strings a native writer
 * changes for this region are here; the rest are Spanish (es)'s (see src/i18n/en/call.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../es/call.js';

export default {
  ...base,
  lobbyHint: 'Se avisó al organizador de la reunión de que está aquí.',
  joinedAnnouncement: '{name} se unió',
  leftAnnouncement: '{name} salió',
  gallery: 'Galería de video',
  videoNotAllowed: 'El organizador no le permite activar el video',
  videoNeedsConsent: 'Acepte la grabación y la transcripción para activar el video',
} satisfies Catalog<'call'>;
