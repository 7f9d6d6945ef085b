// Issue 9 requirement 1, measured: the widget fills the box the page gives it (a fixed height, an aspect-ratio, a
// flex parent, or nothing: then 16:9 of its width, at least 400 px), keeps that size in every phase, never grows
// with content (300 chat messages), and draws nothing outside the host's border box at any width from 320 px —
// through the real script-tag build on the demo page and the emulator.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, waitFor, widgetPhase as phase } from './support/emulator.mjs';
import { drawnOutsideHost, deepBox, setBox, expectedHeight } from './support/geometry.mjs';

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
before(async () => {
  env = await setup({ server: process.env.TMJ_E2E_CDN_DIR ? { cdnDir: process.env.TMJ_E2E_CDN_DIR } : {} });
});
after(async () => {
  await env?.close();
});

const MODES = /** @type {const} */ (['height', 'aspect', 'none', 'flex']);
const WIDTHS = [1280, 768, 360, 320];

async function open(/** @type {string} */ meetingId, options = {}) {
  const context = await env.browser.newContext({ permissions: ['camera', 'microphone'], viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(`${env.server.url}/?meeting=${encodeURIComponent(meetingId)}`);
  await page.waitForFunction(() => customElements.get('teams-meeting-join') !== undefined, null, { timeout: 10000 });
  return page;
}

/** Asserts the host has the promised height and nothing it draws is outside it; returns the host box. */
async function assertHolds(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ mode, /** @type {string} */ what) {
  // Two frames: container queries and the gallery's ResizeObserver settle after a viewport change.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const { host, outside } = await drawnOutsideHost(page);
  const fit = await page.evaluate(() => {
    const w = document.querySelector('teams-meeting-join');
    const flex = w.parentElement?.classList.contains('flex-box');
    // The width the page gives: the flex box's content width, or (in the demo's grid column) what the event
    // log beside it, also a stretched grid item, gets.
    const track = flex ? /** @type {HTMLElement} */ (w.parentElement).clientWidth : document.querySelector('#event-log').getBoundingClientRect().width;
    return { viewport: innerWidth, page: document.documentElement.scrollWidth, track };
  });
  assert.ok(Math.abs(host.width - fit.track) <= 1, `${what}: the widget is as wide as the page makes it (${host.width} vs ${fit.track}), not a width derived from its height`);
  // (Below 360 px the demo page's own settings row is wider than the viewport; the widget is not what overflows.)
  if (fit.viewport >= 360) assert.ok(fit.page <= fit.viewport, `${what}: the page does not scroll sideways (${fit.page} > ${fit.viewport})`);
  const want = expectedHeight(mode, host.width);
  assert.ok(Math.abs(host.height - want) <= 1.5, `${what}: the widget is ${host.height.toFixed(1)} px high in a "${mode}" box ${host.width} px wide; the sizing rules say ${want.toFixed(1)}`);
  assert.deepEqual(outside, [], `${what}: nothing the widget draws lands outside its ${host.width}×${host.height} box`);
  return host;
}

test('pre-join: fills a fixed height, an aspect-ratio, a flex parent or nothing (16:9, ≥ 400 px) at 1280/768/360/320 px and draws nothing outside', async () => {
  const meeting = await env.api.createMeeting({ title: 'geometry prejoin' });
  const page = await open(meeting.id);
  await page.getByLabel('Your name', { exact: true }).waitFor();
  for (const mode of MODES) {
    await setBox(page, mode);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await assertHolds(page, mode, `pre-join, ${mode} box, ${width} px viewport`);
      const join = await deepBox(page, ['teams-meeting-join', 'tmj-prejoin', '.join']);
      assert.ok(join && join.height >= 40, `pre-join ${mode}/${width}: the Join button is laid out`);
    }
  }
  await page.context().close();
});

test('pre-join at 200 % zoom (640 CSS px, device scale 2) and at 320 px fits the 560 px host; Join is reached by scrolling inside it', async () => {
  const meeting = await env.api.createMeeting({ title: 'geometry zoom' });
  for (const viewport of [{ width: 640, height: 400 }, { width: 320, height: 568 }]) {
    const page = await open(meeting.id, { viewport, deviceScaleFactor: 2 });
    await page.getByLabel('Your name', { exact: true }).waitFor();
    const host = await assertHolds(page, 'height', `pre-join at ${viewport.width} CSS px`);
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    // The page's own content (the event log) still sits below the widget: nothing the widget draws covers it.
    const log = await page.locator('#event-log').boundingBox();
    assert.ok(log && log.y >= host.y + host.height - 1, `the page's content below the widget starts after it (log at ${log?.y}, widget ends at ${host.y + host.height})`);
    await page.getByRole('button', { name: 'Join now' }).scrollIntoViewIfNeeded();
    const join = await deepBox(page, ['teams-meeting-join', 'tmj-prejoin', '.join']);
    const after = await page.evaluate(() => document.querySelector('teams-meeting-join').getBoundingClientRect());
    assert.ok(join && join.y >= after.y - 1 && join.y + join.height <= after.y + after.height + 1, `Join (${JSON.stringify(join)}) is inside the widget (${after.y}…${after.y + after.height}) once scrolled to`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollHeight), pageHeight, 'scrolling to Join did not grow the page');
    await page.context().close();
  }
});

test('in the call: every box keeps its size with 300 chat messages, the people panel, at 1280 and 360 px, and on the end screen', async () => {
  const meeting = await env.api.createMeeting({ title: 'geometry call' });
  for (let i = 0; i < 300; i++) await env.api.teamsChat(meeting.id, `<p>Message ${i} with <strong>some</strong> text that wraps on a phone screen</p>`, 'Olivia Organizer');
  for (const mode of MODES) {
    const page = await open(meeting.id);
    await setBox(page, mode);
    await page.getByLabel('Your name', { exact: true }).fill(`Geo ${mode}`);
    const before = await assertHolds(page, mode, `pre-join (${mode})`);
    await page.getByRole('button', { name: 'Join now' }).click();
    await waitFor(async () => (await phase(page)) === 'connected', `${mode}: connected`);
    await page.getByRole('button', { name: /^Chat/ }).first().click();
    await page.getByText('Message 299 with').first().waitFor({ timeout: 15000 });
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      const host = await assertHolds(page, mode, `call with chat open (${mode}, ${width} px)`);
      // The message list scrolls inside the widget instead of growing it.
      const log = await page.evaluate(() => {
        const view = document.querySelector('teams-meeting-join').shadowRoot.querySelector('tmj-call-view');
        const chat = view.shadowRoot.querySelector('tmj-chat-panel');
        const l = chat.shadowRoot.querySelector('[part~="messages"]');
        return { scrollHeight: l.scrollHeight, clientHeight: l.clientHeight };
      });
      assert.ok(log.scrollHeight > log.clientHeight * 2 && log.clientHeight < host.height, `the chat log scrolls inside (${JSON.stringify(log)})`);
      const leave = await deepBox(page, ['teams-meeting-join', 'tmj-call-view', 'tmj-call-controls', '[data-control="leave"]']);
      assert.ok(leave && leave.y + leave.height <= host.y + host.height + 1, `Leave stays inside the widget (${JSON.stringify(leave)})`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'People' }).first().click();
    await assertHolds(page, mode, `call with people open (${mode})`);
    await page.getByRole('button', { name: 'Leave' }).first().click();
    await waitFor(async () => (await phase(page)) === 'left', `${mode}: left`);
    const end = await assertHolds(page, mode, `end screen (${mode})`);
    assert.ok(Math.abs(end.height - before.height) <= 1, `the widget keeps its size from pre-join (${before.height}) to the end screen (${end.height})`);
    await page.context().close();
  }
});

test('chat with 40 messages (mixed lengths) opens at the newest message at 1280 and 360 px, stays there as the box changes, and leaves a reader who scrolled up alone', async () => {
  const meeting = await env.api.createMeeting({ title: 'geometry chat bottom' });
  const long = 'Could everyone check the agenda before Thursday? I added the budget review and a few open questions.';
  for (let i = 0; i < 40; i++) await env.api.teamsChat(meeting.id, `<p>${i % 3 === 1 ? `${long} (${i + 1})` : `Message ${i + 1}: <strong>noted</strong>`}</p>`, i % 4 === 0 ? 'Olivia Organizer' : 'Teams User');
  const page = await open(meeting.id);
  await setBox(page, 'height');
  await page.getByLabel('Your name', { exact: true }).fill('Geo Bottom');
  await page.getByRole('button', { name: 'Join now' }).click();
  await waitFor(async () => (await phase(page)) === 'connected', 'connected');
  /** Where the list is: its gap to the bottom and whether the newest bubble is inside the log's box. */
  const where = () => page.evaluate(() => {
    const view = document.querySelector('teams-meeting-join').shadowRoot.querySelector('tmj-call-view');
    const chat = view.shadowRoot.querySelector('tmj-chat-panel').shadowRoot;
    const log = chat.querySelector('[part~="messages"]');
    const bubbles = chat.querySelectorAll('[part~="message"]');
    const last = bubbles[bubbles.length - 1];
    if (!log || !last || log.clientHeight === 0) return null;
    const l = log.getBoundingClientRect();
    const b = last.getBoundingClientRect();
    return { count: bubbles.length, gap: Math.round(log.scrollHeight - log.scrollTop - log.clientHeight), lastInside: b.bottom <= l.bottom + 1 && b.top >= l.top - 1, text: last.textContent.trim(), scrollTop: log.scrollTop, scrolls: log.scrollHeight > log.clientHeight };
  });
  /** Waits until the list sits still at the newest message for several frames (content-visibility settles). */
  const settledAtBottom = (/** @type {string} */ what) => waitFor(async () => {
    const samples = [];
    for (let i = 0; i < 4; i++) {
      samples.push(await where());
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    return samples.every((s) => s && s.count === 40 && s.gap <= 2 && s.lastInside) ? samples.at(-1) : null;
  }, what, 15000);
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByRole('button', { name: /^Chat/ }).first().click();
    const at = await settledAtBottom(`${width} px: the chat opens at the newest message`);
    assert.ok(at.scrolls, `${width} px: the log holds more than fits (it scrolls)`);
    assert.match(at.text, /Message 40: noted/, `${width} px: the newest message is the one on screen`);
    // The page makes the widget shorter: the pinned list follows.
    await page.evaluate(() => { document.querySelector('teams-meeting-join').style.height = '480px'; });
    await settledAtBottom(`${width} px: still at the newest message after the widget shrank`);
    await page.evaluate(() => { document.querySelector('teams-meeting-join').style.height = '560px'; });
    await page.getByRole('button', { name: width < 640 ? 'Close Chat' : /^Chat/ }).first().click();
  }
  // A reader who scrolled up (the mouse wheel) is not pulled down by a new message; "New messages" takes them back.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('button', { name: /^Chat/ }).first().click();
  await settledAtBottom('open again');
  const log = await deepBox(page, ['teams-meeting-join', 'tmj-call-view', 'tmj-chat-panel', '[part~="messages"]']);
  await page.mouse.move(log.x + log.width / 2, log.y + log.height / 2);
  await page.mouse.wheel(0, -600);
  const up = await waitFor(async () => {
    const w = await where();
    return w && w.gap > 300 ? w : null;
  }, 'scrolled up by the wheel');
  await env.api.teamsChat(meeting.id, '<p>Message 41 while you read</p>', 'Olivia Organizer');
  await page.getByRole('button', { name: 'New messages' }).waitFor({ timeout: 10000 });
  const still = await where();
  assert.ok(Math.abs(still.scrollTop - up.scrollTop) <= 2, `the reader stays where they scrolled (${up.scrollTop} → ${still.scrollTop})`);
  await page.getByRole('button', { name: 'New messages' }).click();
  await waitFor(async () => {
    const w = await where();
    return w && w.gap <= 2 && /Message 41/.test(w.text);
  }, '"New messages" goes to the newest');
  await page.context().close();
});
