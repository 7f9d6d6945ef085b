// The organizer console page as a person uses it (buttons, not the API): admitting from the lobby, recording,
// Teams chat, and synthetic participants whose generated video and audio reach a real guest over WebRTC,
// through the emulator's TURN relay on 127.0.0.1 (relay↔relay candidate pair), like media between guests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, waitFor } from './support/emulator.mjs';
import { assertRelayed, recordPeerConnections } from './support/relay.mjs';

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
before(async () => {
  env = await setup({ harness: true });
});
after(async () => {
  await env?.close();
});

const summary = (/** @type {import('playwright-core').Page} */ page) => page.evaluate(() => window.harness.summary());

async function guest(/** @type {string} */ threadId, /** @type {string} */ name, options = {}) {
  const context = await env.browser.newContext({ permissions: ['camera', 'microphone'] });
  await context.addInitScript(recordPeerConnections);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(`${env.server.url}/test/harness.html`);
  await page.waitForFunction(() => window.harness !== undefined);
  await page.evaluate(([threadId, name, options]) => window.harness.join({ threadId, displayName: name, ...options }), [threadId, name, options]);
  return page;
}

test('the console page admits a guest from the lobby, toggles recording and sends Teams chat', async () => {
  const meeting = await env.api.createMeeting({ title: 'console ui', lobby: true });
  const visitor = await guest(meeting.threadId, 'Dana', { camera: false, mic: false });
  const console_ = await env.page(`/console.html?meeting=${meeting.id}`);
  await console_.getByRole('button', { name: 'Admit: Dana' }).click();
  await waitFor(async () => (await summary(visitor)).call === 'connected', 'Dana admitted from the console page');

  await console_.getByRole('button', { name: 'Start recording' }).click();
  await waitFor(async () => (await summary(visitor)).compliance.recording, 'recording flag at the guest');
  assert.equal(await console_.getByRole('button', { name: 'Stop recording' }).getAttribute('aria-pressed'), 'true');
  await console_.getByRole('button', { name: 'Start transcription' }).click();
  await waitFor(async () => (await summary(visitor)).compliance.transcription, 'transcription flag at the guest');
  await console_.getByRole('button', { name: 'Stop recording' }).click();
  await waitFor(async () => {
    const c = (await summary(visitor)).compliance;
    return !c.recording && c.transcription;
  }, 'recording stopped while transcription continues');

  await waitFor(async () => (await summary(visitor)).chat.available, 'chat available');
  await console_.getByRole('button', { name: 'Send', exact: true }).click();
  const msg = await waitFor(async () => (await summary(visitor)).chat.messages.find((m) => m.format === 'html'), 'the Teams message at the guest');
  assert.match(msg.content, /<strong>Teams<\/strong>/);
  await console_.getByRole('button', { name: 'Send hostile HTML' }).click();
  await waitFor(async () => (await summary(visitor)).chat.messages.filter((m) => m.format === 'html').length >= 10, 'the hostile corpus at the guest');
  await visitor.context().close();
  await console_.context().close();
});

test('synthetic participants from the console reach a guest with generated video and audio', async () => {
  const meeting = await env.api.createMeeting({ title: 'synthetic' });
  const visitor = await guest(meeting.threadId, 'Eve', { camera: false, mic: false });
  const console_ = await env.page(`/console.html?meeting=${meeting.id}&synthetic=3`);
  const s = await waitFor(async () => {
    const s = await summary(visitor);
    const ready = s.streams.filter((x) => x.participantId !== 'self' && x.kind === 'camera' && x.available);
    return s.participants.length === 3 && ready.length === 3 ? s : null;
    // 45 s, like the late guest's wait below: the console tab starts three generated cameras and microphones; it
    // missed 20 s once in a fresh-clone run at load 3.5 (passes focused and in the runs before).
  }, 'three synthetic participants with available video at the guest', 45000);
  const stream = s.streams.find((x) => x.participantId !== 'self' && x.available);
  await visitor.evaluate((id) => window.harness.showVideo(id), stream.id);
  const flow = await waitFor(async () => {
    const f = await visitor.evaluate((id) => window.harness.videoFlowing(id, 700), stream.id);
    return f.width > 0 && f.advanced ? f : null;
  }, 'synthetic video frames flowing');
  assert.ok(flow.width > 0);
  // The console tab offered to Eve: both ends on the relay, over loopback.
  await assertRelayed(visitor, 'Eve', 3, 'the three synthetic participants');
  // They take turns talking: the guest's speaking indicator comes from the received audio levels.
  await waitFor(async () => (await summary(visitor)).participants.some((p) => p.speaking), 'a synthetic participant detected as speaking', 15000);

  // A guest joining later connects to the synthetic ones too (they answer its offers).
  const late = await guest(meeting.threadId, 'Finn', { camera: false, mic: false });
  await waitFor(async () => {
    const s = await summary(late);
    return s.streams.filter((x) => x.participantId !== 'self' && x.available).length === 3;
    // 45 s: the console tab renders three synthetic cameras and answers each offer; under load 12 on 2 cores the
    // answers took longer than 20 s once (the run before and the focused run after were well inside it).
  }, 'the late guest sees the three synthetic videos', 45000);
  // Finn offered to them (the console answered): relayed too, like his link to Eve.
  await assertRelayed(late, 'Finn', 4, 'the three synthetic participants and Eve');

  // Closing the console tab takes its synthetic participants out of the meeting.
  await console_.context().close();
  await waitFor(async () => (await summary(visitor)).participants.filter((p) => p.name.startsWith('Synthetic')).length === 0, 'synthetic participants gone with their tab', 15000);
  await visitor.context().close();
  await late.context().close();
});
