// Teams terminology side by side (issue 15 req 6): `node .ci/i18n-terms.mjs [locale…] [--term=lobby,leave]`
// after `npm run build:ts`. Reads the compiled catalogs in build/esm/i18n/<locale>/<area>.js, as .ci/i18n-check.mjs
// does, and prints per core Teams term (lobby, meeting chat, raise hand, mute/unmute, camera, share screen, leave,
// recording, transcription, captions, breakout room, organizer) the string every locale uses, so a reviewer can
// compare them against Microsoft's localized Teams pages. `--untranslated` lists, per locale, every value
// identical to English (see untranslated() below, which the build's i18n check also prints as a warning).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Term → the catalog keys (`area:path`) that carry it, the first being the term on its own. */
export const TERMS = {
  lobby: ['core-end:lobby', 'people:lobby', 'call:lobbyTitle'],
  'meeting chat': ['call:chatTitle', 'call:chat'],
  'raise hand': ['call:raiseHand', 'call:handOnAnnounce', 'call:handOffAnnounce', 'people:handRaised'],
  'mute/unmute': ['call:muted', 'call:unmuteNotAllowed', 'notices:messages.muted-by-others'],
  camera: ['call:camera', 'call:cameraOnAnnounce'],
  'share screen': ['call:share', 'call:shareOnAnnounce'],
  leave: ['call:leave', 'core-end:leave', 'consent:leave'],
  recording: ['compliance:indicatorRecording', 'compliance:recording-started'],
  transcription: ['compliance:indicatorTranscribing', 'compliance:transcription-started'],
  captions: ['guest:captions', 'guest:captionsRegion'],
  'breakout room': ['guest:breakoutIn', 'guest:breakoutReturn'],
  organizer: ['people:organizer', 'core-end:endedHint'],
};

/**
 * Values that may equal English in any locale: brand and product names, shortcuts, placeholders only, and
 * words many languages borrow as is (Chat in de/nl/sv…, OK). Per-locale exceptions in ALLOW.
 */
const ALLOW_VALUES = new Set(['Chat', 'Microsoft Teams', 'Teams', 'OK', 'Spotlight', 'Like', 'Emoji']);
/**
 * Locale → values (or `area:path` keys) identical to English that are right in that language, checked by a reader:
 * the word is the same (Camera in nl/cy/vi, Send in da/nb, Image in fr, File in it/id, Speaker in Microsoft's
 * Indonesian UI, "participant" as the singular in fr/ca/ro). `*`: the whole locale may equal English (en-GB).
 */
export const ALLOW = {
  'en-GB': ['*'],
  ca: ['{count} participant', '{count} participants'],
  cy: ['Camera'],
  da: ['Send'],
  fr: ['[image]', 'Image', '{count} participant', '{count} participants'],
  'fr-CA': ['[image]', 'Image', '{count} participant', '{count} participants'],
  id: ['Speaker', 'File'],
  it: ['File'],
  nb: ['Send'],
  nl: ['Camera'],
  ro: ['{count} participant'],
  vi: ['Camera'],
};

const isPlural = (v) => !!v && typeof v === 'object' && typeof v.other === 'string';
function leaves(obj, path = []) {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' && !isPlural(v) ? leaves(v, [...path, k]) : [[[...path, k].join('.'), v]],
  );
}
const text = (v) => (isPlural(v) ? v.other : String(v ?? '—'));

/** Every locale's catalogs as Map<'area:path', value>. */
export async function loadCatalogs(esmDir = join(ROOT, 'build/esm')) {
  const i18nDir = join(esmDir, 'i18n');
  if (!existsSync(join(i18nDir, 'en'))) throw new Error(`${i18nDir}/en is missing: run npm run build:ts first`);
  const load = async (file) => (await import(`${pathToFileURL(file).href}?t=${statSync(file).mtimeMs}`)).default;
  const out = new Map();
  for (const locale of readdirSync(i18nDir).filter((f) => statSync(join(i18nDir, f)).isDirectory())) {
    const cat = new Map();
    for (const f of readdirSync(join(i18nDir, locale)).filter((x) => x.endsWith('.js'))) {
      const area = f.slice(0, -3);
      for (const [k, v] of leaves(await load(join(i18nDir, locale, f)))) cat.set(`${area}:${k}`, v);
    }
    out.set(locale, cat);
  }
  return out;
}

/** Whether a value has a word to translate at all (not only placeholders, digits, punctuation or shortcuts). */
const hasWords = (s) => /\p{L}{2,}/u.test(s.replace(/\{\w+\}/g, '').replace(/\b(?:Ctrl|Alt|Shift)\+\S+/g, ''));

/** Per locale, the keys whose value is identical to English's (likely untranslated), minus the allow-lists. */
export function untranslated(catalogs) {
  const en = catalogs.get('en');
  const out = new Map();
  for (const [locale, cat] of catalogs) {
    if (locale === 'en' || locale.startsWith('en-') || locale === 'pseudo' || locale.startsWith('x-')) continue;
    const allow = new Set(ALLOW[locale] ?? []);
    if (allow.has('*')) continue;
    const same = [];
    for (const [key, v] of cat) {
      const e = en.get(key);
      if (e === undefined || allow.has(key)) continue;
      const forms = isPlural(v) ? Object.values(v) : [v];
      const eng = isPlural(e) ? Object.values(e) : [e];
      for (const f of forms) {
        if (typeof f === 'string' && eng.includes(f) && hasWords(f) && !ALLOW_VALUES.has(f.trim()) && !allow.has(f)) {
          same.push(`${key} = ${JSON.stringify(f)}`);
          break;
        }
      }
    }
    if (same.length) out.set(locale, same);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const termArg = args.find((a) => a.startsWith('--term='));
  const wanted = termArg ? termArg.slice(7).split(',') : Object.keys(TERMS);
  const catalogs = await loadCatalogs();
  const only = args.filter((a) => !a.startsWith('--'));
  const locales = [...catalogs.keys()].filter((l) => !only.length || only.includes(l) || l === 'en').sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
  if (!args.includes('--untranslated')) {
    for (const term of wanted) {
      const keys = TERMS[term];
      if (!keys) { console.error(`unknown term ${term}; terms: ${Object.keys(TERMS).join(', ')}`); process.exit(2); }
      console.log(`\n== ${term} (${keys.join(', ')})`);
      for (const l of locales) console.log(`${l.padEnd(8)}${keys.map((k) => text(catalogs.get(l).get(k))).join('  |  ')}`);
    }
  }
  const same = untranslated(catalogs);
  console.log(`\n== identical to English (possibly untranslated): ${[...same.values()].flat().length} value(s)`);
  for (const [l, list] of same) if (!only.length || only.includes(l)) for (const s of list) console.log(`${l.padEnd(8)}${s}`);
}
