// End to end through the real script-tag build on the demo page: two visitors, the lobby and admission from the
// console API, video both ways with frames flowing, chat both ways including a Teams HTML message, the recording
// banner within 1 s of the console starting it, leave releasing every track, and a channel meeting's chat.
// Call media goes through the emulator's TURN relay on 127.0.0.1 (relay↔relay candidate pair).
// Set TMJ_E2E_CDN_DIR to test a script-tag build in another folder (default: the repo's cdn/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, waitFor, widgetPhase as phase } from './support/emulator.mjs';
import { assertRelayed, recordPeerConnections } from './support/relay.mjs';

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
before(async () => {
  env = await setup({ server: process.env.TMJ_E2E_CDN_DIR ? { cdnDir: process.env.TMJ_E2E_CDN_DIR } : {} });
});
after(async () => {
  await env?.close();
});

/** Opens the demo page for `meetingId`, with every getUserMedia track collected in window.__tracks. */
async function openDemo(/** @type {string} */ meetingId) {
  const context = await env.browser.newContext({ permissions: ['camera', 'microphone'] });
  await context.addInitScript(recordPeerConnections);
  await context.addInitScript(() => {
    window.__phases = [];
    document.addEventListener('tmj-state-change', (e) => window.__phases.push(e.detail.state));
    window.__tracks = [];
    const md = navigator.mediaDevices;
    const gum = md.getUserMedia.bind(md);
    md.getUserMedia = async (constraints) => {
      const stream = await gum(constraints);
      window.__tracks.push(...stream.getTracks());
      return stream;
    };
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(`${env.server.url}/?meeting=${encodeURIComponent(meetingId)}`);
  await page.waitForFunction(() => customElements.get('teams-meeting-join') !== undefined, null, { timeout: 10000 });
  return page;
}

async function joinAs(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ name) {
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Join now' }).click();
}

async function lobbyParticipant(/** @type {string} */ meetingId, /** @type {string} */ name) {
  return waitFor(async () => (await env.api.meeting(meetingId)).participants.find((p) => p.displayName === name && p.state === 'lobby'), `${name} in the console's lobby list`);
}

/** A remote participant's video in the widget (inside its shadow roots), checked for frames flowing. */
async function remoteVideoFlowing(/** @type {import('playwright-core').Page} */ page) {
  const video = page.locator('video[data-stream-id]:not([data-stream-id^="self:"])').first();
  await video.waitFor({ state: 'attached', timeout: 15000 });
  // Seen by a person: the tile has a size on screen, not just a playing element.
  const box = await waitFor(async () => {
    const b = await video.boundingBox();
    return b && b.width > 0 && b.height > 0 ? b : null;
  }, 'the remote video to take up space on screen (a zero-height gallery hides it)', 5000);
  assert.ok(box.height > 0);
  return waitFor(async () => {
    const t0 = await video.evaluate((v) => v.currentTime);
    await new Promise((r) => setTimeout(r, 600));
    const { w, t1 } = await video.evaluate((v) => ({ w: v.videoWidth, t1: v.currentTime }));
    return w > 0 && t1 > t0 ? { w, t0, t1 } : null;
  }, 'remote video frames (videoWidth > 0, currentTime advancing)');
}

test('two visitors: lobby until admitted from the console, video both ways, chat both ways with Teams HTML, recording banner within 1 s, leave releases every track', async () => {
  const meeting = await env.api.createMeeting({ title: 'widget e2e', lobby: true });
  const ann = await openDemo(meeting.id);
  const bob = await openDemo(meeting.id);

  await joinAs(ann, 'Ann');
  await waitFor(async () => (await phase(ann)) === 'lobby', 'Ann to wait in the lobby');
  const annSeat = await lobbyParticipant(meeting.id, 'Ann');
  await env.api.admit(meeting.id, annSeat.id);
  await waitFor(async () => (await phase(ann)) === 'connected', 'Ann admitted and connected');

  await joinAs(bob, 'Bob');
  await waitFor(async () => (await phase(bob)) === 'lobby', 'Bob to wait in the lobby');
  assert.equal(await phase(bob), 'lobby', 'Bob stays in the lobby until admitted');
  await env.api.admit(meeting.id, (await lobbyParticipant(meeting.id, 'Bob')).id);
  await waitFor(async () => (await phase(bob)) === 'connected', 'Bob admitted and connected');

  const annSees = await remoteVideoFlowing(ann);
  const bobSees = await remoteVideoFlowing(bob);
  assert.ok(annSees.w > 0 && bobSees.w > 0, 'each sees the other\'s video');
  // Chromium gathers no loopback host candidates; the emulator's TURN relay keeps the media on 127.0.0.1.
  for (const [who, page] of [['Ann', ann], ['Bob', bob]]) await assertRelayed(page, who, 1, 'the other visitor');

  // Chat both ways, plus a Teams HTML message from the console.
  for (const page of [ann, bob]) await page.getByRole('button', { name: /^Chat/ }).click();
  await ann.getByPlaceholder('Type a message').fill('Hello Bob, Ann here');
  await ann.getByPlaceholder('Type a message').press('Enter');
  await bob.getByPlaceholder('Type a message').fill('Hi Ann!');
  await bob.getByPlaceholder('Type a message').press('Enter');
  await env.api.teamsChat(meeting.id, '<p>Welcome to the <strong>meeting</strong>, <at id="0">guests</at></p>', 'Olivia Organizer');
  for (const [page, other] of [[ann, 'Hi Ann!'], [bob, 'Hello Bob, Ann here']]) {
    await page.getByText(other).first().waitFor({ timeout: 10000 });
    const strong = page.locator('[role="log"] strong', { hasText: 'meeting' }).first();
    await strong.waitFor({ timeout: 10000 });
    assert.equal(await strong.evaluate((e) => e.tagName), 'STRONG', 'Teams HTML is rendered as formatting, not as text');
  }

  // Recording started from the console shows the banner at once.
  const started = Date.now();
  await env.api.recording(meeting.id, true);
  const alert = ann.locator('tmj-compliance-banner [role="alert"], tmj-compliance-banner').filter({ hasText: /record/i }).first();
  await alert.waitFor({ state: 'visible', timeout: 5000 });
  const elapsed = Date.now() - started;
  assert.ok(elapsed <= 1000, `recording banner visible ${elapsed} ms after the console started recording (limit 1000 ms)`);

  // Leave stops every local media track (pre-join preview and call tracks alike).
  const liveBefore = await ann.evaluate(() => window.__tracks.filter((t) => t.readyState === 'live').length);
  assert.ok(liveBefore > 0, 'Ann had live tracks in the call');
  await ann.getByRole('button', { name: 'Leave' }).click();
  await waitFor(async () => (await phase(ann)) === 'left', 'Ann left');
  const live = await waitFor(
    async () => {
      const l = await ann.evaluate(() => window.__tracks.filter((t) => t.readyState !== 'ended').map((t) => t.kind));
      return l.length === 0 ? [] : null;
    },
    'every track Ann opened to be ended',
    5000,
  ).catch(async () => ann.evaluate(() => window.__tracks.filter((t) => t.readyState !== 'ended').map((t) => `${t.kind}:${t.label}`)));
  assert.deepEqual(live, [], 'no camera or microphone track stays live after leaving');

  await ann.context().close();
  await bob.context().close();
});

test('a channel meeting shows no chat and says why', async () => {
  const meeting = await env.api.createMeeting({ title: 'channel e2e', channel: true });
  const page = await openDemo(meeting.id);
  await joinAs(page, 'Cara');
  await waitFor(async () => (await phase(page)) === 'connected', 'Cara connected');
  await page.getByRole('button', { name: /^Chat/ }).click();
  await page.getByText('This meeting was scheduled in a Teams channel, where guests cannot use the chat.').waitFor({ timeout: 5000 });
  const usable = await page.getByPlaceholder('Type a message').evaluateAll((boxes) => boxes.filter((b) => !b.disabled && b.checkVisibility()).length);
  assert.equal(usable, 0, 'no usable send box in a channel meeting');
  await page.context().close();
});

test('the console\'s hostile Teams HTML reaches the chat panel and executes nothing', async () => {
  const meeting = await env.api.createMeeting({ title: 'hostile e2e' });
  const page = await openDemo(meeting.id);
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await joinAs(page, 'Gus');
  await waitFor(async () => (await phase(page)) === 'connected', 'Gus connected');
  await page.getByRole('button', { name: /^Chat/ }).click();
  const { ids } = await env.api.call('POST', `/meetings/${meeting.id}/chat/hostile`, {});
  await page.getByText('overlay attempt').first().waitFor({ timeout: 10000 });
  await page.getByText('ok link').first().waitFor({ timeout: 10000 });
  await new Promise((r) => setTimeout(r, 1000)); // give any injected handler time to run
  assert.ok(ids.length >= 10, 'the whole corpus was sent');
  assert.deepEqual(dialogs, [], 'no alert() ran');
  assert.equal(await page.evaluate(() => window.__tmjXss), undefined, 'no injected script or handler ran');
  const scripts = await page.locator('[role="log"] script, [role="log"] iframe, [role="log"] object, [role="log"] embed, [role="log"] style, [role="log"] [onerror], [role="log"] [onload]').count();
  assert.equal(scripts, 0, 'no active content survives sanitising');
  const hrefs = await page.locator('[role="log"] a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.every((h) => !/^\s*(javascript|data):/i.test(h)), `no javascript:/data: links (${hrefs})`);
  await page.context().close();
});

test('a meeting already being recorded shows the recording banner at admission from the lobby', async () => {
  const meeting = await env.api.createMeeting({ title: 'recorded before admission', lobby: true });
  await env.api.recording(meeting.id, true);
  const page = await openDemo(meeting.id);
  await joinAs(page, 'Hana');
  await waitFor(async () => (await phase(page)) === 'lobby', 'Hana in the lobby');
  const banner = page.locator('tmj-compliance-banner').filter({ hasText: /record/i }).first();
  assert.equal(await banner.isVisible().catch(() => false), false, 'the lobby does not see the meeting\'s recording state');
  const admitted = Date.now();
  await env.api.admit(meeting.id, (await lobbyParticipant(meeting.id, 'Hana')).id);
  await banner.waitFor({ state: 'visible', timeout: 5000 });
  const elapsed = Date.now() - admitted;
  assert.ok(elapsed <= 1000, `banner visible ${elapsed} ms after admission (limit 1000 ms)`);
  await page.context().close();
});

test('organizer actions reach the widget: denied, reconnecting after a drop, removed, meeting ended', async () => {
  const lobbyMeeting = await env.api.createMeeting({ title: 'deny e2e', lobby: true });
  const open = await env.api.createMeeting({ title: 'actions e2e' });
  const ida = await openDemo(lobbyMeeting.id);
  const jon = await openDemo(open.id);
  const kim = await openDemo(open.id);
  await joinAs(ida, 'Ida');
  await joinAs(jon, 'Jon');
  await joinAs(kim, 'Kim');
  await env.api.deny(lobbyMeeting.id, (await lobbyParticipant(lobbyMeeting.id, 'Ida')).id);
  await waitFor(async () => (await phase(ida)) === 'denied', 'Ida denied');

  await waitFor(async () => (await phase(jon)) === 'connected' && (await phase(kim)) === 'connected', 'Jon and Kim connected');
  const jonId = (await env.api.meeting(open.id)).participants.find((p) => p.displayName === 'Jon').id;
  await env.api.drop(open.id, jonId, 500);
  await waitFor(async () => (await jon.evaluate(() => window.__phases)).includes('reconnecting'), 'Jon reconnecting after the drop');
  await waitFor(async () => (await phase(jon)) === 'connected', 'Jon connected again');
  await env.api.remove(open.id, jonId);
  await waitFor(async () => (await phase(jon)) === 'removed', 'Jon removed');
  await env.api.end(open.id);
  await waitFor(async () => (await phase(kim)) === 'ended', 'the meeting ended for Kim');
  for (const p of [ida, jon, kim]) await p.context().close();
});
