/**
 * The one catalog loader, for every locale and area: `import()` of `./<locale>/<area>.js`, a lazy chunk each.
 * No per-language code: a new locale is a new folder (and its tag in LOCALES). The build keeps the template
 * (rollup.config.mjs puts the catalogs at `cdn/i18n/<locale>/<area>.js` and points the template there;
 * `dist/i18n/` keeps the source layout, which bundlers resolve as a glob).
 */
import { LOCALES } from '../core/i18n.js';
import type { Area, Catalogs } from './types.js';

/**
 * The catalog of `area` for `locale`; undefined for English (the caller bundles it), an unknown locale or a
 * chunk that fails to load (offline, a moved folder), so the caller falls back to English, never a broken UI.
 */
export async function loadCatalog<A extends Area>(locale: string, area: A): Promise<Catalogs[A] | undefined> {
  // Only known tags reach import(): `lang` is page input.
  if (locale != 'en' && LOCALES.includes(locale)) {
    try {
      return (await import(`./${locale}/${area}.js`)).default as Catalogs[A];
    } catch {
      // English instead.
    }
  }
  return undefined;
}
