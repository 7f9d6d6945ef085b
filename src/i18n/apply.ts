/**
 * Merging a site's string overrides into a catalog (src/i18n/overrides.ts parses and checks them). Tiny and
 * shape-preserving: only paths the catalog has are replaced, so an override can never add a key or change
 * a nested table into a string.
 */
import type { Area, Catalogs } from './types.js';

/** Overrides already checked and resolved for one widget's locale, by area: nested partial catalogs. */
export type AreaOverrides = { readonly [A in Area]?: DeepPartial<Catalogs[A]> };
type DeepPartial<T> = { readonly [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> | string };

/** `catalog` with `partial`'s values at the paths it has (a plural's forms may be replaced by one string). */
export function withOverrides<T>(catalog: T, partial: unknown): T {
  if (!partial || typeof partial !== 'object') return catalog;
  const out = { ...catalog } as Record<string, unknown>;
  for (const [key, value] of Object.entries(partial)) {
    if (!Object.prototype.hasOwnProperty.call(out, key)) continue;
    const current = out[key];
    if (typeof value === 'string') {
      if (typeof current === 'string' || (current && typeof current === 'object' && 'other' in current)) out[key] = value;
    } else if (current && typeof current === 'object') out[key] = withOverrides(current, value);
  }
  return out as T;
}
