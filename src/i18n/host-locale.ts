/**
 * `<teams-meeting-join>`'s locale, off the pasted script (a lazy chunk, fetched only when the widget's first
 * language tag is not plain English): which supported locale its tags resolve to (src/core/i18n.ts, with the
 * LOCALES list and the fallbacks) and that locale's four core catalogs.
 */
import { resolveLocale, type Lang } from '../core/i18n.js';
import { loadCatalog } from './load.js';
import type { FullCoreStrings } from './types.js';

/** A part of the core strings (one area's catalog). */
export type CorePart = Partial<Omit<FullCoreStrings, 'errors'>> & { errors?: Partial<FullCoreStrings['errors']> };

/**
 * The locale for `tags` (the element's lang, its ancestors', `<html lang>`, the browser's languages, in that
 * order) and its core catalogs: [locale, [core, core-media, core-end, core-config]] (empty for English).
 */
export async function hostLocale(tags: readonly string[]): Promise<[Lang, CorePart[]]> {
  const lang = resolveLocale(tags, []);
  if (lang === 'en') return [lang, []];
  // All four core areas at once: a non-English visitor's pre-join needs core and core-media, the rest follows.
  const [core, media, end, config] = await Promise.all([
    loadCatalog(lang, 'core'),
    loadCatalog(lang, 'core-media'),
    loadCatalog(lang, 'core-end'),
    loadCatalog(lang, 'core-config'),
  ]);
  return [lang, [core ?? {}, media ?? {}, end ?? {}, config ? { errors: config } : {}]];
}
