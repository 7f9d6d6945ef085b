// The emulator MeetingSession in real Chromium against the real emulator, without the UI: WebRTC media
// between two visitors, lobby and admission, compliance at admission, chat both ways through the real chat
// SDK, the end outcomes, reconnection, and that leaving releases every camera/microphone track.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, waitFor } from './support/emulator.mjs';

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
before(async () => {
  env = await setup({ harness: true, server: { reconnectGraceMs: 4000 } });
});
after(async () => {
  await env?.close();
});

const summary = (/** @type {import('playwright-core').Page} */ page) => page.evaluate(() => window.harness.summary());

/** Opens a harness page whose getUserMedia tracks are collected in window.__tracks. */
async function visitor(/** @type {string} */ name) {
  const page = await env.page('/test/harness.html');
  await page.evaluate(() => {
    window.__tracks = [];
    const gum = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (c) => {
      const s = await gum(c);
      window.__tracks.push(...s.getTracks());
      return s;
    };
  });
  await page.waitForFunction(() => window.harness !== undefined);
  return { page, name };
}

async function join(/** @type {{page: import('playwright-core').Page, name: string}} */ v, /** @type {string} */ threadId, options = {}) {
  await v.page.evaluate(([threadId, name, options]) => window.harness.join({ threadId, displayName: name, ...options }), [threadId, v.name, options]);
}

test('two visitors join a meeting without lobby and each sees the other\'s video with frames flowing', async () => {
  const meeting = await env.api.createMeeting({ title: 'video test' });
  const ann = await visitor('Ann');
  const bob = await visitor('Bob');
  await join(ann, meeting.threadId);
  await join(bob, meeting.threadId);
  for (const [me, other] of [[ann, 'Bob'], [bob, 'Ann']]) {
    const s = await waitFor(async () => {
      const s = await summary(me.page);
      const p = s.participants.find((p) => p.name === other);
      const stream = s.streams.find((x) => x.kind === 'camera' && x.participantId !== 'self' && x.available);
      return s.call === 'connected' && p && stream ? { s, stream } : null;
    }, `${me.name} to see ${other}'s camera stream available`);
    await me.page.evaluate((id) => window.harness.showVideo(id), s.stream.id);
    const flow = await waitFor(async () => {
      const f = await me.page.evaluate((id) => window.harness.videoFlowing(id, 700), s.stream.id);
      return f.width > 0 && f.advanced ? f : null;
    }, `${me.name}'s view of ${other} to show frames (videoWidth > 0, currentTime advancing)`);
    assert.ok(flow.width > 0, `${me.name} sees ${other}'s video width > 0`);
  }
  // Mute and camera state travel to the other side.
  await bob.page.evaluate(() => window.harness.setCamera(false));
  await bob.page.evaluate(() => window.harness.setMicrophone(false));
  await waitFor(async () => {
    const p = (await summary(ann.page)).participants.find((p) => p.name === 'Bob');
    return p && p.muted && !p.videoOn;
  }, 'Ann to see Bob muted with camera off');
  await ann.page.context().close();
  await bob.page.context().close();
});

test('a visitor waits in the lobby until admitted from the console, and sees recording already running at admission', async () => {
  const meeting = await env.api.createMeeting({ title: 'lobby test', lobby: true });
  const ann = await visitor('Ann');
  await join(ann, meeting.threadId, { camera: false });
  await waitFor(async () => (await summary(ann.page)).call === 'lobby', 'Ann to be in the lobby');
  const m = await env.api.meeting(meeting.id);
  const waiting = m.participants.find((p) => p.displayName === 'Ann');
  assert.equal(waiting?.state, 'lobby', 'the console lists Ann in the lobby');
  assert.equal((await summary(ann.page)).chat.available, false, 'no chat in the lobby');
  await env.api.recording(meeting.id, true);
  await new Promise((r) => setTimeout(r, 300));
  assert.equal((await summary(ann.page)).compliance.recording, false, 'lobby visitors learn nothing about the meeting');
  await env.api.admit(meeting.id, waiting.id);
  await waitFor(async () => (await summary(ann.page)).call === 'connected', 'Ann to be admitted');
  // The first connected snapshot already carries the recording flag (no window without the banner).
  const firstConnected = await ann.page.evaluate(() => window.harness.states.find((s) => s.call === 'connected'));
  assert.equal(firstConnected.compliance.recording, true, 'recording is in the very first connected state');
  await ann.page.context().close();
});

test('denied from the lobby ends with outcome denied', async () => {
  const meeting = await env.api.createMeeting({ title: 'deny test', lobby: true });
  const ann = await visitor('Ann');
  await join(ann, meeting.threadId, { camera: false, mic: false });
  await waitFor(async () => (await summary(ann.page)).call === 'lobby', 'Ann in the lobby');
  const p = (await env.api.meeting(meeting.id)).participants[0];
  await env.api.deny(meeting.id, p.id);
  const s = await waitFor(async () => {
    const s = await summary(ann.page);
    return s.call === 'ended' ? s : null;
  }, 'the call to end');
  assert.deepEqual(s.end, { outcome: 'denied', code: 'denied' });
  await ann.page.context().close();
});

test('chat both ways, including a Teams HTML message from the console, through the real chat SDK', async () => {
  const meeting = await env.api.createMeeting({ title: 'chat test' });
  const ann = await visitor('Ann');
  const bob = await visitor('Bob');
  await join(ann, meeting.threadId, { camera: false, mic: false });
  await join(bob, meeting.threadId, { camera: false, mic: false });
  for (const v of [ann, bob]) await waitFor(async () => (await summary(v.page)).chat.available, `${v.name}'s chat to be available`);
  await ann.page.evaluate(() => window.harness.send('hello from Ann'));
  await bob.page.evaluate(() => window.harness.send('hi Ann, Bob here'));
  await env.api.teamsChat(meeting.id, '<p>Welcome <strong>both</strong> of you</p>', 'Olivia Organizer');
  for (const [v, own, other] of [[ann, 'hello from Ann', 'hi Ann, Bob here'], [bob, 'hi Ann, Bob here', 'hello from Ann']]) {
    const chat = await waitFor(async () => {
      const c = (await summary(v.page)).chat;
      const has = (t) => c.messages.some((m) => m.content === t);
      return has(own) && has(other) && c.messages.some((m) => m.format === 'html') ? c : null;
    }, `${v.name} to see both messages and the Teams one`);
    assert.equal(chat.messages.find((m) => m.content === own).isOwn, true, `${v.name}'s own message is marked own`);
    assert.equal(chat.messages.find((m) => m.content === own).status, 'sent');
    const teams = chat.messages.find((m) => m.format === 'html');
    assert.equal(teams.sender, 'Olivia Organizer');
    assert.match(teams.content, /<strong>both<\/strong>/, 'Teams HTML arrives as html for the sanitiser');
  }
  await ann.page.context().close();
  await bob.page.context().close();
});

test('a channel meeting has no chat and says why', async () => {
  const meeting = await env.api.createMeeting({ title: 'channel', channel: true });
  const ann = await visitor('Ann');
  await join(ann, meeting.threadId, { camera: false, mic: false });
  const s = await waitFor(async () => {
    const s = await summary(ann.page);
    return s.call === 'connected' ? s : null;
  }, 'Ann connected');
  assert.equal(s.chat.available, false);
  assert.equal(s.chat.reason, 'channel-meeting');
  await ann.page.context().close();
});

test('removed by the organizer, and the meeting ended for everyone, end with their own outcomes', async () => {
  const meeting = await env.api.createMeeting({ title: 'end test' });
  const ann = await visitor('Ann');
  const bob = await visitor('Bob');
  await join(ann, meeting.threadId, { camera: false, mic: false });
  await join(bob, meeting.threadId, { camera: false, mic: false });
  await waitFor(async () => (await summary(bob.page)).call === 'connected', 'Bob connected');
  const annId = (await env.api.meeting(meeting.id)).participants.find((p) => p.displayName === 'Ann').id;
  await env.api.remove(meeting.id, annId);
  const a = await waitFor(async () => ((await summary(ann.page)).call === 'ended' ? summary(ann.page) : null), 'Ann removed');
  assert.deepEqual(a.end, { outcome: 'removed', code: 'removed' });
  await waitFor(async () => (await summary(bob.page)).participants.length === 0, 'Bob to see Ann leave');
  await env.api.end(meeting.id);
  const b = await waitFor(async () => ((await summary(bob.page)).call === 'ended' ? summary(bob.page) : null), 'meeting ended for Bob');
  assert.deepEqual(b.end, { outcome: 'ended', code: 'meeting-ended' });
  await ann.page.context().close();
  await bob.page.context().close();
});

test('a dropped connection shows reconnecting, then resumes; a refused one fails with network', async () => {
  const meeting = await env.api.createMeeting({ title: 'drop test' });
  const ann = await visitor('Ann');
  await join(ann, meeting.threadId, { camera: false, mic: false });
  await waitFor(async () => (await summary(ann.page)).call === 'connected', 'Ann connected');
  const annId = (await env.api.meeting(meeting.id)).participants[0].id;
  await env.api.drop(meeting.id, annId, 600);
  await waitFor(async () => ann.page.evaluate(() => window.harness.states.some((s) => s.call === 'reconnecting')), 'reconnecting state');
  // Recording starts while Ann's connection is down: she must learn it when she is back.
  await env.api.recording(meeting.id, true);
  await waitFor(async () => (await summary(ann.page)).call === 'connected', 'Ann reconnected');
  await waitFor(async () => (await summary(ann.page)).compliance.recording, 'recording started during the outage shown after resuming');
  assert.ok(await ann.page.evaluate(() => window.harness.events.some((e) => e.type === 'reconnected')), 'a reconnected event fired');
  // Refuse reconnection beyond the server's grace period (4 s in this suite): the call fails with `network`.
  await env.api.drop(meeting.id, annId, 60000);
  const s = await waitFor(async () => ((await summary(ann.page)).call === 'ended' ? summary(ann.page) : null), 'the call to fail', 20000);
  assert.equal(s.end.outcome, 'failed');
  assert.equal(s.end.code, 'network');
  await ann.page.context().close();
});

test('leaving stops every local camera and microphone track', async () => {
  const meeting = await env.api.createMeeting({ title: 'leave test' });
  const ann = await visitor('Ann');
  await join(ann, meeting.threadId);
  await waitFor(async () => (await summary(ann.page)).call === 'connected', 'Ann connected');
  await ann.page.evaluate(() => window.harness.setCamera(false));
  await ann.page.evaluate(() => window.harness.setCamera(true));
  const before = await ann.page.evaluate(() => window.__tracks.map((t) => t.readyState));
  assert.ok(before.filter((s) => s === 'live').length >= 2, `camera and mic are live before leaving (${before})`);
  await ann.page.evaluate(() => window.harness.leave());
  const after = await ann.page.evaluate(() => window.__tracks.map((t) => `${t.kind}:${t.readyState}`));
  assert.ok(after.length >= 3, 'all tracks opened were collected');
  assert.deepEqual(after.filter((s) => !s.endsWith(':ended')), [], 'no track is left live after leave');
  const s = await summary(ann.page);
  assert.deepEqual(s.end, { outcome: 'left', code: 'left' });
  await ann.page.context().close();
});

test('screen sharing reaches the other visitor as a screen stream with frames (headless: auto-selected entire screen)', async () => {
  const meeting = await env.api.createMeeting({ title: 'screen test' });
  const ann = await visitor('Ann');
  const bob = await visitor('Bob');
  await join(ann, meeting.threadId, { camera: false, mic: false });
  await join(bob, meeting.threadId, { camera: false, mic: false });
  await waitFor(async () => (await summary(ann.page)).participants.length === 1, 'Ann sees Bob');
  const shared = await ann.page.evaluate(async () => {
    try {
      await window.harness.shareScreen(true);
      return true;
    } catch (e) {
      return String(e);
    }
  });
  assert.equal(shared, true, 'getDisplayMedia worked headless');
  assert.equal((await summary(ann.page)).self.screenSharing, true, 'Ann is sharing');
  const stream = await waitFor(async () => {
    const s = await summary(bob.page);
    const p = s.participants.find((p) => p.name === 'Ann');
    return p?.screenSharing ? s.streams.find((x) => x.kind === 'screen' && x.available) : null;
  }, 'Bob to see Ann\'s screen stream');
  await bob.page.evaluate((id) => window.harness.showVideo(id), stream.id);
  const flow = await waitFor(async () => {
    const f = await bob.page.evaluate((id) => window.harness.videoFlowing(id, 700), stream.id);
    return f.width > 0 && f.advanced ? f : null;
  }, 'screen frames flowing at Bob');
  assert.ok(flow.width > 0);
  await ann.page.evaluate(() => window.harness.shareScreen(false));
  await waitFor(async () => !(await summary(bob.page)).streams.some((x) => x.kind === 'screen'), 'the screen stream goes away when sharing stops');
  await ann.page.context().close();
  await bob.page.context().close();
});

test('muted by the organizer: the microphone goes off, the track is released and the session says who did it', async () => {
  const meeting = await env.api.createMeeting({ title: 'mute test' });
  const ann = await visitor('Ann');
  await join(ann, meeting.threadId, { camera: false, mic: true });
  await waitFor(async () => (await summary(ann.page)).call === 'connected', 'Ann connected');
  assert.equal((await summary(ann.page)).self.microphoneOn, true);
  const annId = (await env.api.meeting(meeting.id)).participants[0].id;
  await env.api.call('POST', `/meetings/${meeting.id}/participants/${annId}/mute`);
  await waitFor(async () => (await summary(ann.page)).self.microphoneOn === false, 'Ann muted');
  assert.ok(await ann.page.evaluate(() => window.harness.events.some((e) => e.type === 'muted-by-others')), 'a muted-by-others event fired');
  assert.deepEqual(await ann.page.evaluate(() => window.__tracks.filter((t) => t.kind === 'audio').map((t) => t.readyState)), ['ended']);
  const seen = await waitFor(async () => (await env.api.meeting(meeting.id)).participants[0].media.mic === false, 'the meeting to show Ann muted');
  assert.ok(seen);
  await ann.page.context().close();
});

test('a short-lived token is refreshed through the token endpoint: chat keeps working after it expired', async () => {
  const meeting = await env.api.createMeeting({ title: 'refresh test' });
  await env.api.call('POST', '/faults/token-lifetime', { seconds: 4, count: 1 });
  const ann = await visitor('Ann');
  await join(ann, meeting.threadId, { camera: false, mic: false });
  await waitFor(async () => (await summary(ann.page)).chat.available, 'chat available');
  await new Promise((r) => setTimeout(r, 4500)); // the first token has expired now
  await ann.page.evaluate(() => window.harness.send('after expiry'));
  const msg = await waitFor(async () => (await summary(ann.page)).chat.messages.find((m) => m.content === 'after expiry' && m.status !== 'sending'), 'the message to settle');
  assert.equal(msg.status, 'sent', 'sent with a refreshed token (same identity, so still a member of the chat)');
  await ann.page.context().close();
});
