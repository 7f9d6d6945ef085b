// npm run build (after tsc): the string catalogs are complete and consistent. Reads the compiled catalogs in
// build/esm/i18n/<locale>/<area>.js (plain data) and the sources in src/. Fails the build on:
//  - a locale folder that is not in LOCALES (src/core/i18n.ts), or a LOCALES entry without a folder;
//  - a locale without one of English's areas, or with an area English does not have;
//  - a missing or extra key (English is the source of truth), a value that is not a string or is empty;
//  - placeholders that differ from English's (`{count}` renamed, dropped or added);
//  - plural values ({one, few, many, other…}) without exactly the categories Intl.PluralRules gives the locale;
//  - an English key that no source file outside src/i18n uses (`.key`, `'key'`, `"key"`, or a key built in a
//    template like strings[`${phase}Title`]).
// `node .ci/i18n-check.mjs` prints every problem; checkCatalogs() is also what test/e2e/i18n-catalogs.test.mjs runs.
// It also warns (never fails) about values identical to English, possibly untranslated (.ci/i18n-terms.mjs).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const placeholders = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
const dirs = (p) => readdirSync(p).filter((f) => statSync(join(p, f)).isDirectory());

/** A plural value: one form per Intl.PluralRules category, `other` always there (src/i18n/types.ts Plural). */
const isPlural = (v) => !!v && typeof v === 'object' && typeof v.other === 'string';

/** Leaf entries of a catalog: [['errors', 'network'], 'The network…'] …; a plural object is one leaf. */
function leaves(obj, path = []) {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' && !isPlural(v) ? leaves(v, [...path, k]) : [[[...path, k], v]],
  );
}

/** Problems of one value against English's (`locale` picks the plural categories it must have). */
function valueProblems(locale, v, english) {
  if (!isPlural(english)) {
    if (typeof v !== 'string' || !v.trim()) return ['is empty or not a string'];
    return placeholders(v) === placeholders(english) ? [] : [`has placeholders {${placeholders(v)}}, English has {${placeholders(english)}}`];
  }
  if (!isPlural(v)) return ['must be plural forms {one, …, other}, like English'];
  const want = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const out = [];
  const missing = want.filter((c) => typeof v[c] !== 'string' || !v[c].trim());
  const extra = Object.keys(v).filter((c) => !want.includes(c));
  if (missing.length) out.push(`lacks the plural form(s) ${missing.join(', ')} that ${locale} needs (it has ${want.join(', ')})`);
  if (extra.length) out.push(`has plural form(s) ${extra.join(', ')} that ${locale} does not use (it has ${want.join(', ')})`);
  // A form may leave out {count} ("one participant" as a word), never add a placeholder English lacks.
  const allowed = new Set(placeholders(english.other).split(',').filter(Boolean));
  for (const [c, form] of Object.entries(v)) {
    const bad = placeholders(String(form)).split(',').filter((x) => x && !allowed.has(x));
    if (bad.length) out.push(`form ${c} has placeholder(s) {${bad.join(',')}} that English lacks`);
  }
  if (placeholders(v.other) !== placeholders(english.other)) out.push(`form other has placeholders {${placeholders(v.other)}}, English has {${placeholders(english.other)}}`);
  return out;
}

function sourceText(srcDir) {
  const out = [];
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) {
        if (p !== join(srcDir, 'i18n')) walk(p);
      } else if (f.endsWith('.ts')) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(srcDir);
  return out.join('\n');
}

/**
 * @param {{esmDir?: string, srcDir?: string}} [options] compiled output (build/esm) and sources (src)
 * @returns {Promise<string[]>} the problems found, empty when the catalogs are fine
 */
export async function checkCatalogs({ esmDir = join(ROOT, 'build/esm'), srcDir = join(ROOT, 'src') } = {}) {
  const problems = [];
  const i18nDir = join(esmDir, 'i18n');
  if (!existsSync(join(i18nDir, 'en'))) return [`${i18nDir}/en is missing: run tsc first (npm run build:ts)`];
  const load = async (file) => (await import(`${pathToFileURL(file).href}?t=${statSync(file).mtimeMs}`));
  const { LOCALES } = await load(join(esmDir, 'core/i18n.js'));
  const folders = dirs(i18nDir);
  for (const f of folders) if (!LOCALES.includes(f)) problems.push(`src/i18n/${f}/ is not in LOCALES (src/core/i18n.ts)`);
  for (const l of LOCALES) if (!folders.includes(l)) problems.push(`LOCALES has ${l} but there is no src/i18n/${l}/`);

  const areas = readdirSync(join(i18nDir, 'en')).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3));
  const en = {};
  for (const area of areas) en[area] = (await load(join(i18nDir, 'en', `${area}.js`))).default;

  for (const locale of folders.filter((f) => f !== 'en')) {
    const files = readdirSync(join(i18nDir, locale)).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3));
    for (const extra of files.filter((a) => !areas.includes(a))) problems.push(`${locale}/${extra}: no such area in English`);
    for (const area of areas) {
      if (!files.includes(area)) {
        problems.push(`${locale}/${area}: missing (every locale has every area)`);
        continue;
      }
      const table = (await load(join(i18nDir, locale, `${area}.js`))).default;
      const theirs = new Map(leaves(table).map(([p, v]) => [p.join('.'), v]));
      for (const [path, value] of leaves(en[area])) {
        const key = path.join('.');
        if (!theirs.has(key)) {
          problems.push(`${locale}/${area}: missing key ${key}`);
          continue;
        }
        const v = theirs.get(key);
        theirs.delete(key);
        for (const p of valueProblems(locale, v, value)) problems.push(`${locale}/${area}: ${key} ${p}`);
      }
      for (const key of theirs.keys()) problems.push(`${locale}/${area}: extra key ${key} (not in English)`);
    }
  }

  const src = sourceText(srcDir);
  // Keys built at run time, `strings[`${control}${on ? 'On' : 'Off'}Announce`]`: each `${…}` matches any word.
  const built = [...src.matchAll(/\[`([^`]*\$\{[^`]*)`\]/g)].map(
    (m) => new RegExp(`^${m[1].split(/\$\{[^}]*\}/).map((part) => part.replace(/\W/g, '\\$&')).join('\\w*')}$`),
  );
  const used = (key) => {
    const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`\\.${k}\\b|['"\`]${k}['"\`]`).test(src) || built.some((re) => re.test(key));
  };
  for (const area of areas) {
    for (const [path, value] of leaves(en[area])) {
      for (const p of isPlural(value) ? valueProblems('en', value, value) : typeof value === 'string' && value.trim() ? [] : ['is empty or not a string']) {
        problems.push(`en/${area}: ${path.join('.')} ${p}`);
      }
      const name = path[path.length - 1];
      if (!used(name)) problems.push(`en/${area}: ${path.join('.')} is not used by any source file outside src/i18n`);
    }
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = await checkCatalogs();
  if (problems.length) {
    console.error(`i18n: ${problems.length} problem(s) in the string catalogs (src/i18n):`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  // Warning only: a value identical to English may be untranslated (.ci/i18n-terms.mjs, allow-list ALLOW there).
  const { loadCatalogs, untranslated } = await import('./i18n-terms.mjs');
  for (const [locale, list] of untranslated(await loadCatalogs())) {
    for (const s of list) console.warn(`i18n: warning: ${locale} ${s} is identical to English (untranslated? allow it in ALLOW, .ci/i18n-terms.mjs)`);
  }
  console.log('i18n: catalogs complete (every locale has every key, placeholders match, every key is used).');
}
