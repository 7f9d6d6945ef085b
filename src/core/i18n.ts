/**
 * Language resolution and lazy string loading (DOM-free apart from reading `navigator.languages`).
 * English strings are bundled in the pasted script; French and German are separate chunks, loaded only
 * when the resolved language asks for them. Every UI area reuses `loadStrings` with its own tables.
 */
export type Lang = 'en' | 'fr' | 'de';

export const LANGS: readonly Lang[] = ['en', 'fr', 'de'];

function supported(tag: string): Lang | undefined {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] as Lang;
  return LANGS.includes(base) ? base : undefined;
}

/**
 * Picks the UI language. An explicit `lang` wins ('fr-CA' → 'fr'); an explicit but unsupported one gives
 * English rather than a mix of the page's and the browser's languages. Without one, the first supported
 * entry of `preferences` (the browser's languages by default) is used, else English.
 */
export function resolveLang(requested?: string | null, preferences?: readonly string[]): Lang {
  if (requested && requested.trim()) return supported(requested) ?? 'en';
  const prefs =
    preferences ??
    (typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language]);
  for (const tag of prefs) {
    const lang = tag ? supported(tag) : undefined;
    if (lang) return lang;
  }
  return 'en';
}

/**
 * Returns the strings for `lang`: `en` synchronously bundled, others through their lazy loader.
 * A chunk that fails to load (offline, moved folder) falls back to English instead of breaking the UI.
 *
 *   loadStrings(lang, { fr: () => import('../i18n/x-fr.js').then((m) => m.xStringsFr), de: … }, xStringsEn)
 */
export async function loadStrings<T>(
  lang: Lang,
  loaders: { readonly fr: () => Promise<T>; readonly de: () => Promise<T> },
  en: T,
): Promise<T> {
  if (lang === 'en') return en;
  try {
    return await loaders[lang]();
  } catch {
    return en;
  }
}

/** Fills `{name}` placeholders; the result is inserted as text, never as HTML. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
