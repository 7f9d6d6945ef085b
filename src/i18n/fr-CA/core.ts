/**
 * Canadian French (fr-CA): core, written as a delta over French (fr) (../fr/core.ts): only the strings a native writer
 * changes for this region are here; the rest are French (fr)'s (see src/i18n/en/core.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../fr/core.js';

export default {
  ...base,
} satisfies Catalog<'core'>;
