// Per-engine run times of the test suites (issue 17: CI time stays well within its limit). Runs, one after the
// other, the unit + element suite in each engine, the multi-engine e2e files in each engine, and the
// Chromium-only e2e files, then prints a table. Needs a build (`npm run build`) for the e2e part.
//   node .ci/engine-times.mjs            # everything
//   node .ci/engine-times.mjs unit       # only the unit + element suite per engine
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENGINES = ['chromium', 'firefox', 'webkit'];
const MULTI = ['test/e2e/engines.test.mjs', 'test/e2e/keyboard-a11y.test.mjs'];
const only = process.argv[2];

function run(/** @type {string} */ label, /** @type {string[]} */ cmd, /** @type {Record<string, string>} */ env) {
  return new Promise((resolveRun) => {
    const started = Date.now();
    const child = spawn(cmd[0], cmd.slice(1), { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      const summary =
        /(\d+ passed, \d+ failed(?:, \d+ skipped)?)(?![\s\S]*\d+ passed)/.exec(out)?.[1] ??
        [...out.matchAll(/^# (pass|fail|skipped) (\d+)$/gm)].map((m) => `${m[2]} ${m[1]}`).join(', ');
      console.log(`${label.padEnd(34)} ${String(seconds).padStart(5)} s   ${code === 0 ? 'ok  ' : 'FAIL'} ${summary}`);
      resolveRun(seconds);
    });
  });
}

const wtr = [process.execPath, join(root, 'node_modules/@web/test-runner/dist/bin.js'), '--config', 'test/web-test-runner.config.mjs'];
const nodeTest = [process.execPath, '--test', '--test-concurrency=1', '--test-timeout=600000', '--test-force-exit'];
let total = 0;
for (const engine of ENGINES) total += await run(`unit + element, ${engine}`, wtr, { TMJ_BROWSERS: engine });
if (only !== 'unit') {
  for (const engine of ENGINES) total += await run(`e2e multi-engine files, ${engine}`, [...nodeTest, ...MULTI], { TMJ_BROWSERS: engine });
  const chromiumOnly = readdirSync(join(root, 'test/e2e'))
    .filter((f) => f.endsWith('.test.mjs'))
    .map((f) => `test/e2e/${f}`)
    .filter((f) => !MULTI.includes(f));
  total += await run('e2e Chromium-only files', [...nodeTest, ...chromiumOnly], {});
}
console.log(`${'total (tests only)'.padEnd(34)} ${String(total).padStart(5)} s`);
