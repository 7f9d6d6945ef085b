/**
 * Canadian French (fr-CA): guest, written as a delta over French (fr) (../fr/guest.ts): only the strings a native writer
 * changes for this region are here; the rest are French (fr)'s (see src/i18n/en/guest.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../fr/guest.js';

export default {
  ...base,
} satisfies Catalog<'guest'>;
