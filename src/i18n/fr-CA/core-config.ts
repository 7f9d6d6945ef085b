/**
 * Canadian French (fr-CA): core-config, written as a delta over French (fr) (../fr/core-config.ts): only the strings a native writer
 * changes for this region are here; the rest are French (fr)'s (see src/i18n/en/core-config.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../fr/core-config.js';

export default {
  ...base,
} satisfies Catalog<'core-config'>;
