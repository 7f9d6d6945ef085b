/**
 * Canadian French (fr-CA): compliance, written as a delta over French (fr) (../fr/compliance.ts): only the strings a native writer
 * changes for this region are here; the rest are French (fr)'s (see src/i18n/en/compliance.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../fr/compliance.js';

export default {
  ...base,
} satisfies Catalog<'compliance'>;
