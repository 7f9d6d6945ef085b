/**
 * Mexican Spanish (es-MX): people, written as a delta over Spanish (es) (../es/people.ts): only the strings a native writer
 * changes for this region are here; the rest are Spanish (es)'s (see src/i18n/en/people.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../es/people.js';

export default {
  ...base,
} satisfies Catalog<'people'>;
