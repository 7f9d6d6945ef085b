// npm run size (part of every build): gzip bytes of what a visitor's browser requests, grouped by when.
//
//  1. The complete pre-join: every script requested until the camera preview plays and the meter moves, with
//     no intent to join. That is the pasted script (cdn/teams-meeting-join.js) and every chunk it imports
//     statically, plus the lazy chunks listed in PREJOIN_LAZY (none today: the preview controller is in the
//     pasted script; the device pickers chunk loads once the preview has settled). ENFORCED: ≤ 14 KB gzip.
//     `npm run bench` checks the claim at run time: it lists every script requested before "pre-join complete".
//     Also printed against 12 KB, and the pasted script alone against 10 KB (Whereby's loader, 10.2 KB).
//  2. Idle prefetch: what the element fetches on idle time once the pre-join is complete (join driver + in-call
//     view + session code, never the calling SDK), counted separately.
//  3. Everything else lazy: languages, configuration-error messages, device pickers, the SDKs.
// The module graph comes from the same reader the benchmark uses (.ci/bench/graph.mjs).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSize, readGraph } from './bench/graph.mjs';

export const BUDGET = 14 * 1024;
const STRETCH = 12 * 1024;
const PASTED_ALONE = 10 * 1024;
/** Lazy chunks (by rollup name prefix) requested before the pre-join is complete. Keep in sync with the code. */
const PREJOIN_LAZY = [];
/** Catalogs a non-English visitor's pre-join fetches (src/i18n/load.ts; the element asks for the four core areas). */
const CORE_AREAS = ['core', 'core-media', 'core-end', 'core-config'];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cdn = join(root, 'cdn');

if (!existsSync(join(cdn, 'teams-meeting-join.js'))) {
  console.error('size: cdn/teams-meeting-join.js is missing — run the build first (npm run build).');
  process.exit(1);
}

const graph = readGraph(cdn);
const kb = (n) => `${(n / 1024).toFixed(2)} KB`.padStart(10);
const row = (f) => `${kb(f.raw)} ${kb(f.gzip)}  cdn/${f.file}`;
const sum = (files) => files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
const byPrefix = (re) => [...graph.files.values()].filter((f) => re.test(f.file));

const prejoinRoots = PREJOIN_LAZY.flatMap((prefix) => byPrefix(new RegExp(`^chunks/${prefix}-`)).map((f) => f.file));
const prejoinSet = new Set([...graph.pasted, ...graph.staticClosure(prejoinRoots)]);
const prejoin = [...prejoinSet].map((f) => graph.files.get(f)).filter(Boolean);
const total = sum(prejoin);
const entry = graph.files.get(graph.entry);

console.log(`${'raw'.padStart(10)} ${'gzip'.padStart(10)}  1. complete pre-join (until the preview plays and the meter moves)`);
for (const f of prejoin) console.log(row(f));
console.log(`${kb(total.raw)} ${kb(total.gzip)}  TOTAL complete pre-join — budget ${kb(BUDGET).trim()} (enforced), ${((100 * total.gzip) / BUDGET).toFixed(1)}%`);
const vs = (bytes, limit) => (bytes <= limit ? `within, ${kb(limit - bytes).trim()} to spare` : `over by ${kb(bytes - limit).trim()}`);
console.log(`           complete pre-join vs 12 KB: ${vs(total.gzip, STRETCH)}`);
console.log(`           pasted script alone (${kb(entry.gzip).trim()}) vs 10 KB (Whereby's loader): ${vs(entry.gzip, PASTED_ALONE)}`);
// Catalogs are loaded through a template import (cdn/i18n/<locale>/<area>.js), which the graph does not follow.
const i18nDir = join(cdn, 'i18n');
const catalogs = existsSync(i18nDir)
  ? readdirSync(i18nDir).map((locale) => ({
      locale,
      gzip: CORE_AREAS.map((a) => join(i18nDir, locale, `${a}.js`)).filter(existsSync).reduce((t, f) => t + gzipSize(readFileSync(f)), 0),
    }))
  : [];
if (catalogs.length) {
  catalogs.sort((a, b) => a.gzip - b.gzip);
  const [least, most] = [catalogs[0], catalogs[catalogs.length - 1]];
  console.log(`           a non-English visitor also fetches their locale's core strings (${catalogs.length} locales): ${kb(least.gzip).trim()} (${least.locale}) to ${kb(most.gzip).trim()} (${most.locale}) → at most ${kb(total.gzip + most.gzip).trim()} (not enforced)`);
}

// 2. Idle prefetch: the join driver chunk (it imports the in-call view statically) and the session chunks the
// element asks for on idle; the calling SDK is fetched on intent or join only.
const tagged = (tag) => [...graph.files.values()].filter((f) => f.tags.has(tag)).map((f) => f.file);
const driverRoots = byPrefix(/^chunks\/meeting-join\.call-/).map((f) => f.file);
const sdk = new Set([...tagged('calling-sdk')]);
const idleFor = (sessionTag) => {
  const set = graph.staticClosure([...driverRoots, ...tagged(sessionTag)]);
  for (const f of prejoinSet) set.delete(f);
  for (const f of sdk) set.delete(f);
  return [...set].map((f) => graph.files.get(f)).filter(Boolean);
};
const idleAcs = idleFor('acs-session');
console.log(`\n${'raw'.padStart(10)} ${'gzip'.padStart(10)}  2. idle prefetch once the pre-join is complete (ACS session; counted separately)`);
for (const f of idleAcs.sort((a, b) => b.gzip - a.gzip)) console.log(row(f));
const idleTotal = sum(idleAcs);
console.log(`${kb(idleTotal.raw)} ${kb(idleTotal.gzip)}  TOTAL idle prefetch (not budgeted; never before the pre-join is complete)`);

const counted = new Set([...prejoinSet, ...idleAcs.map((f) => f.file)]);
const lazy = [...graph.files.values()].filter((f) => !counted.has(f.file)).sort((a, b) => b.gzip - a.gzip);
console.log(`\n${'raw'.padStart(10)} ${'gzip'.padStart(10)}  3. other lazy chunks (languages, configuration messages, device pickers, SDKs, emulator)`);
for (const f of lazy) console.log(row(f));
if (graph.unreachable.length) {
  console.log(`(${graph.unreachable.length} unreferenced file(s) in cdn/chunks from older builds ignored)`);
}

if (total.gzip > BUDGET) {
  console.error(`\nsize: FAIL — the complete pre-join needs ${total.gzip} bytes gzip, over the ${BUDGET}-byte budget.`);
  process.exit(1);
}
console.log(`\nsize: OK — complete pre-join ${total.gzip} of ${BUDGET} bytes gzip (${((100 * total.gzip) / BUDGET).toFixed(1)}%).`);
