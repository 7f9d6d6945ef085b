// npm run size: raw and gzip bytes of the pasted script (cdn/teams-meeting-join.js), of every chunk it imports
// statically (those load before first paint, so they count toward the budget), and of every lazy chunk.
// Fails when what paints the pre-join screen exceeds the budget. The module graph comes from the same reader
// the benchmark uses (.ci/bench/graph.mjs).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGraph } from './bench/graph.mjs';

const BUDGET = 14 * 1024;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cdn = join(root, 'cdn');

if (!existsSync(join(cdn, 'teams-meeting-join.js'))) {
  console.error('size: cdn/teams-meeting-join.js is missing — run the build first (npm run build).');
  process.exit(1);
}

const graph = readGraph(cdn);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
const row = (f) => `${kb(f.raw)} ${kb(f.gzip)}  cdn/${f.file}`;

console.log(`${'raw'.padStart(10)} ${'gzip'.padStart(10)}  pasted script and its static imports`);
for (const file of graph.pasted) console.log(row(graph.files.get(file)));
const total = graph.groups.pasted;
console.log(`${kb(total.raw)} ${kb(total.gzip)}  TOTAL to paint the pre-join screen (budget ${kb(BUDGET).trim()} gzip)`);

// Lazy chunks: everything reachable from the entry through dynamic import() (stale files from older builds
// left in cdn/chunks are not counted).
const lazy = [...graph.files.values()].filter((f) => !graph.pasted.has(f.file)).sort((a, b) => b.gzip - a.gzip);
console.log(`\n${'raw'.padStart(10)} ${'gzip'.padStart(10)}  lazy chunks (loaded by dynamic import when needed)`);
for (const f of lazy) console.log(row(f));
if (graph.unreachable.length) {
  console.log(`(${graph.unreachable.length} unreferenced file(s) in cdn/chunks from older builds ignored)`);
}

if (total.gzip > BUDGET) {
  console.error(`\nsize: FAIL — the pasted script needs ${total.gzip} bytes gzip, over the ${BUDGET}-byte budget.`);
  process.exit(1);
}
console.log(`\nsize: OK — ${total.gzip} of ${BUDGET} bytes gzip (${((100 * total.gzip) / BUDGET).toFixed(0)}%).`);
