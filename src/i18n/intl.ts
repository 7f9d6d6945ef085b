/**
 * Locale-aware formatting for the lazily loaded UI (never the pasted script): plurals through
 * Intl.PluralRules, numbers, clock times through Intl.DateTimeFormat, durations through Intl.DurationFormat
 * where the browser has it (else m:ss with the locale's digits), lists through Intl.ListFormat. Formatters are
 * cached per locale; `lang` is always a resolved locale (src/core/i18n.ts), and a tag Intl refuses falls back
 * to English rather than throwing.
 */
import { format } from '../core/i18n.js';
import type { Plural } from './types.js';

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}
/** `new Intl.X(lang, options)`, or English when the engine refuses the tag. */
function make<T>(ctor: new (lang: string, options?: object) => T, lang: string, options?: object): T {
  try {
    return new ctor(lang, options);
  } catch {
    return new ctor('en', options);
  }
}

/** `count` in the locale's digits and grouping (1,234 · 1 234 · ١٬٢٣٤). */
export const formatNumber = (lang: string, count: number): string =>
  cached(`n ${lang}`, () => make(Intl.NumberFormat, lang)).format(count);

/**
 * The plural form of `forms` for `count` (Intl.PluralRules: one/two/few/many/zero/other as the locale needs),
 * with `{count}` in the locale's digits and any other placeholders from `values`. A plain string is used as is.
 */
export function plural(lang: string, forms: Plural | string, count: number, values: Record<string, string | number> = {}): string {
  const template =
    typeof forms === 'string' ? forms : (forms[cached(`p ${lang}`, () => make(Intl.PluralRules, lang)).select(count)] ?? forms.other);
  return format(template, { ...values, count: formatNumber(lang, count) });
}

/** A clock time like 14:05 or 2:05 PM. */
export const formatTime = (lang: string, date: Date): string =>
  cached(`t ${lang}`, () => make(Intl.DateTimeFormat, lang, { hour: 'numeric', minute: '2-digit' })).format(date);

interface DurationFormatLike {
  format(duration: { hours?: number; minutes?: number; seconds?: number }): string;
}
type DurationFormatCtor = new (lang: string, options?: object) => DurationFormatLike;

/**
 * Elapsed time as a timer shows it (02:05, 1:02:05): Intl.DurationFormat's digital style where it exists (its
 * separators and digits: `02.05` in Finnish, `۰۲:۰۵` in Persian), else mm:ss / h:mm:ss in the locale's digits.
 * `DurationFormat`: the constructor to use (tests pass null to take the fallback).
 */
export function formatDuration(
  lang: string,
  ms: number,
  DurationFormat: DurationFormatCtor | null | undefined = (Intl as { DurationFormat?: DurationFormatCtor }).DurationFormat,
): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [hours, minutes, seconds] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  if (DurationFormat) {
    const df = cached(`d ${lang} ${DurationFormat.name}`, () => make(DurationFormat, lang, { style: 'digital', hoursDisplay: 'auto' }));
    return df.format({ hours, minutes, seconds });
  }
  const two = cached(`2 ${lang}`, () => make(Intl.NumberFormat, lang, { minimumIntegerDigits: 2, useGrouping: false }));
  return `${hours > 0 ? `${formatNumber(lang, hours)}:` : ''}${two.format(minutes)}:${two.format(seconds)}`;
}

/** "Ann, Bea and Cal" in the locale's words. */
export const formatList = (lang: string, items: readonly string[]): string =>
  cached(`l ${lang}`, () => make(Intl.ListFormat, lang, { type: 'conjunction' })).format(items);
