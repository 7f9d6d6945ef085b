/**
 * Canadian French (fr-CA): call, written as a delta over French (fr) (../fr/call.ts): only the strings a native writer
 * changes for this region are here; the rest are French (fr)'s (see src/i18n/en/call.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../fr/call.js';

export default {
  ...base,
  chat: 'Clavardage',
  chatUnread: { one: 'Clavardage, {count} non lu', many: 'Clavardage, {count} de non lus', other: 'Clavardage, {count} non lus' },
  shortcutsHint: 'Raccourcis : Ctrl+Maj+M micro, Ctrl+Maj+O caméra, Ctrl+Maj+E partager l’écran, Ctrl+Maj+K lever la main, Ctrl+Maj+H quitter, Alt+Maj+C clavardage, Alt+Maj+P participants.',
  chatTitle: 'Clavardage de la réunion',
  chatReasonNotJoined: 'Le clavardage est disponible une fois que vous êtes dans la réunion.',
  chatReasonChannel: 'Cette réunion a été planifiée dans un canal Teams, où les invités ne peuvent pas utiliser le clavardage.',
  chatReasonTeamsIdentity: 'Le clavardage n’est pas encore pris en charge avec un compte Teams.',
  chatReasonDisabled: 'Le clavardage a été désactivé sur ce site.',
  chatReasonNoEndpoint: 'Le clavardage n’est pas configuré sur ce site.',
  chatReasonError: 'Le clavardage n’a pas pu démarrer. Réessayez plus tard.',
} satisfies Catalog<'call'>;
