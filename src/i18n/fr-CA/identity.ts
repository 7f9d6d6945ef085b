/**
 * Canadian French (fr-CA): identity, written as a delta over French (fr) (../fr/identity.ts): only the strings a native writer
 * changes for this region are here; the rest are French (fr)'s (see src/i18n/en/identity.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../fr/identity.js';

export default {
  ...base,
  legend: 'Comment voulez-vous rejoindre la réunion?',
} satisfies Catalog<'identity'>;
