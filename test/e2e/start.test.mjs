// `npm run serve` (demo/server/start.mjs): prints the URLs to open, serves them, and stops cleanly on Ctrl-C.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const START = fileURLToPath(new URL('../../demo/server/start.mjs', import.meta.url));

test('start.mjs prints the demo, console and token URLs on localhost and exits 0 on SIGINT', async () => {
  const child = spawn(process.execPath, [START], { env: { ...process.env, PORT: '0', ACS_CONNECTION_STRING: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  try {
    const deadline = Date.now() + 10000;
    while (!/Token endpoint/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const demo = /Demo page\s+(http:\/\/localhost:\d+\/)/.exec(out)?.[1];
    assert.ok(demo, `the demo URL is printed with localhost:\n${out}`);
    assert.match(out, /Organizer console\s+http:\/\/localhost:\d+\/console\.html/);
    assert.match(out, /POST http:\/\/localhost:\d+\/api\/token/);
    const page = await fetch(demo);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<teams-meeting-join/);
    const consolePage = await fetch(new URL('/console.html', demo));
    assert.equal(consolePage.status, 200);
  } finally {
    child.kill('SIGINT');
  }
  const { code } = await exited;
  assert.equal(code, 0, `exits cleanly on SIGINT:\n${out}`);
});
