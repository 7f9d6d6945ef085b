/**
 * Site string overrides (issue 15 req 5), a lazy chunk loaded only when a widget has any: its `strings`
 * property, a child `<script type="application/json" slot="strings">` and the JSON at its `strings-url`.
 * Format (the same for the three): flat keys `"<area>.<key>"` (nested keys dotted: `"core-end.errors.network"`),
 * each a string or, for plural strings, `{"one": …, "other": …}`; a top-level locale tag holds keys for that
 * locale only (`{"core.join": "Enter", "fr": {"core.join": "Entrer"}}`). Precedence: strings-url, then the
 * child script, then the property; a locale's keys over the global ones.
 *
 * Everything is page input and checked here: only own keys of plain objects, at most MAX_KEYS keys, values
 * of at most MAX_VALUE characters, strings or plural forms of strings, keys English has. Anything else is
 * dropped with a console warning (every problem, in development; a count otherwise); values are always shown
 * as text. strings-url: http(s) only, at most MAX_BYTES, a 5 s bound; a failed fetch keeps the other sources.
 */
import { DEV } from '../core/dev.js';
import { matchLocale } from '../core/i18n.js';
import type { AreaOverrides } from './apply.js';
import call from './en/call.js';
import compliance from './en/compliance.js';
import consent from './en/consent.js';
import core from './en/core.js';
import coreConfig from './en/core-config.js';
import coreEnd from './en/core-end.js';
import coreMedia from './en/core-media.js';
import identity from './en/identity.js';
import notices from './en/notices.js';
import people from './en/people.js';
import guest from './en/guest.js';
import type { Area } from './types.js';

import { withOverrides } from './apply.js';

export { withOverrides };
export type { AreaOverrides };

const ENGLISH: Record<Area, object> = {
  core,
  'core-config': coreConfig,
  'core-end': coreEnd,
  'core-media': coreMedia,
  identity,
  call,
  compliance,
  consent,
  notices,
  people,
  guest,
};
const MAX_KEYS = 2000;
const MAX_VALUE = 4000;
const MAX_BYTES = 256 * 1024;
const FETCH_TIMEOUT_MS = 5000;
const PLURAL_FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && [Object.prototype, null].includes(Object.getPrototypeOf(v));

/** Checked overrides: global keys and per-locale keys, each `area → nested partial`. */
export interface ParsedOverrides {
  readonly all: AreaOverrides;
  readonly byLocale: Readonly<Record<string, AreaOverrides>>;
}

/** What went wrong, for the warning. */
type Problems = string[];

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) node = (node[key] ??= Object.create(null)) as Record<string, unknown>;
  node[path[path.length - 1]!] = value;
}

/** The English value at `area.path`, or undefined when there is no such key. */
function englishAt(area: Area, path: readonly string[]): unknown {
  let node: unknown = ENGLISH[area];
  for (const key of path) {
    if (!node || typeof node !== 'object' || !own(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function checkValue(key: string, value: unknown, english: unknown, problems: Problems): unknown {
  const isPlural = !!english && typeof english === 'object' && own(english, 'other');
  if (typeof value === 'string') {
    if (value.length > MAX_VALUE) return void problems.push(`${key}: longer than ${MAX_VALUE} characters`);
    if (typeof english !== 'string' && !isPlural) return void problems.push(`${key}: not a string in the catalog (a group of keys)`);
    return value;
  }
  if (isPlural && isPlainObject(value)) {
    const forms: Record<string, string> = Object.create(null);
    for (const [form, text] of Object.entries(value)) {
      if (!PLURAL_FORMS.has(form) || typeof text !== 'string' || text.length > MAX_VALUE) {
        problems.push(`${key}.${form}: plural forms are zero, one, two, few, many, other, each a string`);
      } else forms[form] = text;
    }
    if (typeof forms['other'] !== 'string') return void problems.push(`${key}: plural forms need "other"`);
    return forms;
  }
  return void problems.push(`${key}: must be a string${isPlural ? ' or plural forms {"one": …, "other": …}' : ''}`);
}

/** Flat `"area.key"` entries into `area → nested partial`; unknown keys and bad values go to `problems`. */
function parseTable(input: Record<string, unknown>, problems: Problems, count: { n: number }): AreaOverrides {
  const out: Record<string, Record<string, unknown>> = Object.create(null);
  for (const [key, value] of Object.entries(input)) {
    if (++count.n > MAX_KEYS) {
      problems.push(`more than ${MAX_KEYS} keys: the rest are ignored`);
      break;
    }
    const [area, ...path] = key.split('.') as [Area, ...string[]];
    if (!own(ENGLISH, area) || path.length === 0) {
      problems.push(`${key}: unknown key (keys are "<area>.<key>", areas ${Object.keys(ENGLISH).join(', ')})`);
      continue;
    }
    if (path.some((p) => !p || p === '__proto__' || p === 'constructor' || p === 'prototype')) {
      problems.push(`${key}: not a key`);
      continue;
    }
    const english = englishAt(area, path);
    if (english === undefined) {
      problems.push(`${key}: unknown key (no such string in the ${area} catalog)`);
      continue;
    }
    const checked = checkValue(key, value, english, problems);
    if (checked !== undefined) setPath((out[area] ??= Object.create(null)), path, checked);
  }
  return out as AreaOverrides;
}

/** A top-level key that is a language tag: its locale (`pt` → `pt-BR`), else the canonical tag itself. */
function localeKey(key: string): string | undefined {
  try {
    const [tag] = Intl.getCanonicalLocales(key);
    return tag ? (matchLocale(tag) ?? tag) : undefined;
  } catch {
    return undefined;
  }
}

/** Checks one source (already JSON-parsed or the property's object). */
export function parseOverrides(input: unknown, source: string, problems: Problems = []): ParsedOverrides {
  const empty: ParsedOverrides = { all: {}, byLocale: {} };
  if (input === undefined || input === null) return empty;
  if (!isPlainObject(input)) {
    problems.push(`${source}: must be an object of "<area>.<key>": "text" entries`);
    return empty;
  }
  const count = { n: 0 };
  const flat: Record<string, unknown> = Object.create(null);
  const byLocale: Record<string, AreaOverrides> = Object.create(null);
  for (const [key, value] of Object.entries(input)) {
    const locale = !key.includes('.') && isPlainObject(value) ? localeKey(key) : undefined;
    if (locale) byLocale[locale] = parseTable(value as Record<string, unknown>, problems, count);
    else flat[key] = value;
  }
  return { all: parseTable(flat, problems, count), byLocale };
}

function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = Object.assign(Object.create(null), a);
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] = isPlainObjectish(cur) && isPlainObjectish(v) && !own(v, 'other') ? deepMerge(cur, v) : v;
  }
  return out;
}
const isPlainObjectish = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Several sources in precedence order (later wins), resolved for `lang`: any source's keys for that locale
 * over every source's global keys.
 */
export function resolveOverrides(sources: readonly ParsedOverrides[], lang: string): AreaOverrides | undefined {
  let out: Record<string, unknown> = Object.create(null);
  for (const s of sources) out = deepMerge(out, s.all as Record<string, unknown>);
  for (const s of sources) out = deepMerge(out, (s.byLocale[lang] ?? {}) as Record<string, unknown>);
  return Object.keys(out).length ? (out as AreaOverrides) : undefined;
}

/** Fetches `strings-url`: http(s), at most MAX_BYTES, within FETCH_TIMEOUT_MS; JSON. */
export async function fetchOverrides(url: string, base: string, signal: AbortSignal | undefined, problems: Problems): Promise<unknown> {
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return void problems.push(`strings-url: not a URL`);
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return void problems.push(`strings-url: only http(s) addresses are fetched`);
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  try {
    const res = await fetch(target, { credentials: 'same-origin', signal: signal && 'any' in AbortSignal ? AbortSignal.any([signal, timeout]) : timeout });
    if (!res.ok) return void problems.push(`strings-url: HTTP ${res.status}`);
    const text = await res.text();
    if (text.length > MAX_BYTES) return void problems.push(`strings-url: larger than ${MAX_BYTES} bytes`);
    return JSON.parse(text);
  } catch (error) {
    return void problems.push(`strings-url: ${error instanceof SyntaxError ? 'not JSON' : 'could not be fetched'}`);
  }
}

/** Parses a child script's JSON text. */
export function parseScript(text: string | null | undefined, problems: Problems): unknown {
  if (!text?.trim()) return undefined;
  if (text.length > MAX_BYTES) return void problems.push(`<script slot="strings">: larger than ${MAX_BYTES} bytes`);
  try {
    return JSON.parse(text);
  } catch {
    return void problems.push(`<script slot="strings">: not JSON`);
  }
}

/** Every source of one widget, checked, in precedence order; problems are logged (each in development). */
export async function collectOverrides(
  options: { property: unknown; script: string | null | undefined; url: string | undefined; base: string; signal?: AbortSignal },
): Promise<ParsedOverrides[]> {
  const problems: Problems = [];
  const fromUrl = options.url ? await fetchOverrides(options.url, options.base, options.signal, problems) : undefined;
  const sources = [
    parseOverrides(fromUrl, 'strings-url', problems),
    parseOverrides(parseScript(options.script, problems), '<script slot="strings">', problems),
    parseOverrides(options.property, 'strings property', problems),
  ];
  if (problems.length) {
    if (DEV) console.warn(`[teams-meeting-join] string overrides: ${problems.length} ignored:\n  ${problems.join('\n  ')}`);
    else console.warn(`[teams-meeting-join] ${problems.length} string override(s) ignored (set window.TMJ_DEV = true for details)`);
  }
  return sources;
}

/** The host's four core areas merged into its strings object (they share one key space). */
export function applyCore<T>(strings: T, overrides: AreaOverrides | undefined): T {
  if (!overrides) return strings;
  let out = strings;
  for (const area of ['core', 'core-media', 'core-end', 'core-config'] as const) {
    const partial = overrides[area];
    // core-config is a flat table of error messages; in the host's strings it is `errors`.
    if (partial) out = withOverrides(out, area === 'core-config' ? { errors: partial } : partial);
  }
  return out;
}

/** Applies a widget's overrides to its core strings for a locale: [the strings, the overrides by area]. */
export type HostOverrides = <T>(strings: T, lang: string) => [T, AreaOverrides | undefined];

/**
 * What `<teams-meeting-join>` calls: its three sources read and checked (`strings`, the first child
 * `<script type="application/json" slot="strings">`, `strings-url`); undefined when it has none.
 */
export async function hostOverrides(
  el: HTMLElement & { strings?: unknown; stringsUrl?: string },
  signal?: AbortSignal,
): Promise<HostOverrides | undefined> {
  const script = [...el.children].find((c) => c.matches('script[type="application/json"][slot="strings"]'));
  if (!el.strings && !el.stringsUrl && !script) return undefined;
  const sources = await collectOverrides({ property: el.strings, script: script?.textContent, url: el.stringsUrl, base: document.baseURI, signal });
  return (strings, lang) => {
    const resolved = resolveOverrides(sources, lang);
    return [applyCore(strings, resolved), resolved];
  };
}
