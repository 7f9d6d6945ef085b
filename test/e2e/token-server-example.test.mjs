// The example token backend (demo/token-server-example) refuses abuse BEFORE it would ever ask Azure for a
// token: wrong/missing Origin, wrong method, oversized bodies, and bursts beyond the per-IP rate limit.
// Azure is not reachable here, so a successful issuance is not exercised (the live suite covers real tokens).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startExampleBackend } from './support/example-backend.mjs';


test('example token backend: origin allow-list, POST only, small bodies, per-IP rate limit', async (t) => {
  const { port } = await startExampleBackend(t, { RATE_PER_IP: '2' });
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

/** An unsigned JWT-shaped Entra access token with these claims (the example only routes on them; ACS verifies). */
const entraToken = (claims) =>
  `${Buffer.from('{"alg":"RS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

test('example backend: the Microsoft 365 exchange has the guest endpoint protections plus oid, tenant and app checks', async (t) => {
  const { port, child } = await startExampleBackend(t, { ENTRA_CLIENT_ID: 'app-1', ALLOWED_TENANTS: 'Tenant-A', RATE_PER_IP: '9' });
  const url = `http://localhost:${port}/api/teams-token`;
  const allowed = { origin: 'https://www.site.example', 'content-type': 'application/json' };
  const post = (body, headers = allowed) => fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  const good = { oid: 'oid-1', tid: 'tenant-a', appid: 'app-1' };

  assert.equal((await post({ aadToken: entraToken(good), userObjectId: 'oid-1' }, { 'content-type': 'application/json' })).status, 403, 'no Origin');
  assert.equal((await fetch(url, { headers: { origin: allowed.origin } })).status, 405, 'GET refused');
  assert.equal((await post({ aadToken: 'x'.repeat(9000), userObjectId: 'oid-1' })).status, 400, 'oversized body');
  assert.equal((await post({ aadToken: entraToken(good), userObjectId: 'oid-2' })).status, 400, "oid must be the visitor's");
  assert.equal((await post({ aadToken: 'not a jwt', userObjectId: 'oid-1' })).status, 400, 'malformed token');
  const tenant = await post({ aadToken: entraToken({ ...good, tid: 'tenant-b' }), userObjectId: 'oid-1' });
  assert.equal(tenant.status, 403);
  assert.deepEqual(await tenant.json(), { error: 'tenant-not-allowed' }, 'the widget maps this to m365-tenant-not-allowed');
  assert.equal((await post({ aadToken: entraToken({ ...good, appid: 'other' }), userObjectId: 'oid-1' })).status, 403, 'token of another app');
  // A well-formed request reaches ACS, which is unreachable here: 502, and neither token is echoed or logged.
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  const aad = entraToken(good);
  const upstream = await post({ aadToken: aad, userObjectId: 'oid-1' });
  assert.equal(upstream.status, 502);
  assert.equal((await upstream.text()).includes(aad), false);
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(stderr.includes(aad.split('.')[1]), false, 'the Entra token is never logged');
});
