/**
 * Mexican Spanish (es-MX): core-config, written as a delta over Spanish (es) (../es/core-config.ts): only the strings a native writer
 * changes for this region are here; the rest are Spanish (es)'s (see src/i18n/en/core-config.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../es/core-config.js';

export default {
  ...base,
  'link-unsafe-scheme': 'El vínculo de la reunión no es una dirección web y se rechazó.',
  'link-webinar-unsupported': 'No es posible unirse desde esta página a seminarios web, reuniones generales ni eventos en vivo.',
} satisfies Catalog<'core-config'>;
