// Picture-in-picture, the in-page mini player (issue 16 req 5), end to end: the real script-tag build on the demo
// page, the emulator, the organizer console clicked like a person does.
//  - scrolling the widget out of view during a call shows the mini player (top layer, inline-end bottom corner)
//    with video playing; recording started from the console shows the notice in it; Back to meeting brings the
//    call back into the widget and the widget into view;
//  - Leave from the mini player leaves cleanly (end screen in the widget, nothing left in the top layer);
//  - Pop out with Chromium's real Document Picture-in-Picture: the call in the window (the notice shown, video
//    playing there), the window's close box brings it back; Leave inside the window closes it;
//  - without user activation the real API refuses the window: the mini player instead;
//  - Pop out without the Document PiP API (a browser without it) opens the mini player on request, focus on Back
//    to meeting, Escape goes back, focus returns to Pop out; in a right-to-left page it docks at the left corner.
// TMJ_PIP_SHOTS=<folder> also writes screenshots of the mini player and the control (360 and 1280 px, light and dark).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { joinFromPrejoin, setup, waitFor, widgetPhase } from './support/emulator.mjs';

const SHOTS = process.env.TMJ_PIP_SHOTS;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
before(async () => {
  env = await setup({ server: { turn: false, ...(process.env.TMJ_E2E_CDN_DIR ? { cdnDir: process.env.TMJ_E2E_CDN_DIR } : {}) } });
});
after(async () => {
  await env?.close();
});

const EN_RECORDING_STARTED = 'Recording has started. By staying in this meeting, you consent to being recorded.';

/**
 * The demo page with a tall page after the widget (so it can scroll away). `noDocumentPip` plays a browser
 * without the Document Picture-in-Picture API (Firefox, Safari): Pop out then opens the mini player.
 */
async function openDemo(/** @type {string} */ meetingId, { width = 1280, theme = 'light', lang = 'en', noDocumentPip = false } = {}) {
  const context = await env.browser.newContext({ permissions: ['camera', 'microphone'], viewport: { width, height: 800 } });
  if (noDocumentPip) await context.addInitScript(() => Object.defineProperty(window, 'documentPictureInPicture', { value: undefined }));
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(`${env.server.url}/?meeting=${encodeURIComponent(meetingId)}`);
  await page.waitForFunction(() => customElements.get('teams-meeting-join') !== undefined, null, { timeout: 10000 });
  await page.evaluate(([t, l]) => {
    const w = /** @type {HTMLElement} */ (document.querySelector('teams-meeting-join'));
    w.setAttribute('theme', t);
    w.setAttribute('lang', l);
    const spacer = document.createElement('div');
    spacer.id = 'spacer';
    spacer.style.blockSize = '3000px';
    w.after(spacer);
  }, [theme, lang]);
  return page;
}

/** Evaluates `fn(callView, callContainer)` in the page: the call view and its `[part~=call]` container. */
const inCall = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ body) =>
  page.evaluate(`(() => {
    const host = document.querySelector('teams-meeting-join');
    const view = host.shadowRoot.querySelector('tmj-call-view');
    const call = view && view.shadowRoot.querySelector('[part~="call"]');
    const deep = (root, sel) => { const hit = root.querySelector(sel); if (hit) return hit;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const i = deep(el.shadowRoot, sel); if (i) return i; } return null; };
    return (${body})(view, call, deep);
  })()`);

const pipMode = (/** @type {import('playwright-core').Page} */ page) => inCall(page, '(view) => view?.pipMode');

/** Whether the call container is in the top layer, its box, and the banner's text and box, seen in the page. */
const miniState = (/** @type {import('playwright-core').Page} */ page) =>
  inCall(
    page,
    `(view, call, deep) => {
      const open = call.matches(':popover-open');
      const r = call.getBoundingClientRect();
      const banner = deep(call, 'tmj-compliance-banner');
      const message = banner?.shadowRoot?.querySelector('[part~="message"]');
      const b = message?.getBoundingClientRect();
      return { open, box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom }, vw: innerWidth, vh: innerHeight,
        banner: message?.textContent?.trim() ?? '', bannerBox: b ? { left: b.left, top: b.top, right: b.right, bottom: b.bottom, w: b.width, h: b.height } : null };
    }`,
  );

/** Whether a gallery video inside the call container is playing: not paused and its time moving on. */
async function videoPlaying(/** @type {import('playwright-core').Page} */ page) {
  const read = () =>
    inCall(
      page,
      `(view, call, deep) => {
        const gallery = deep(call, 'tmj-video-gallery');
        const videos = [...gallery.shadowRoot.querySelectorAll('video')];
        return videos.map((v) => ({ paused: v.paused, t: v.currentTime, ready: v.readyState, w: v.getBoundingClientRect().width }));
      }`,
    );
  const first = await read();
  await new Promise((r) => setTimeout(r, 700));
  const second = await read();
  return second.some((v, i) => !v.paused && v.ready >= 2 && v.w > 0 && first[i] && v.t > first[i].t);
}

/** Which element has focus, through the shadow roots: its data-control / data-pip / data-item. */
const focused = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    const el = /** @type {HTMLElement | null} */ (a);
    return el?.dataset.control ?? el?.dataset.pip ?? el?.dataset.item ?? el?.localName ?? null;
  });

const scrollAway = (/** @type {import('playwright-core').Page} */ page) => page.evaluate(() => window.scrollTo(0, 2500));

async function shot(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ name) {
  if (!SHOTS) return;
  await new Promise((r) => setTimeout(r, 400)); // past the mini player's 160 ms entrance
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

test('scrolled out of view: the mini player with video playing, the recording notice in it, Back to meeting', async () => {
  const meeting = await env.api.createMeeting({ title: 'pip scroll' });
  const page = await openDemo(meeting.id);
  await joinFromPrejoin(page, 'Pia');
  const console_ = await env.page(`/console.html?meeting=${meeting.id}&synthetic=1`);
  await waitFor(() => videoPlaying(page), 'video playing in the widget', 20000);
  assert.equal(await pipMode(page), 'inline');

  await scrollAway(page);
  await waitFor(async () => (await pipMode(page)) === 'mini', 'the mini player after scrolling away', 5000);
  let mini = /** @type {any} */ (await waitFor(async () => { const m = /** @type {any} */ (await miniState(page)); return m.open && m; }, 'the popover open'));
  // Docked at the inline-end (right, left-to-right) bottom corner, inside the viewport.
  assert.ok(mini.box.right <= mini.vw && mini.box.right > mini.vw - 40, `right edge near the viewport's: ${JSON.stringify(mini)}`);
  assert.ok(mini.box.bottom <= mini.vh && mini.box.bottom > mini.vh - 40, `bottom edge near the viewport's: ${JSON.stringify(mini)}`);
  assert.ok(mini.box.right - mini.box.left <= 400, 'a mini player, not the whole call');
  assert.ok(await waitFor(() => videoPlaying(page), 'video playing in the mini player', 10000));
  const region = page.getByRole('region', { name: 'Meeting mini player' });
  await region.waitFor({ timeout: 5000 });

  await console_.getByRole('button', { name: 'Start recording' }).click();
  mini = await waitFor(async () => { const m = /** @type {any} */ (await miniState(page)); return m.banner === EN_RECORDING_STARTED && m; }, 'the recording notice in the mini player', 5000);
  // The notice is on screen inside the mini player: a real box, within the player and the viewport.
  assert.ok(mini.bannerBox && mini.bannerBox.h > 0 && mini.bannerBox.w > 100, `banner box ${JSON.stringify(mini.bannerBox)}`);
  assert.ok(mini.bannerBox.top >= mini.box.top && mini.bannerBox.bottom <= mini.box.bottom, 'the notice inside the mini player');
  assert.ok(mini.bannerBox.top >= 0 && mini.bannerBox.bottom <= mini.vh, 'the notice inside the viewport');
  // What is on top at the notice's centre is the notice (nothing of the page covers it).
  const onTop = await inCall(page, `(view, call, deep) => {
    const m = deep(call, 'tmj-compliance-banner').shadowRoot.querySelector('[part~="message"]');
    const r = m.getBoundingClientRect();
    let hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    while (hit?.shadowRoot) { const inner = hit.shadowRoot.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2); if (!inner || inner === hit) break; hit = inner; }
    return m.contains(hit) || hit === m;
  }`);
  assert.ok(onTop, 'the recording notice is the topmost thing at its own centre');
  await shot(page, 'mini-player--1280--light');

  await region.getByRole('button', { name: 'Back to meeting' }).click();
  await waitFor(async () => (await pipMode(page)) === 'inline', 'inline after Back to meeting', 5000);
  assert.equal((/** @type {any} */ (await miniState(page))).open, false, 'nothing left in the top layer');
  const inView = await page.evaluate(() => {
    const r = document.querySelector('teams-meeting-join').getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  });
  assert.ok(inView, 'Back to meeting brought the widget back into view');
  assert.ok(await waitFor(() => videoPlaying(page), 'video still playing inline', 10000));
  assert.equal(await focused(page), 'popout', 'focus on Pop out after coming back');
  await page.context().close();
  await console_.context().close();
});

test('Leave from the mini player: the end screen in the widget, the top layer empty, no automatic player after', async () => {
  const meeting = await env.api.createMeeting({ title: 'pip leave' });
  const page = await openDemo(meeting.id);
  await joinFromPrejoin(page, 'Lou');
  await scrollAway(page);
  await waitFor(async () => (await pipMode(page)) === 'mini', 'the mini player', 5000);
  const region = page.getByRole('region', { name: 'Meeting mini player' });
  await region.getByRole('button', { name: 'Leave' }).click();
  await waitFor(async () => (await widgetPhase(page)) === 'left', 'left', 10000);
  const openPopovers = await page.evaluate(() => {
    const all = [];
    const walk = (root) => { for (const el of root.querySelectorAll('*')) { if (el.matches(':popover-open')) all.push(el.localName); if (el.shadowRoot) walk(el.shadowRoot); } };
    walk(document);
    return all;
  });
  assert.deepEqual(openPopovers, [], 'nothing in the top layer after leaving');
  await page.evaluate(() => window.scrollTo(0, 0));
  assert.equal(await page.getByRole('button', { name: 'Rejoin' }).isVisible(), true, 'the end screen in the widget');
  await page.context().close();
});

test('Pop out without Document PiP: the mini player on request; Escape goes back; focus Back to meeting → Pop out', async () => {
  const meeting = await env.api.createMeeting({ title: 'pip request' });
  await env.api.recording(meeting.id, true);
  for (const [width, theme] of SHOTS ? [[1280, 'dark'], [360, 'light'], [360, 'dark'], [1280, 'light']] : [[1280, 'light']]) {
    const page = await openDemo(meeting.id, { width: Number(width), theme: String(theme), noDocumentPip: true });
    await joinFromPrejoin(page, `Rey ${width} ${theme}`);
    await shot(page, `control--${width}--${theme}`);
    if (Number(width) < 600) {
      await page.getByRole('button', { name: 'More' }).click();
      await shot(page, `control-more--${width}--${theme}`);
      await page.getByRole('menuitem', { name: 'Pop out' }).click();
    } else {
      await page.getByRole('button', { name: 'Pop out' }).click();
    }
    await waitFor(async () => (await pipMode(page)) === 'mini', 'the requested mini player', 5000);
    await waitFor(async () => (await focused(page)) === 'back', 'focus on Back to meeting', 5000);
    // The mini player's bar is the shared secondary button (Teams' 32 px, 4 px radius; the layout box, not the
    // entrance animation's scaled one); Leave keeps its red.
    const bar = await inCall(page, `(view, call) => [...call.querySelectorAll('.pip-bar button')].map((b) => {
      const s = getComputedStyle(b);
      return { pip: b.dataset.pip, shared: b.classList.contains('secondary-button'), h: b.offsetHeight, radius: s.borderTopLeftRadius };
    })`);
    assert.deepEqual(bar, ['back', 'move', 'leave'].map((pip) => ({ pip, shared: true, h: 32, radius: '4px' })), 'Back, Move and Leave: 32 px secondary buttons');
    // A requested player stays while the widget is in view; the widget shows where the call went.
    assert.equal(await page.getByText('The meeting continues in the mini player.').first().isVisible(), true);
    await shot(page, `mini-requested--${width}--${theme}`);
    await scrollAway(page);
    await shot(page, `mini-player--${width}--${theme}`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('Escape');
    await waitFor(async () => (await pipMode(page)) === 'inline', 'Escape: back inline', 5000);
    await waitFor(async () => ['popout', 'more'].includes(String(await focused(page))), 'focus back on Pop out (More when narrow)', 5000);
    await page.context().close();
  }
});

test('right-to-left language: the mini player docks at the inline-end corner, which is the left one', async () => {
  const meeting = await env.api.createMeeting({ title: 'pip rtl' });
  const page = await openDemo(meeting.id, { lang: 'ar' });
  await page.locator('teams-meeting-join [part~="name-input"]').fill('Rana');
  await page.locator('teams-meeting-join [part~="join-button"]').click();
  await waitFor(async () => (await widgetPhase(page)) === 'connected', 'connected', 20000);
  await scrollAway(page);
  const mini = /** @type {any} */ (await waitFor(async () => { const m = /** @type {any} */ (await miniState(page)); return m.open && m; }, 'the mini player', 5000));
  assert.ok(mini.box.left >= 0 && mini.box.left < 40, `left edge near the viewport's: ${JSON.stringify(mini.box)}`);
  await page.context().close();
});

/** The call container inside the picture-in-picture window's page: banner text and box, playing videos. */
const windowState = (/** @type {import('playwright-core').Page} */ pip) =>
  pip.evaluate(async () => {
    const wrapper = document.body.firstElementChild;
    const call = wrapper?.shadowRoot?.querySelector('[part~="call"]');
    if (!call) return null;
    const message = call.querySelector('tmj-compliance-banner')?.shadowRoot?.querySelector('[part~="message"]');
    const videos = () => [...call.querySelector('tmj-video-gallery').shadowRoot.querySelectorAll('video')].map((v) => v.currentTime);
    const t0 = videos();
    await new Promise((r) => setTimeout(r, 700));
    const t1 = videos();
    const r = message?.getBoundingClientRect();
    return { banner: message?.textContent?.trim() ?? '', bannerHeight: r?.height ?? 0, inside: !!r && r.bottom <= innerHeight && r.top >= 0, playing: t1.some((t, i) => t > (t0[i] ?? Infinity)), width: innerWidth };
  });

test("Pop out with Chromium's Document Picture-in-Picture: the call and its notice in the window, back on close, Leave inside it", async () => {
  const meeting = await env.api.createMeeting({ title: 'pip window' });
  await env.api.recording(meeting.id, true);
  const page = await openDemo(meeting.id);
  await joinFromPrejoin(page, 'Win');
  const opened = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Pop out' }).click();
  const pip = await opened;
  await waitFor(async () => (await pipMode(page)) === 'window', 'the call in the window', 5000);
  const inWindow = /** @type {any} */ (await waitFor(async () => { const s = /** @type {any} */ (await windowState(pip)); return s?.playing && s; }, 'video playing in the window', 10000));
  assert.equal(inWindow.banner, EN_RECORDING_STARTED, 'the recording notice moved with the call');
  assert.ok(inWindow.bannerHeight > 0 && inWindow.inside, `the notice is on screen in the window: ${JSON.stringify(inWindow)}`);
  assert.equal(await page.getByText('The meeting is open in a small window.').isVisible(), true, 'the widget says where the call went');
  if (SHOTS) await pip.screenshot({ path: join(SHOTS, 'window.png') });
  await shot(page, 'window-placeholder--1280--light');

  // The window's close box: the call comes home, video playing in the page again.
  await pip.close();
  await waitFor(async () => (await pipMode(page)) === 'inline', 'inline after closing the window', 5000);
  assert.ok(await waitFor(() => videoPlaying(page), 'video playing in the page again', 10000));

  // Leave from inside the window: the window goes, the end screen is in the widget.
  const again = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Pop out' }).click();
  const pip2 = await again;
  await waitFor(async () => (await pipMode(page)) === 'window', 'the window again', 5000);
  const closed = pip2.waitForEvent('close');
  await pip2.evaluate(() => {
    const call = document.body.firstElementChild.shadowRoot.querySelector('[part~="call"]');
    call.querySelector('tmj-call-controls').shadowRoot.querySelector('[data-control="leave"]').click();
  });
  await closed;
  await waitFor(async () => (await widgetPhase(page)) === 'left', 'left', 10000);
  assert.equal(await page.getByRole('button', { name: 'Rejoin' }).isVisible(), true);
  await page.context().close();
});

test("Chromium's real Document PiP refuses a window without user activation: the mini player instead", async () => {
  const meeting = await env.api.createMeeting({ title: 'pip no activation' });
  const page = await openDemo(meeting.id);
  await joinFromPrejoin(page, 'Noa');
  // Script, not a click, once the last activation has expired (Playwright's evaluate itself counts as one, so the
  // page waits on its own, and only page-side polling follows): requestWindow() rejects with NotAllowedError.
  await inCall(page, `(view, call) => {
    const tick = () => (navigator.userActivation.isActive ? setTimeout(tick, 100) : call.querySelector('tmj-call-controls').togglePip());
    setTimeout(tick, 100);
  }`);
  await page.waitForFunction(
    () => document.querySelector('teams-meeting-join').shadowRoot.querySelector('tmj-call-view').pipMode === 'mini',
    null,
    { timeout: 15000, polling: 200 },
  );
  assert.equal(page.context().pages().length, 1, 'no window opened');
  assert.equal((/** @type {any} */ (await miniState(page))).open, true, 'the mini player is in the top layer');
  await page.context().close();
});
