// Issue 10 reqs 1 and 3 end to end: a session left or removed at any await of the join path (token, devices,
// socket) never takes a seat and leaves no live track; the session's credential is disposed with it (no token
// request after Leave, 2 s tokens, 10 s wait); a revoked token is replaced once for chat (401) and for a resume.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, waitFor } from './support/emulator.mjs';

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
before(async () => {
  env = await setup({ harness: true, server: { reconnectGraceMs: 6000 } });
});
after(async () => {
  await env?.close();
});

/**
 * A harness page whose getUserMedia is slowed by `gumDelayMs` and whose tracks are collected. With
 * `socketDelayMs` the signalling socket's `open` reaches the page that much later (it reports CONNECTING until
 * then), so "while waiting for the socket" is a real, held await instead of a race with a fast loopback.
 */
async function visitor(gumDelayMs = 0, socketDelayMs = 0) {
  const page = await env.page('/test/harness.html');
  if (socketDelayMs) {
    await page.evaluate((delay) => {
      window.__socketsOpening = 0;
      const Real = window.WebSocket;
      window.WebSocket = class SlowOpen extends Real {
        /** @type {((e: Event) => void) | null} */ #onopen = null;
        #held = true;
        /** @param {ConstructorParameters<typeof Real>} args */
        constructor(...args) {
          super(...args);
          window.__socketsOpening += 1;
          super.onopen = (e) => setTimeout(() => {
            this.#held = false;
            this.#onopen?.call(this, e);
          }, delay);
        }
        get readyState() {
          return this.#held && super.readyState !== Real.CLOSED && super.readyState !== Real.CLOSING ? Real.CONNECTING : super.readyState;
        }
        get onopen() {
          return this.#onopen;
        }
        set onopen(fn) {
          this.#onopen = fn;
        }
      };
    }, socketDelayMs);
  }
  await page.evaluate((delay) => {
    window.__tracks = [];
    const gum = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (c) => {
      const s = await gum(c);
      window.__tracks.push(...s.getTracks());
      if (delay) await new Promise((r) => setTimeout(r, delay));
      return s;
    };
  }, gumDelayMs);
  await page.waitForFunction(() => window.harness !== undefined);
  return page;
}

const seats = async (/** @type {string} */ meetingId) =>
  (await env.api.meeting(meetingId)).participants.filter((/** @type {any} */ p) => p.state !== 'left' && p.kind !== 'synthetic').length;
const liveTracks = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(() => window.__tracks.filter((t) => t.readyState === 'live').length);

for (const where of ['token', 'media', 'socket']) {
  for (const how of ['leave', 'dispose']) {
    test(`${how} while waiting for the ${where}: 0 seats after 5 s, 0 live tracks`, async () => {
      const meeting = await env.api.createMeeting({ title: `ghost ${where} ${how}` });
      if (where === 'token') await env.api.call('POST', '/faults/token', { mode: 'delay', delayMs: 1500, count: 1 });
      const page = await visitor(where === 'media' ? 1500 : 0, where === 'socket' ? 3000 : 0);
      await page.evaluate((threadId) => window.harness.startJoin({ threadId, displayName: 'Ghost', camera: true, mic: true }), meeting.threadId);
      if (where === 'token') await page.waitForTimeout(400);
      if (where === 'media') await page.waitForFunction(() => window.__tracks.length > 0);
      if (where === 'socket') {
        await page.waitForFunction(() => window.__socketsOpening > 0 && window.harness.state?.call === 'connecting');
      }
      await page.evaluate((how) => (how === 'leave' ? window.harness.session?.leave() : window.harness.dispose()), how);
      await page.waitForTimeout(5000);
      assert.equal(await seats(meeting.id), 0, 'nobody is in the meeting');
      assert.equal(await liveTracks(page), 0, 'every camera/microphone track the browser gave is stopped');
      await page.context().close();
      await env.api.call('DELETE', '/faults');
    });
  }
}

test('after Leave no token request (2 s tokens, 10 s wait); a failing refresh warns and ends the call clearly', async () => {
  const meeting = await env.api.createMeeting({ title: 'token lifecycle' });
  await env.api.call('POST', '/faults/token-lifetime', { seconds: 2, count: 100 });
  const page = await visitor();
  await page.evaluate((threadId) => window.harness.join({ threadId, displayName: 'Short', camera: false, mic: false }), meeting.threadId);
  await waitFor(() => page.evaluate(() => window.harness.state.call === 'connected'), 'connected');
  await page.waitForTimeout(3000);
  const during = await page.evaluate(() => window.harness.tokenCalls);
  assert.ok(during >= 2, `short tokens are refreshed during the call (${during})`);
  await page.evaluate(() => window.harness.leave());
  const atLeave = await page.evaluate(() => window.harness.tokenCalls);
  await page.waitForTimeout(10_000);
  assert.equal(await page.evaluate(() => window.harness.tokenCalls), atLeave, '0 token requests after Leave');

  // A refresh that keeps failing: a warning, then the call ends with token-refresh-failed (not silence).
  const page2 = await visitor();
  await page2.evaluate((threadId) => window.harness.join({ threadId, displayName: 'Failing', camera: false, mic: false }), meeting.threadId);
  await waitFor(() => page2.evaluate(() => window.harness.state.call === 'connected'), 'connected');
  await env.api.call('POST', '/faults/token', { mode: 'refuse', status: 503 });
  const end = await waitFor(() => page2.evaluate(() => window.harness.state.end), 'the call ends', 15_000);
  assert.equal(/** @type {any} */ (end).code, 'token-refresh-failed');
  const warned = await page2.evaluate(() => window.harness.events.some((e) => e.type === 'warning' && e.code === 'token-refresh-failed'));
  assert.ok(warned, 'a token-refresh-failed warning came first');
  const calls = await page2.evaluate(() => window.harness.tokenCalls);
  await page2.waitForTimeout(3000);
  assert.equal(await page2.evaluate(() => window.harness.tokenCalls), calls, 'no more token requests once ended');
  await env.api.call('DELETE', '/faults');
  await page.context().close();
  await page2.context().close();
});

test('a revoked token: chat refreshes once and goes on; a resume with it fetches a new one instead of ending', async () => {
  const meeting = await env.api.createMeeting({ title: 'revoked' });
  const page = await visitor();
  await page.evaluate((threadId) => window.harness.join({ threadId, displayName: 'Revoked', camera: false, mic: false }), meeting.threadId);
  await waitFor(() => page.evaluate(() => window.harness.state.chat.available), 'chat available');
  const me = (await env.api.meeting(meeting.id)).participants.find((/** @type {any} */ p) => p.displayName === 'Revoked');
  await env.api.call('POST', `/meetings/${meeting.id}/participants/${me.id}/expire-token`);
  await page.evaluate(() => window.harness.send('after revocation'));
  const sent = await waitFor(
    () => page.evaluate(() => window.harness.state.chat.messages.find((m) => m.content === 'after revocation')?.status),
    'the message is sent after one refresh',
  );
  assert.equal(sent, 'sent');
  assert.equal(await page.evaluate(() => window.harness.state.chat.available), true, 'chat is not dead');

  await env.api.call('POST', `/meetings/${meeting.id}/participants/${me.id}/expire-token`);
  await env.api.drop(meeting.id, me.id);
  await waitFor(() => page.evaluate(() => window.harness.events.some((e) => e.type === 'reconnected')), 'resumed with a fresh token', 15_000);
  assert.equal(await page.evaluate(() => window.harness.state.call), 'connected', 'not ended with token-rejected');
  await page.evaluate(() => window.harness.leave());
  await page.context().close();
});

test('issue 10 req 2: the service stores a message and the answer is cut (5 times): 0 duplicates, all shown as sent', async () => {
  const meeting = await env.api.createMeeting({ title: 'lost answers' });
  const page = await visitor();
  await page.evaluate((threadId) => window.harness.join({ threadId, displayName: 'Prober', camera: false, mic: false }), meeting.threadId);
  await waitFor(() => page.evaluate(() => window.harness.state.chat.available), 'chat available');
  await env.api.call('POST', '/faults/chat', { mode: 'store-then-cut', count: 5 });
  for (let i = 0; i < 5; i++) await page.evaluate((i) => window.harness.send(`probe ${i}`), i);
  const stored = await env.api.call('GET', `/meetings/${meeting.id}/chat`);
  const contents = stored.value.map((/** @type {any} */ m) => m.content?.message);
  assert.equal(contents.filter((/** @type {string} */ c) => typeof c === 'string' && c.startsWith('probe ')).length, 5, `stored once each: ${JSON.stringify(contents)}`);
  const shown = await waitFor(
    () =>
      page.evaluate(() => {
        const own = window.harness.state.chat.messages.filter((m) => m.content.startsWith('probe '));
        return own.length === 5 && own.every((m) => m.status === 'sent') ? own.map((m) => m.content) : false;
      }),
    'five messages, each once, sent',
  );
  assert.deepEqual(shown, ['probe 0', 'probe 1', 'probe 2', 'probe 3', 'probe 4']);
  await page.evaluate(() => window.harness.leave());
  await page.context().close();
});
