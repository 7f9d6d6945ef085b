// Microsoft 365 identity end to end on this machine: the demo page with identity="choice", the real MSAL.js
// (lazy chunk) signing in by popup against the emulator's Entra-shaped authority (on its plain http origin, as in
// `npm start`: MSAL gets an https placeholder it never contacts plus metadata pointing here; one test uses the
// TMJ_TLS listener, with Chromium's certificate override set in that test only), the Teams token exchange, joining under the account's own
// name (same tenant: no lobby), Graph meeting chat both ways with live updates through the example backend's
// relay (two instances fanning out through a real Redis), and the subscription deleted + stream closed on leave.
// Also: the popup blocked (redirect fallback), the exchange refused, and two widgets signed in as two people.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../../.ci/chromium.mjs';
import { startServer } from '../../demo/server/server.mjs';
import { BROWSER_ARGS, apiClient, waitFor, widgetPhase } from './support/emulator.mjs';

const EXAMPLE = fileURLToPath(new URL('../../demo/token-server-example/server.mjs', import.meta.url));

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;
let api;

before(async () => {
  server = await startServer({ port: 0, quiet: true });
  api = apiClient(server.url);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BROWSER_ARGS, headless: true });
});
after(async () => {
  await browser?.close().catch(() => undefined);
  await server?.close();
});

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
  });

/** A real redis-server on a free port (no persistence), stopped by the returned function. */
async function startRedis() {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => /Ready to accept connections/i.test(String(d)) && resolve(undefined));
    child.on('exit', (code) => reject(new Error(`redis-server exited ${code}`)));
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** One instance of the example backend with its relay pointed at the emulator's Graph. */
async function startBackend({ redisUrl, origin, notificationBase }) {
  const port = await freePort();
  const child = spawn(process.execPath, [EXAMPLE], {
    env: {
      ...process.env,
      ACS_CONNECTION_STRING: 'endpoint=https://example.invalid/;accesskey=ZmFrZWtleQ==',
      ALLOWED_ORIGINS: origin,
      PORT: String(port),
      GRAPH_BASE_URL: `${server.url}/graph/v1.0`,
      RELAY_NOTIFICATION_URL: `${notificationBase ?? `http://127.0.0.1:${port}`}/api/graph-notifications`,
      REDIS_URL: redisUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = [];
  child.stdout.on('data', (d) => lines.push(...String(d).split('\n')));
  child.stderr.on('data', (d) => lines.push(...String(d).split('\n')));
  await waitFor(async () => lines.some((l) => /token backend on/.test(l)), 'example backend listening', 10000);
  return { url: `http://127.0.0.1:${port}`, port, lines, stop: () => child.kill() };
}

/** The demo page (identity="choice" with the emulator's authority) on a meeting, in its own context. */
async function demoPage(meetingId, extra = '', { base = server.url, trustRunCertificate = false } = {}) {
  const context = await browser.newContext({ permissions: ['camera', 'microphone'], ...(trustRunCertificate ? { ignoreHTTPSErrors: true } : {}) });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  // MSAL's placeholder authority (src/session/m365/authority.ts) is never contacted, by the page or the popup.
  context.on('request', (r) => {
    if (/\.invalid(:\d+)?\//.test(r.url())) placeholderRequests.push(r.url());
  });
  await page.goto(`${base}/?meeting=${meetingId}${extra}`);
  await page.waitForFunction(() => document.querySelector('teams-meeting-join')?.phase === 'prejoin');
  return page;
}

/** Requests to MSAL's placeholder authority host (must stay empty). */
const placeholderRequests = [];

/**
 * Picks "Sign in with a work or school account", presses "Sign in and join", and picks `account` in the popup.
 * Returns the URL the popup opened at (the authority's authorize endpoint).
 */
async function signIn(page, account, scope = page.locator('teams-meeting-join').first()) {
  await scope.getByRole('radio', { name: /work or school account/ }).check();
  const popup = page.waitForEvent('popup');
  await scope.getByRole('button', { name: 'Sign in and join' }).click();
  const win = await popup;
  // MSAL opens the window blank, then navigates it to the authority's authorize endpoint.
  await win.waitForURL(/\/oauth2\/v2\.0\/authorize\?/);
  const opened = new URL(win.url());
  await win.locator(`[data-account="${account}"]`).click();
  return opened;
}

/** Whether the chat panel shows a message with this text (Playwright's text locators pierce shadow roots). */
const shows = async (page, text) => (await page.getByText(text, { exact: true }).count()) > 0;

test('Microsoft 365: sign in through the emulator authority, join as yourself without the lobby, chat both ways through Graph and the relay, subscription deleted on leave', async (t) => {
  const redis = await startRedis();
  t.after(() => redis.stop());
  const origin = server.url;
  // Two instances of the example backend share one Redis: the widget's stream is held by A, Graph notifies B.
  const a = await startBackend({ redisUrl: redis.url, origin });
  const b = await startBackend({ redisUrl: redis.url, origin });
  t.after(() => {
    a.stop();
    b.stop();
  });
  // Graph notifies instance B's webhook (RELAY_NOTIFICATION_URL of A points at B).
  a.stop();
  const a2 = await startBackend({ redisUrl: redis.url, origin, notificationBase: b.url });
  t.after(() => a2.stop());

  const meeting = (await api.meetings()).find((m) => m.policies.lobby);
  const page = await demoPage(meeting.id, `&chatEvents=${encodeURIComponent(`${a2.url}/api/chat-events`)}`);
  /** @type {string | undefined} */
  let streamId;
  page.on('response', async (r) => {
    if (r.request().method() === 'POST' && r.url().endsWith('/api/chat-events')) streamId = (await r.json().catch(() => ({}))).id;
  });
  const authorize = await signIn(page, 'ada@contoso.test');
  // The demo's plain http authority (no certificate): MSAL went straight to the emulator's authorize endpoint.
  assert.equal(authorize.origin, server.url, 'the popup opened on the emulator\'s http origin');
  assert.match(authorize.pathname, /^\/[\w-]+\/oauth2\/v2\.0\/authorize$/);
  await waitFor(async () => (await widgetPhase(page)) === 'connected', 'joined without the lobby (same tenant)', 30000);
  assert.deepEqual(placeholderRequests, [], 'nothing contacted the placeholder authority');
  const joined = await api.meeting(meeting.id);
  const me = joined.participants.find((p) => p.displayName === 'Ada Lovelace');
  assert.ok(me, 'in the meeting under the account name');
  assert.equal(me.state, 'connected');
  assert.equal(me.isTeamsUser, true);

  // Open chat and wait for the relay's stream (realtime) to be up.
  await page.getByRole('button', { name: /^Chat/ }).first().click();
  await waitFor(async () => server.m365.subscriptions.size === 1, 'a Graph subscription for the meeting chat', 15000);
  await waitFor(async () => a2.lines.some((l) => /subscription .* created/.test(l)), 'created through instance A');

  // Teams → visitor: the console posts as the organizer; Graph notifies B, Redis fans out to A's stream.
  const sentAt = Date.now();
  await api.teamsChat(meeting.id, '<p>Hello from <b>Teams</b></p>');
  await waitFor(() => shows(page, 'Hello from Teams'), 'the Teams message in the chat panel', 5000);
  const latency = Date.now() - sentAt;
  console.log(`# Teams → widget through Graph notification, relay B, Redis, relay A's stream: ${latency} ms`);
  assert.ok(latency <= 2000, `Teams message arrived in ${latency} ms (≤ 2 s)`);

  // Visitor → Teams through Graph POST.
  await page.getByRole('textbox', { name: /message/i }).fill('Hi from the site');
  await page.keyboard.press('Enter');
  await waitFor(async () => (await api.meeting(meeting.id)).messageCount >= 2, 'the visitor message in the meeting thread');
  const thread = await api.call('GET', `/meetings/${meeting.id}/chat`);
  const mine = thread.value.find((m) => m.content?.message === 'Hi from the site');
  assert.equal(mine?.senderDisplayName, 'Ada Lovelace');
  const ada = server.m365.accounts.find((x) => x.username === 'ada@contoso.test');
  assert.equal(mine?.senderCommunicationIdentifier?.microsoftTeamsUser?.userId, ada.oid, 'sent as the signed-in account');
  // Shown once in the widget as the visitor's own, sent message (the relay's echo merges with it).
  await waitFor(async () => (await page.getByText('Hi from the site', { exact: true }).count()) === 1, 'own message shown once');

  // Leave: the subscription is deleted and the stream closed.
  await page.evaluate(() => /** @type {any} */ (document.querySelector('teams-meeting-join')).leave());
  await waitFor(async () => server.m365.subscriptions.size === 0, 'subscription deleted on leave', 10000);
  await waitFor(async () => a2.lines.some((l) => /subscription .* deleted/.test(l)), 'the relay deleted it (and ended the stream)');
  // The stream is gone: the relay answers 404 for it now.
  assert.ok(streamId, 'the widget created a stream');
  assert.equal((await fetch(`${a2.url}/api/chat-events/${streamId}`, { headers: { origin } })).status, 404);
  await page.context().close();
});

test('Microsoft 365: the exchange refused shows m365-exchange-failed', async () => {
  const meeting = (await api.meetings())[0];
  await api.call('POST', '/faults/teams-exchange', { refuse: true }).catch(async () => {
    await fetch(`${server.url}/emulator/api/faults/teams-exchange`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"refuse":true}' });
  });
  try {
    const page = await demoPage(meeting.id);
    await signIn(page, 'ada@contoso.test');
    await waitFor(async () => (await widgetPhase(page)) === 'failed', 'failed', 20000);
    const code = await page.evaluate(() => document.querySelector('teams-meeting-join').shadowRoot.querySelector('[part~="error"]')?.getAttribute('data-code'));
    assert.equal(code, 'm365-exchange-failed');
    await page.context().close();
  } finally {
    await fetch(`${server.url}/emulator/api/faults/teams-exchange`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"refuse":false}' });
  }
});

/** Collects the widget's tmj-error codes from page load on. */
async function errorCodes(page) {
  await page.evaluate(() => {
    window.__tmjErrors = [];
    document.querySelector('teams-meeting-join').addEventListener('tmj-error', (e) => window.__tmjErrors.push(e.detail?.code));
  });
  return () => page.evaluate(() => window.__tmjErrors);
}

/** The code and text of the widget's visible error, wherever the failure landed it. */
const shownError = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('teams-meeting-join').shadowRoot;
    const el = root.querySelector('[part~="error"][data-code]');
    return el ? { code: el.getAttribute('data-code'), text: el.textContent.trim() } : undefined;
  });

test('Microsoft 365: consent refused at the authority (AADSTS65004) shows m365-consent-refused and fires tmj-error', async () => {
  const meeting = (await api.meetings())[0];
  const page = await demoPage(meeting.id);
  const codes = await errorCodes(page);
  await signIn(page, 'declines@contoso.test');
  await waitFor(async () => (await shownError(page))?.code === 'm365-consent-refused', 'consent-refused shown', 20000);
  const shown = await shownError(page);
  assert.ok(shown.text.length > 20, `a specific message, not a bare code: ${shown.text}`);
  assert.ok((await codes()).includes('m365-consent-refused'), 'tmj-error carries the code');
  const joined = await api.meeting(meeting.id);
  assert.ok(!joined.participants.some((p) => p.displayName === 'Dee Clines'), 'nobody joined');
  await page.context().close();
});

test('Microsoft 365: closing the sign-in window shows m365-cancelled and fires tmj-error; Try again signs in and joins', async () => {
  const meeting = (await api.meetings())[0];
  const page = await demoPage(meeting.id);
  const codes = await errorCodes(page);
  const scope = page.locator('teams-meeting-join').first();
  await scope.getByRole('radio', { name: /work or school account/ }).check();
  const popup = page.waitForEvent('popup');
  await scope.getByRole('button', { name: 'Sign in and join' }).click();
  const win = await popup;
  await win.waitForLoadState();
  await win.close();
  await waitFor(async () => (await shownError(page))?.code === 'm365-cancelled' || (await codes()).includes('m365-cancelled'), 'cancelled reported', 20000);
  assert.ok((await codes()).includes('m365-cancelled'), 'tmj-error carries the code');
  // Try again signs in (MSAL's interaction lock from the abandoned popup is overridden) and joins.
  const retry = page.waitForEvent('popup');
  await scope.getByRole('button', { name: 'Try again' }).click();
  await page.waitForFunction(() => document.querySelector('teams-meeting-join')?.phase === 'prejoin').catch(() => undefined);
  if ((await widgetPhase(page)) === 'prejoin') {
    await scope.getByRole('radio', { name: /work or school account/ }).check();
    await scope.getByRole('button', { name: 'Sign in and join' }).click();
  }
  const again = await retry;
  await again.waitForLoadState();
  await again.locator('[data-account="grace@contoso.test"]').click();
  await waitFor(async () => (await widgetPhase(page)) === 'connected', 'joined on the second try', 30000);
  await page.context().close();
});

test('Microsoft 365: a blocked popup falls back to a full-page redirect and the join continues', async () => {
  const meeting = (await api.meetings())[0];
  const context = await browser.newContext({ permissions: ['camera', 'microphone'] });
  // A popup blocker: window.open answers null (what MSAL reports as empty_window_error).
  await context.addInitScript(() => {
    window.open = () => null;
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/?meeting=${meeting.id}`);
  await page.waitForFunction(() => document.querySelector('teams-meeting-join')?.phase === 'prejoin');
  await page.getByRole('radio', { name: /work or school account/ }).check();
  await page.getByRole('button', { name: 'Sign in and join' }).click();
  await page.waitForURL(/oauth2\/v2\.0\/authorize/, { timeout: 15000 });
  await page.locator('[data-account="grace@contoso.test"]').click();
  await page.waitForURL((url) => url.pathname === '/', { timeout: 15000 });
  await waitFor(async () => (await widgetPhase(page)) === 'connected', 'joined after the redirect', 30000);
  const joined = await api.meeting(meeting.id);
  assert.ok(joined.participants.some((p) => p.displayName === 'Grace Hopper'));
  await context.close();
});

test('Microsoft 365: two widgets on one page signed in as two people', async () => {
  const meeting = (await api.meetings())[0];
  const page = await demoPage(meeting.id);
  // A second widget on the same page, same settings, its own sign-in.
  await page.evaluate(() => {
    const first = document.querySelector('teams-meeting-join');
    const second = /** @type {any} */ (first.cloneNode(false));
    second.id = 'second';
    first.after(second);
  });
  await signIn(page, 'ada@contoso.test');
  await waitFor(async () => (await widgetPhase(page)) === 'connected', 'first joined', 30000);
  // Its own popup and account picker (prompt=select_account): the first widget's account is not reused.
  await signIn(page, 'grace@contoso.test', page.locator('#second'));
  await page.waitForFunction(() => /** @type {any} */ (document.querySelector('#second'))?.phase === 'connected', null, { timeout: 30000 });
  const joined = await api.meeting(meeting.id);
  const names = joined.participants.map((p) => p.displayName);
  assert.ok(names.includes('Ada Lovelace') && names.includes('Grace Hopper'), names.join(', '));
  await page.context().close();
});

test('Microsoft 365: an account of another organization is refused by the tenant authority (AADSTS50020): m365-tenant-not-allowed, tmj-error, nobody joins', async () => {
  const meeting = (await api.meetings())[0];
  const page = await demoPage(meeting.id);
  const codes = await errorCodes(page);
  const exchanges = [];
  page.on('request', (r) => r.url().endsWith('/api/teams-token') && exchanges.push(r.url()));
  await signIn(page, 'lin@fabrikam.test');
  await waitFor(async () => (await shownError(page))?.code === 'm365-tenant-not-allowed', 'tenant-not-allowed shown', 20000);
  // Refused by the authority itself (AADSTS50020 through MSAL), not later by the exchange's tenant check.
  assert.deepEqual(exchanges, [], 'no Entra token reached the exchange');
  const shown = await shownError(page);
  assert.ok(shown.text.length > 20 && !/AADSTS/.test(shown.text), `a specific, localized message (not Entra's text): ${shown.text}`);
  assert.ok((await codes()).includes('m365-tenant-not-allowed'), 'tmj-error carries the code');
  const joined = await api.meeting(meeting.id);
  assert.ok(!joined.participants.some((p) => p.displayName === 'Lin Fabrikam'), 'nobody joined');
  assert.equal(joined.participants.filter((p) => p.isTeamsUser).length, 0, 'no Teams user joined');
  await page.context().close();
});

test('Microsoft 365 over a real https authority (the TMJ_TLS listener, its certificate made for the run): signs in and joins', async (t) => {
  const tls = await startServer({ port: 0, quiet: true, tls: true });
  t.after(() => tls.close());
  assert.ok(tls.tlsUrl?.startsWith('https://'), 'a TLS listener');
  const meeting = (await apiClient(tls.url).meetings())[0];
  const page = await demoPage(meeting.id, '', { base: tls.url, trustRunCertificate: true });
  assert.equal(new URL(await page.locator('teams-meeting-join').getAttribute('aad-authority')).origin, tls.tlsUrl, 'the demo uses the https authority');
  const authorize = await signIn(page, 'grace@contoso.test');
  assert.equal(authorize.origin, tls.tlsUrl, 'MSAL used the https authority itself');
  await waitFor(async () => (await widgetPhase(page)) === 'connected', 'joined', 30000);
  const joined = await apiClient(tls.url).meeting(meeting.id);
  assert.ok(joined.participants.some((p) => p.displayName === 'Grace Hopper'));
  await page.context().close();
});

test('the emulator authority refuses hostile requests with Entra-shaped errors and never reflects input unencoded', async () => {
  const tenant = (await api.meetings())[0].tenantId ?? server.m365.accounts[0].tid;
  const authorize = (params) => fetch(`${server.url}/${tenant}/oauth2/v2.0/authorize?${new URLSearchParams(params)}`, { redirect: 'manual' });
  const good = { client_id: 'tmj-emulator-app', redirect_uri: `${server.url}/cdn/m365-redirect.html`, code_challenge: 'x'.repeat(43), code_challenge_method: 'S256', state: 's', response_mode: 'fragment' };
  // Off-loopback redirect URI, missing PKCE, a non-URL redirect: refused on the page, never redirected.
  for (const [params, code] of [
    [{ ...good, redirect_uri: 'https://evil.example/cb' }, 'AADSTS50011'],
    [{ ...good, redirect_uri: 'javascript:alert(1)' }, 'AADSTS50011'],
    [{ ...good, redirect_uri: 'not a url' }, 'AADSTS90102'],
    [{ ...good, code_challenge_method: 'plain' }, 'AADSTS9002325'],
    [{ ...good, code_challenge: '' }, 'AADSTS9002325'],
  ]) {
    const r = await authorize({ ...params, tmj_account: 'ada@contoso.test' });
    assert.equal(r.status, 400, JSON.stringify(params));
    assert.equal(r.headers.get('location'), null);
    assert.match(await r.text(), new RegExp(code));
  }
  // Another organization's account, with markup and line breaks in what the error echoes: encoded in the redirect.
  const hostile = '<script>alert(1)</script>\r\nSet-Cookie: x=1';
  const r = await authorize({ ...good, client_id: hostile, 'client-request-id': hostile, tmj_account: 'lin@fabrikam.test' });
  assert.equal(r.status, 302);
  const back = new URL(r.headers.get('location'));
  assert.equal(back.origin, server.url, 'back to the registered loopback redirect only');
  assert.ok(!/[<>\r\n]/.test(r.headers.get('location')), 'nothing unencoded in Location');
  const answer = new URLSearchParams(back.hash.slice(1));
  assert.equal(answer.get('error'), 'access_denied');
  assert.match(answer.get('error_description'), /^AADSTS50020: User account 'lin@fabrikam\.test' from identity provider '.+' does not exist in tenant '.+' and cannot access the application/);
  assert.match(answer.get('error_description'), /\r\nTrace ID: [\w-]+\r\nCorrelation ID: .+\r\nTimestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
  assert.equal(answer.get('state'), 's');
  // A tenant-independent authority admits the other organization's account (a multi-tenant app).
  const multi = await fetch(`${server.url}/organizations/oauth2/v2.0/authorize?${new URLSearchParams({ ...good, tmj_account: 'lin@fabrikam.test' })}`, { redirect: 'manual' });
  assert.ok(new URLSearchParams(new URL(multi.headers.get('location')).hash.slice(1)).get('code'), 'a code for the multi-tenant authority');
  // Path tricks are not authority paths; the token endpoint refuses codes, verifiers and grants it did not issue.
  for (const path of ['/..%2f/oauth2/v2.0/authorize', `/${tenant}/oauth2/v2.0/authorize/x`, '/%3Cx%3E/oauth2/v2.0/token']) {
    assert.notEqual((await fetch(`${server.url}${path}`, { redirect: 'manual' })).status, 302, path);
  }
  const token = (form) => fetch(`${server.url}/${tenant}/oauth2/v2.0/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });
  for (const [form, code] of [
    [{ grant_type: 'authorization_code', client_id: 'tmj-emulator-app', code: 'forged', redirect_uri: good.redirect_uri, code_verifier: 'v' }, 'AADSTS70008'],
    [{ grant_type: 'refresh_token', client_id: 'tmj-emulator-app', refresh_token: 'forged' }, 'AADSTS700082'],
    [{ grant_type: 'password', client_id: 'tmj-emulator-app', username: 'ada', password: 'x' }, 'AADSTS70003'],
  ]) {
    const answer = await token(form);
    assert.equal(answer.status, 400);
    const body = await answer.json();
    assert.match(body.error_description, new RegExp(`^${code}:`));
    assert.deepEqual(body.error_codes, [Number(code.slice(6))]);
  }
  const huge = await fetch(`${server.url}/${tenant}/oauth2/v2.0/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `grant_type=authorization_code&code=${'a'.repeat(200_000)}` });
  assert.equal(huge.status, 400, 'an oversized form is refused');
});
