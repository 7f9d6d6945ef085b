// LIVE suite: the real ACS session against a real Azure Communication Services resource and a real Teams
// meeting. Runs only when ACS_CONNECTION_STRING and TEAMS_MEETING_LINK are set; otherwise every test is
// reported as SKIPPED (never as passed). Nothing here is a test double: tokens come from the demo server's
// /api/token in `acs` mode (@azure/communication-identity with the connection string), the calling and chat
// SDKs talk to Azure.
//
//   ACS_CONNECTION_STRING='endpoint=https://…;accesskey=…' \
//   TEAMS_MEETING_LINK='https://teams.microsoft.com/l/meetup-join/…' node --test test/e2e/live-acs.test.mjs
//
// The meeting should let anonymous users join (Teams admin setting, see the README). Nobody admits the test
// visitor, so the suite accepts "in the lobby" or "connected" as success of the join itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONNECTION = process.env.ACS_CONNECTION_STRING ?? '';
const LINK = process.env.TEAMS_MEETING_LINK ?? '';
const skip = CONNECTION && LINK ? false : 'set ACS_CONNECTION_STRING and TEAMS_MEETING_LINK to run the live ACS suite';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const HARNESS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>live acs</title></head><body>
<script type="module">
  import { sessionFactory } from '/test/live-acs-session.js';
  const tokenSource = {
    endpoint: undefined,
    async getToken({ signal } = {}) {
      const r = await fetch('/api/token', { method: 'POST', body: JSON.stringify({ displayName: 'Live Test Visitor' }), signal });
      if (!r.ok) throw new Error('token ' + r.status);
      const b = await r.json();
      tokenSource.endpoint = b.endpoint;
      return { token: b.token, expiresOn: new Date(b.expiresOn) };
    },
  };
  window.phases = [];
  window.live = {
    async join(link) {
      const session = sessionFactory.create({ tokenSource });
      window.session = session;
      session.subscribe((e) => {
        if (e.type === 'state' && window.phases.at(-1) !== e.state.call) window.phases.push(e.state.call);
      });
      await session.join({
        locator: { kind: 'link', link },
        displayName: 'Live Test Visitor',
        identity: 'acs',
        media: { microphoneOn: false, cameraOn: true },
        chatEnabled: true,
      });
    },
    summary: () => ({ call: window.session.state.call, end: window.session.state.end, chat: { available: window.session.state.chat.available, reason: window.session.state.chat.reason } }),
    leave: () => window.session.leave(),
  };
</script></body></html>`;

test('live: joins the Teams meeting through ACS (lobby or connected), chat follows the call, leave ends as left', { skip, timeout: 180_000 }, async () => {
  const { build } = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_PATH, CHROMIUM_ARGS } = await import('../../.ci/chromium.mjs');
  const { startServer } = await import('../../demo/server/server.mjs');

  const dir = mkdtempSync(join(tmpdir(), 'tmj-live-'));
  const bundle = join(dir, 'live-acs-session.js');
  const page = join(dir, 'live.html');
  writeFileSync(page, HARNESS);
  await build({
    entryPoints: [join(ROOT, 'src/session/acs/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    splitting: false,
    outfile: bundle,
    logLevel: 'warning',
    define: { __TMJ_DEV__: 'false' },
  });
  const server = await startServer({
    port: 0,
    quiet: true,
    acsConnectionString: CONNECTION,
    teamsMeetingLink: LINK,
    extraStatic: { '/test/live-acs-session.js': bundle, '/test/live.html': page },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ permissions: ['camera', 'microphone'] });
    const tab = await context.newPage();
    await tab.goto(`${server.url}/test/live.html`);
    await tab.waitForFunction(() => window.live !== undefined);
    await tab.evaluate((link) => window.live.join(link), LINK);
    await tab.waitForFunction(() => ['lobby', 'connected', 'ended'].includes(window.session.state.call), null, { timeout: 90_000 });
    const s = await tab.evaluate(() => window.live.summary());
    assert.notEqual(s.call, 'ended', `the join failed: ${JSON.stringify(s.end)}`);
    if (s.call === 'connected') {
      await tab.waitForFunction(() => window.session.state.chat.available || window.session.state.chat.reason === 'error', null, { timeout: 30_000 });
      const c = await tab.evaluate(() => window.live.summary());
      assert.equal(c.chat.available, true, `chat in the call: ${JSON.stringify(c.chat)}`);
    }
    await tab.evaluate(() => window.live.leave());
    const end = await tab.evaluate(() => window.live.summary());
    assert.deepEqual(end.end, { outcome: 'left', code: 'left' });
    console.log(`[live] phases: ${await tab.evaluate(() => window.phases.join(' → '))}`);
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
