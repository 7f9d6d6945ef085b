/**
 * Canadian French (fr-CA): consent, written as a delta over French (fr) (../fr/consent.ts): only the strings a native writer
 * changes for this region are here; the rest are French (fr)'s (see src/i18n/en/consent.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../fr/consent.js';

export default {
  ...base,
} satisfies Catalog<'consent'>;
