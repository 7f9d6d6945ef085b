// Issue 10 req 5 end to end, against the emulator's `hang` fault (chat requests accepted and never answered):
// a send times out (about 15 s) into `failed`, kept for Retry; polling, whose requests hang too, recovers by itself
// once the service answers again — a Teams user's message sent during the hang appears without any action — and
// Retry then sends the message exactly once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, waitFor } from './support/emulator.mjs';

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
before(async () => {
  env = await setup({ harness: true });
});
after(async () => {
  await env?.close();
});

test('a hanging chat service: the send fails after ~15 s with Retry, polling recovers by itself, Retry sends once', async () => {
  const meeting = await env.api.createMeeting({ title: 'hanging chat' });
  const page = await env.page('/test/harness.html');
  await page.waitForFunction(() => window.harness !== undefined);
  await page.evaluate((threadId) => window.harness.join({ threadId, displayName: 'Patient', camera: false, mic: false }), meeting.threadId);
  await waitFor(() => page.evaluate(() => window.harness.state.chat.available), 'chat available');
  const status = (/** @type {string} */ text) =>
    page.evaluate((text) => window.harness.session.state.chat.messages.find((m) => m.content === text)?.status, text);

  // Every chat request from now on hangs: the send's POST and the polls' GETs.
  await env.api.call('POST', '/faults/chat', { mode: 'hang', count: 10_000 });
  const started = Date.now();
  await page.evaluate(() => void window.harness.send('sent into the hang').catch(() => undefined));
  assert.equal(await status('sent into the hang'), 'sending', 'shown at once as sending');
  await waitFor(async () => (await status('sent into the hang')) === 'failed', 'the send times out into failed', 40_000);
  const elapsed = Date.now() - started;
  // A bound the issue asks for ("about 15 s"), with room for a loaded machine; never the 45 s and more of before.
  assert.ok(elapsed >= 12_000 && elapsed <= 30_000, `timed out after ${elapsed} ms`);
  const failed = await page.evaluate(() => window.harness.session.state.chat.messages.find((m) => m.content === 'sent into the hang'));
  assert.equal(failed.error, 'chat-send-failed', 'failed with the send error (the panel offers Retry and Discard)');
  assert.ok((await env.api.call('GET', '/faults')).hangingRequests > 0, 'the service really is hanging (requests held open)');

  // A Teams user writes while the service hangs for us; then the service recovers.
  await env.api.call('POST', `/meetings/${meeting.id}/chat`, { content: 'written during the hang', type: 'text', senderName: 'Teams Tess' });
  await env.api.call('DELETE', '/faults');
  await waitFor(async () => (await status('written during the hang')) === 'received', 'polling recovers by itself and shows it', 45_000);
  assert.equal(await status('sent into the hang'), 'failed', 'the failed message waits for the visitor (no silent re-send)');

  // Retry: sent once; the service holds exactly one copy.
  await page.evaluate(() => {
    const m = window.harness.session.state.chat.messages.find((x) => x.content === 'sent into the hang');
    return window.harness.session.retryChatMessage(m.id);
  });
  await waitFor(async () => (await status('sent into the hang')) === 'sent', 'sent after Retry', 20_000);
  const stored = await env.api.call('GET', `/meetings/${meeting.id}/chat`);
  const copies = stored.value.filter((/** @type {any} */ m) => m.content?.message === 'sent into the hang');
  assert.equal(copies.length, 1, 'exactly one copy stored');
  await page.evaluate(() => window.harness.leave());
  await page.context().close();
});
