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
    'm365-popup-blocked': 'Votre navigateur a bloqué la fenêtre de connexion. Autorisez les fenêtres contextuelles pour ce site, puis réessayez.',
  },
} satisfies Catalog<'core-end'>;
