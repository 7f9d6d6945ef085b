// The example backend's optional GCC check (demo/token-server-example/tenant-check.mjs, issue 11 req 5): the
// organizer's tenant id from the meeting link's context, looked up in an OpenID configuration. Microsoft's
// login.microsoftonline.com is not reachable here, so a LOCAL STAND-IN for it (a loopback HTTP server) answers
// the OpenID configuration documents; their fields are the ones the real endpoint returns for commercial, GCC,
// GCC High, DoD and China tenants (tenant_region_scope / tenant_region_sub_scope / cloud_instance_name — Microsoft
// extensions it does not document as a contract; see the module header). The real example server is spawned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startExampleBackend } from './support/example-backend.mjs';
import http from 'node:http';
import { createTenantChecker, tenantCloud, tenantFromMeetingLink } from '../../demo/token-server-example/tenant-check.mjs';


const TENANTS = {
  '11111111-1111-1111-1111-111111111111': { cloud_instance_name: 'microsoftonline.com', tenant_region_scope: 'EU' },
  '22222222-2222-2222-2222-222222222222': { cloud_instance_name: 'microsoftonline.com', tenant_region_scope: 'NA', tenant_region_sub_scope: 'GCC' },
  '33333333-3333-3333-3333-333333333333': { cloud_instance_name: 'microsoftonline.us', tenant_region_scope: 'USGov', tenant_region_sub_scope: 'DODCON' },
  '44444444-4444-4444-4444-444444444444': { cloud_instance_name: 'microsoftonline.us', tenant_region_scope: 'USGov', tenant_region_sub_scope: 'DOD' },
  '55555555-5555-5555-5555-555555555555': { cloud_instance_name: 'partner.microsoftonline.cn', tenant_region_scope: 'AS' },
};
const link = (tid) =>
  `https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=${encodeURIComponent(JSON.stringify({ Tid: tid, Oid: 'o' }))}`;

test('tenant id from the link context and the cloud from an OpenID configuration', () => {
  assert.equal(tenantFromMeetingLink(link('22222222-2222-2222-2222-222222222222'.toUpperCase())), '22222222-2222-2222-2222-222222222222');
  for (const bad of [link('not-a-guid'), link(42), 'http://teams.microsoft.com/l/meetup-join/x?context=%7B%7D', 'https://evil.example/?context=' + encodeURIComponent('{"Tid":"22222222-2222-2222-2222-222222222222"}'), 'https://teams.microsoft.com/l/x?context=%7Bnot json', 42, 'x'.repeat(5000)]) {
    assert.equal(tenantFromMeetingLink(bad), undefined, `no tenant from ${String(bad).slice(0, 60)}`);
  }
  assert.deepEqual(Object.values(TENANTS).map(tenantCloud), ['commercial', 'gcc', 'gcc-high', 'dod', 'china']);
  assert.equal(tenantCloud({ cloud_instance_name: 'microsoftonline.com' }), 'unknown', 'no region: not recognised');
  assert.equal(tenantCloud(null), 'unknown');
  assert.equal(tenantCloud({ tenant_region_sub_scope: 7 }), 'unknown');
});

async function openIdStandIn() {
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    const m = /^\/([0-9a-f-]{36})\/v2\.0\/\.well-known\/openid-configuration$/.exec(req.url ?? '');
    const doc = m && TENANTS[m[1]];
    if (m && m[1] === '99999999-9999-9999-9999-999999999999') return void res.writeHead(500).end();
    if (!doc) return void res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"invalid_tenant"}');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ issuer: `https://login.microsoftonline.com/${m[1]}/v2.0`, ...doc }));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, requests: () => requests, close: () => new Promise((r) => server.close(r)) };
}

test('checker: cached per tenant, failures not cached, hostile ids never requested', async (t) => {
  const idp = await openIdStandIn();
  t.after(() => idp.close());
  const checker = createTenantChecker({ authority: idp.url });
  assert.deepEqual(await checker.check('22222222-2222-2222-2222-222222222222'), { cloud: 'gcc', supported: false });
  assert.deepEqual(await checker.check('11111111-1111-1111-1111-111111111111'), { cloud: 'commercial', supported: true });
  const before = idp.requests();
  await checker.check('22222222-2222-2222-2222-222222222222');
  assert.equal(idp.requests(), before, 'second look-up of a tenant comes from the cache');
  await assert.rejects(checker.check('99999999-9999-9999-9999-999999999999'), /500/);
  await assert.rejects(checker.check('99999999-9999-9999-9999-999999999999'), /500/);
  assert.equal(idp.requests(), before + 2, 'a failed look-up is retried, not cached');
  await assert.rejects(checker.check('../../etc/passwd'), /not a tenant id/);
  assert.equal(idp.requests(), before + 2, 'a non-GUID never reaches the network');
});

test('example backend with CHECK_MEETING_TENANT=1: /api/meeting-check answers, /api/token refuses government-cloud meetings', async (t) => {
  const idp = await openIdStandIn();
  t.after(() => idp.close());
  const { port } = await startExampleBackend(t, { RATE_PER_IP: '50', CHECK_MEETING_TENANT: '1', OPENID_AUTHORITY: idp.url });
  const headers = { origin: 'https://www.site.example', 'content-type': 'application/json' };
  const post = (path, body) => fetch(`http://localhost:${port}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });

  const gcc = await post('/api/meeting-check', { meetingLink: link('22222222-2222-2222-2222-222222222222') });
  assert.equal(gcc.status, 200);
  assert.deepEqual(await gcc.json(), { tenantId: '22222222-2222-2222-2222-222222222222', cloud: 'gcc', supported: false });
  const ok = await post('/api/meeting-check', { meetingLink: link('11111111-1111-1111-1111-111111111111') });
  assert.deepEqual(await ok.json(), { tenantId: '11111111-1111-1111-1111-111111111111', cloud: 'commercial', supported: true });
  assert.equal((await post('/api/meeting-check', { meetingLink: 'https://teams.microsoft.com/l/meetup-join/x' })).status, 400, 'no tenant in the link');
  assert.equal((await post('/api/meeting-check', { meetingLink: link('99999999-9999-9999-9999-999999999999') })).status, 502, 'lookup failed');
  assert.equal((await fetch(`http://localhost:${port}/api/meeting-check`, { method: 'POST', body: '{}' })).status, 403, 'Origin still required');

  const refused = await post('/api/token', { displayName: 'V', meetingLink: link('44444444-4444-4444-4444-444444444444') });
  assert.equal(refused.status, 403);
  assert.deepEqual(await refused.json(), { error: 'link-gcc-unsupported', cloud: 'dod' });
  // A commercial tenant, or a lookup that failed, goes on to token issuance (which fails here: no Azure → 502).
  assert.equal((await post('/api/token', { displayName: 'V', meetingLink: link('11111111-1111-1111-1111-111111111111') })).status, 502);
  assert.equal((await post('/api/token', { displayName: 'V', meetingLink: link('99999999-9999-9999-9999-999999999999') })).status, 502);
});
