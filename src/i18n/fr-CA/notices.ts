/**
 * Canadian French (fr-CA): notices, written as a delta over French (fr) (../fr/notices.ts): only the strings a native writer
 * changes for this region are here; the rest are French (fr)'s (see src/i18n/en/notices.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../fr/notices.js';

export default {
  ...base,
} satisfies Catalog<'notices'>;
