/**
 * Canadian French (fr-CA): core-end, written as a delta over French (fr) (../fr/core-end.ts): only the strings a native writer
 * changes for this region are here; the rest are French (fr)'s (see src/i18n/en/core-end.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../fr/core-end.js';

export default {
  ...base,
  errors: {
    ...base.errors,
    'chat-unavailable': 'Le clavardage n’est pas disponible.',
    'chat-load-failed': 'Le clavardage n’a pas pu être chargé.',
    'chat-polling': 'Le clavardage se met à jour lentement.',
    'm365-popup-blocked': 'Votre navigateur a bloqué la fenêtre de connexion. Autorisez les fenêtres contextuelles pour ce site, puis réessayez.',
  },
} satisfies Catalog<'core-end'>;
