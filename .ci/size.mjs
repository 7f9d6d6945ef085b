// npm run size: raw and gzip bytes of the pasted script (cdn/teams-meeting-join.js), of every chunk it imports
// statically (those load before first paint, so they count toward the budget), and of every lazy chunk.
// Fails when what paints the pre-join screen exceeds the budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET = 14 * 1024;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cdn = join(root, 'cdn');
const entry = join(cdn, 'teams-meeting-join.js');

if (!existsSync(entry)) {
  console.error(`size: ${relative(root, entry)} is missing — run the build first (npm run build).`);
  process.exit(1);
}

const measure = (file) => {
  const code = readFileSync(file);
  return { file, raw: code.length, gzip: gzipSync(code, { level: 9 }).length, code: code.toString('utf8') };
};

// Static imports/re-exports of relative modules in (minified) ES output; `import(` is dynamic and skipped.
const STATIC = [
  /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  /\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["'](\.{1,2}\/[^"']+)["']/g,
];
const staticDeps = (file, code) => {
  const found = new Set();
  for (const re of STATIC) for (const m of code.matchAll(re)) found.add(resolve(dirname(file), m[1]));
  return [...found];
};

// Everything the entry needs before it runs, transitively.
const critical = new Map();
const visit = (file) => {
  if (critical.has(file)) return;
  const m = measure(file);
  critical.set(file, m);
  for (const dep of staticDeps(file, m.code)) visit(dep);
};
visit(entry);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
const row = (m) => `${kb(m.raw)} ${kb(m.gzip)}  ${relative(root, m.file)}`;

console.log(`${'raw'.padStart(10)} ${'gzip'.padStart(10)}  pasted script and its static imports`);
for (const m of critical.values()) console.log(row(m));
const total = [...critical.values()].reduce((a, m) => ({ raw: a.raw + m.raw, gzip: a.gzip + m.gzip }), { raw: 0, gzip: 0 });
console.log(`${kb(total.raw)} ${kb(total.gzip)}  TOTAL to paint the pre-join screen (budget ${kb(BUDGET).trim()} gzip)`);

// Lazy chunks: everything reachable from the entry through dynamic import() (stale files from older builds
// left in cdn/chunks are not counted).
const DYNAMIC = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;
const reachable = new Map();
const walk = (file) => {
  if (reachable.has(file) || !existsSync(file)) return;
  const m = critical.get(file) ?? measure(file);
  reachable.set(file, m);
  for (const dep of staticDeps(file, m.code)) walk(dep);
  for (const d of m.code.matchAll(DYNAMIC)) walk(resolve(dirname(file), d[1]));
};
walk(entry);
const lazy = [...reachable.values()].filter((m) => !critical.has(m.file)).sort((a, b) => b.gzip - a.gzip);
const chunksDir = join(cdn, 'chunks');
const stale = existsSync(chunksDir)
  ? readdirSync(chunksDir).filter((f) => f.endsWith('.js') && !reachable.has(join(chunksDir, f))).length
  : 0;
console.log(`\n${'raw'.padStart(10)} ${'gzip'.padStart(10)}  lazy chunks (loaded by dynamic import when needed)`);
for (const m of lazy) console.log(row(m));
if (stale) console.log(`(${stale} unreferenced file(s) in cdn/chunks from older builds ignored)`);

if (total.gzip > BUDGET) {
  console.error(`\nsize: FAIL — the pasted script needs ${total.gzip} bytes gzip, over the ${BUDGET}-byte budget.`);
  process.exit(1);
}
console.log(`\nsize: OK — ${total.gzip} of ${BUDGET} bytes gzip (${((100 * total.gzip) / BUDGET).toFixed(0)}%).`);
