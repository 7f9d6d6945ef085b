/**
 * Mexican Spanish (es-MX): core, written as a delta over Spanish (es) (../es/core.ts): only the strings a native writer
 * changes for this region are here; the rest are Spanish (es)'s (see src/i18n/en/core.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../es/core.js';

export default {
  ...base,
} satisfies Catalog<'core'>;
