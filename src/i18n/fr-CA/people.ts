/**
 * Canadian French (fr-CA): people, written as a delta over French (fr) (../fr/people.ts): only the strings a native writer
 * changes for this region are here; the rest are French (fr)'s (see src/i18n/en/people.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../fr/people.js';

export default {
  ...base,
} satisfies Catalog<'people'>;
