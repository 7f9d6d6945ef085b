/**
 * Canadian French (fr-CA): core-media, written as a delta over French (fr) (../fr/core-media.ts): only the strings a native writer
 * changes for this region are here; the rest are French (fr)'s (see src/i18n/en/core-media.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../fr/core-media.js';

export default {
  ...base,
} satisfies Catalog<'core-media'>;
