/**
 * Locale matching (DOM-free apart from reading `navigator.languages`). The catalogs are data in
 * `src/i18n/<locale>/<area>.ts`, loaded by `src/i18n/load.ts`; English pre-join strings are in the pasted script.
 * Not imported by the pasted script (it would carry the whole list): the host element resolves its locale through
 * the lazy src/i18n/host-locale.ts and takes `dir` from ./dir.ts.
 */

/** A supported locale tag, one of LOCALES (`'en'`, `'fr'`, `'pt-BR'`…). */
export type Lang = string;

/** Every locale with a catalog folder in src/i18n (the build checks the folders against this list). */
/** `qps-ploc` is the pseudo-locale, generated at build time (.ci/pseudo-locale.mjs): accented and 40 % longer. */
export const LOCALES: readonly Lang[] = 'en fr de es pt-BR ar he fa ur it ru pl nl sv da zh-CN zh-TW nb fi uk cs sk hu pt-PT ca cy ja ko ro bg hr sr-Latn sl el es-MX fr-CA en-GB hi id th vi tr qps-ploc'.split(' ');

export { dirOf } from './dir.js';

/**
 * The supported locale for a BCP 47 tag, or undefined. An exact tag wins (`fr-CA`, `pt-PT`); otherwise the
 * likely script and region decide (Intl.Locale#maximize): Chinese by script (`zh-HK` → `zh-TW`, `zh-SG` →
 * `zh-CN`), Portuguese by region (`pt` → `pt-BR`, `pt-AO` → `pt-PT`), Spanish outside Spain → `es-MX`
 * (`es-419`, `es-US`…), English of the Commonwealth → `en-GB`, Norwegian → `nb`, Serbian by script (`sr-Latn-RS`,
 * `sr-ME` → `sr-Latn`; `sr`, `sr-RS`, `sr-Cyrl` too while Latin, the script Teams' Serbian UI uses, is the only one
 * there); then the language alone.
 */
export function matchLocale(tag: string): Lang | undefined {
  const has = (t: string) => LOCALES.find((l) => l.toLowerCase() === t.toLowerCase());
  let loc: Intl.Locale;
  try {
    loc = new Intl.Locale(tag.trim().replace(/_/g, '-'));
  } catch {
    return undefined;
  }
  const exact = has(loc.baseName);
  if (exact) return exact;
  const { language: l, script: s, region: r = '' } = loc.maximize();
  const special =
    l == 'zh'
      ? s == 'Hant' ? 'zh-TW' : 'zh-CN'
      : l == 'pt'
        ? r == 'BR' ? 'pt-BR' : 'pt-PT'
        : l == 'es'
          ? r == 'ES' ? 'es' : 'es-MX'
          : l == 'en' && 'AU GB GG GI HK IE IM IN JE MT NZ SG ZA'.includes(r)
            ? 'en-GB'
            : l == 'no' || l == 'nn'
              ? 'nb'
              : l == 'sr' ? has('sr-' + s) ?? 'sr-Latn' : l + '-' + r;
  return has(special) ?? has(l);
}

/**
 * Picks the UI locale: the first entry of `declared` that has a supported locale (the element's `lang`, then
 * its ancestors' across shadow roots, then `<html lang>`), else the first of `preferences` (the browser's
 * languages by default), else English. A declared but unsupported language (`lang="sw"`) is skipped: the
 * visitor's own browser languages are a better guess than English.
 */
export function resolveLocale(declared: Iterable<string | null | undefined>, preferences?: readonly string[]): Lang {
  for (const tag of [...declared, ...(preferences ?? navigator.languages)]) {
    const lang = tag && matchLocale(tag);
    if (lang) return lang;
  }
  return 'en';
}

/** One requested tag (an already resolved locale from the host, or an element's `lang`). */
export const resolveLang = (requested?: string | null, preferences?: readonly string[]): Lang =>
  resolveLocale([requested], preferences);

/** Fills `{name}` placeholders; the result is inserted as text, never as HTML. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
