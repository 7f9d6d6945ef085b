import callStringsEn from '../../i18n/en/call.js';
import { loadCatalog } from '../../i18n/load.js';
import type { CallStrings } from '../../i18n/types.js';

export type { CallStrings };
export { callStringsEn };

/** English is bundled with the in-call view; other locales are lazy chunks (src/i18n/<locale>/call.ts). */
export async function loadCallStrings(lang: string | undefined): Promise<CallStrings> {
  return (lang && (await loadCatalog(lang, 'call'))) || callStringsEn;
}

/** Fills `{name}` placeholders. Values are inserted as text by the caller's template, never as HTML. */
export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

const RTL_CHARS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * A person's name for a sentence ("{name} is typing…", "{name} (you)"): wrapped in Unicode isolates (FSI…PDI)
 * when its direction may differ from the UI's (any name in a right-to-left UI, a Hebrew or Arabic name in a
 * left-to-right one), so "(you)" and the punctuation stay where the UI's language puts them.
 */
export function isolate(name: string, rtlUi: boolean): string {
  return rtlUi || RTL_CHARS.test(name) ? `\u2068${name}\u2069` : name;
}

/** Whether `el` is laid out right-to-left (its `dir` from the widget's shadow tree). */
export function isRtl(el: Element): boolean {
  try {
    return el.matches(':dir(rtl)');
  } catch {
    return getComputedStyle(el).direction === 'rtl';
  }
}

/** Up to two initials for an avatar; falls back to '?' for names without letters. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  if (words.length === 0) return '?';
  const first = [...words[0]!][0] ?? '';
  const last = words.length > 1 ? ([...words[words.length - 1]!][0] ?? '') : '';
  return (first + last).toUpperCase();
}
