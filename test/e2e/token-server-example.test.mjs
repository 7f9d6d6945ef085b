// The example token backend (demo/token-server-example) refuses abuse BEFORE it would ever ask Azure for a
// token: wrong/missing Origin, wrong method, oversized bodies, and bursts beyond the per-IP rate limit.
// Azure is not reachable here, so a successful issuance is not exercised (the live suite covers real tokens).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../demo/token-server-example/server.mjs', import.meta.url));

test('example token backend: origin allow-list, POST only, small bodies, per-IP rate limit', async (t) => {
  const child = spawn(process.execPath, [script], {
    env: {
      ...process.env,
      // Fake connection string: the client is constructed but never reaches Azure in this test.
      ACS_CONNECTION_STRING: 'endpoint=https://example.invalid/;accesskey=ZmFrZWtleQ==',
      ALLOWED_ORIGINS: 'https://www.site.example',
      PORT: '0',
      RATE_PER_IP: '2',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(() => child.kill());
  const port = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      const m = /on :(\d+)/.exec(String(d));
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  const url = `http://localhost:${port}/api/token`;
  const allowed = { origin: 'https://www.site.example', 'content-type': 'application/json' };

  assert.equal((await fetch(url, { method: 'POST', body: '{}' })).status, 403, 'no Origin: refused');
  assert.equal((await fetch(url, { method: 'POST', headers: { origin: 'https://evil.example' }, body: '{}' })).status, 403, 'foreign Origin: refused');
  const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: allowed.origin } });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), allowed.origin, 'CORS only for the allowed origin');
  assert.equal((await fetch(url, { headers: { origin: allowed.origin } })).status, 405, 'GET: refused');
  const big = JSON.stringify({ displayName: 'x'.repeat(5000) });
  assert.equal((await fetch(url, { method: 'POST', headers: allowed, body: big })).status, 400, 'oversized body refused');
  assert.equal((await fetch(url, { method: 'POST', headers: allowed, body: big })).status, 400);
  const limited = await fetch(url, { method: 'POST', headers: allowed, body: '{}' });
  assert.equal(limited.status, 429, 'third request in the window is rate limited before any token is minted');
  assert.equal(limited.headers.get('retry-after'), '60');
});
