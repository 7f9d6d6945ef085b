/**
 * Mexican Spanish (es-MX): identity, written as a delta over Spanish (es) (../es/identity.ts): only the strings a native writer
 * changes for this region are here; the rest are Spanish (es)'s (see src/i18n/en/identity.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../es/identity.js';

export default {
  ...base,
} satisfies Catalog<'identity'>;
