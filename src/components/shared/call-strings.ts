import { callStringsEn, type CallStrings } from '../../i18n/call-en.js';

export type CallLang = 'en' | 'fr' | 'de';
export type { CallStrings };
export { callStringsEn };

/** English is bundled; French and German are separate lazy chunks fetched only when `lang` asks for them. */
export async function loadCallStrings(lang: string | undefined): Promise<CallStrings> {
  if (lang === 'fr') return (await import('../../i18n/call-fr.js')).callStringsFr;
  if (lang === 'de') return (await import('../../i18n/call-de.js')).callStringsDe;
  return callStringsEn;
}

/** Fills `{name}` placeholders. Values are inserted as text by the caller's template, never as HTML. */
export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

/** Up to two initials for an avatar; falls back to '?' for names without letters. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  if (words.length === 0) return '?';
  const first = [...words[0]!][0] ?? '';
  const last = words.length > 1 ? ([...words[words.length - 1]!][0] ?? '') : '';
  return (first + last).toUpperCase();
}
