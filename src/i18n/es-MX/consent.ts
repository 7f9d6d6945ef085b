/**
 * Mexican Spanish (es-MX): consent, written as a delta over Spanish (es) (../es/consent.ts): only the strings a native writer
 * changes for this region are here; the rest are Spanish (es)'s (see src/i18n/en/consent.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../es/consent.js';

export default {
  ...base,
  recording: 'La reunión se está grabando: la grabación incluye su voz, su video y todo lo que comparta en pantalla.',
  privacy: 'Cómo se usan sus datos (política de privacidad)',
} satisfies Catalog<'consent'>;
