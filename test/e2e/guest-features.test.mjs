// Issue 16 through the real script-tag build on the demo page and the emulator: captions (CC control, the caption
// area with the last lines, partial results replaced, spoken and caption language, scripted captions of synthetic
// participants, never in the live region, never over the controls), reactions (picker by keyboard, on tiles and
// floating, reduced motion, throttled announcements, the More menu at 360 px), spotlight (the stage) and
// breakout rooms (moved with a notice and back; assigned, joined and returned by the visitor).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { joinFromPrejoin as join, setup, waitFor } from './support/emulator.mjs';

const AXE_PATH = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
before(async () => {
  env = await setup({ server: process.env.TMJ_E2E_CDN_DIR ? { cdnDir: process.env.TMJ_E2E_CDN_DIR } : {} });
});
after(async () => {
  await env?.close();
});

async function open(/** @type {string} */ meetingId, viewport = { width: 1280, height: 800 }, options = {}) {
  const context = await env.browser.newContext({ permissions: ['camera', 'microphone'], viewport, ...options });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(`${env.server.url}/?meeting=${encodeURIComponent(meetingId)}`);
  await page.waitForFunction(() => customElements.get('teams-meeting-join') !== undefined);
  // Every text the polite live region ever says, to check what is (and is not) announced.
  await page.evaluate(() => {
    /** @type {any} */ (window).said = [];
    const watch = () => {
      const region = document.querySelector('teams-meeting-join')?.shadowRoot?.querySelector('tmj-call-view')?.shadowRoot?.querySelector('[part~="live-region"]');
      if (!region) return setTimeout(watch, 50);
      new MutationObserver(() => {
        const t = region.textContent?.trim();
        if (t) /** @type {any} */ (window).said.push(t);
      }).observe(region, { childList: true, characterData: true, subtree: true });
    };
    watch();
  });
  return page;
}

/** Runs `fn` inside the page with the call view's shadow roots at hand. */
function inCall(/** @type {import('playwright-core').Page} */ page, /** @type {(r: any, arg: any) => any} */ fn, arg) {
  return page.evaluate(
    ([src, arg]) => {
      const host = document.querySelector('teams-meeting-join');
      const view = host.shadowRoot.querySelector('tmj-call-view');
      const r = {
        host,
        view: view?.shadowRoot,
        gallery: view?.shadowRoot?.querySelector('tmj-video-gallery')?.shadowRoot,
        controls: view?.shadowRoot?.querySelector('tmj-call-controls')?.shadowRoot,
        captions: view?.shadowRoot?.querySelector('tmj-captions')?.shadowRoot,
      };
      // eslint-disable-next-line no-new-func
      return new Function('r', 'arg', `return (${src})(r, arg)`)(r, arg);
    },
    [fn.toString(), arg],
  );
}

const said = (/** @type {import('playwright-core').Page} */ page) => page.evaluate(() => /** @type {string[]} */ (/** @type {any} */ (window).said));
const captionLines = (/** @type {import('playwright-core').Page} */ page) =>
  inCall(page, (r) => (r.captions ? [...r.captions.querySelectorAll('[part~="caption-line"]')].map((l) => l.textContent.replace(/\s+/g, ' ').trim()) : null));

async function axe(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ state) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    // @ts-ignore
    const r = await window.axe.run(document.querySelector('teams-meeting-join'), { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  });
  assert.deepEqual(violations, [], `axe-core finds no violations in state "${state}"`);
}

async function consoleFor(/** @type {string} */ meetingId) {
  const page = await (await env.browser.newContext()).newPage();
  await page.goto(`${env.server.url}/console.html?meeting=${encodeURIComponent(meetingId)}`);
  await page.waitForFunction(() => window.tmjConsole?.connected());
  return page;
}

const participantId = async (/** @type {string} */ meetingId, /** @type {string} */ name) =>
  (await env.api.meeting(meetingId)).participants.find((p) => p.displayName === name)?.id;

test('captions: CC control, last three lines with partials replaced, languages, scripted synthetic captions; never announced line by line, never over the controls', async () => {
  const meeting = await env.api.createMeeting({ title: 'captions', captionTranslation: true });
  const page = await open(meeting.id);
  await join(page, 'Cara Caption');
  const cc = page.getByRole('button', { name: 'Captions', exact: true });
  assert.equal(await cc.getAttribute('aria-pressed'), 'false', 'captions start off');
  await cc.click();
  await waitFor(async () => (await cc.getAttribute('aria-pressed')) === 'true', 'captions on');
  await waitFor(async () => (await said(page)).includes('Captions on'), '"Captions on" announced');
  const region = page.getByRole('region', { name: 'Live captions' });
  await region.waitFor();
  assert.match(await region.textContent(), /appear here when someone speaks/);

  const caption = (text, final = true, participant = undefined) => env.api.call('POST', `/meetings/${meeting.id}/captions`, { text, final, participantId: participant });
  await caption('Hello every', false);
  await waitFor(async () => (await captionLines(page))?.[0]?.endsWith('Hello every'), 'a partial line');
  await caption('Hello everyone, welcome.');
  const one = await waitFor(async () => {
    const l = await captionLines(page);
    return l?.length === 1 && l[0].endsWith('welcome.') ? l : null;
  }, 'the final line replaces the partial one');
  assert.deepEqual(one, ['Olivia Organizer: Hello everyone, welcome.'], 'speaker name, then the text');
  for (const n of [1, 2, 3, 4]) await caption(`Line number ${n}.`);
  const last = await waitFor(async () => {
    const l = await captionLines(page);
    return l?.at(-1)?.endsWith('Line number 4.') ? l : null;
  }, 'the newest line');
  assert.deepEqual(last.map((l) => l.replace('Olivia Organizer: ', '')), ['Line number 2.', 'Line number 3.', 'Line number 4.'], 'the last three lines only');

  const geometry = await inCall(page, (r) => {
    const c = r.view.querySelector('tmj-captions').getBoundingClientRect();
    const bar = r.view.querySelector('tmj-call-controls').getBoundingClientRect();
    const live = r.captions.querySelector('[part~="captions"]');
    return { captionsBottom: c.bottom, controlsTop: bar.top, live: live.getAttribute('aria-live'), role: live.getAttribute('role') };
  });
  assert.ok(geometry.captionsBottom <= geometry.controlsTop + 0.5, `the caption area (bottom ${geometry.captionsBottom}) ends above the controls (top ${geometry.controlsTop})`);
  assert.equal(geometry.live, null, 'the caption area is not a live region');
  await axe(page, 'captions on');

  // Caption language (translation allowed in this meeting): the emulator marks the language it was asked for.
  await page.getByRole('button', { name: 'Caption settings' }).click();
  const spoken = page.getByLabel('Spoken language');
  assert.equal(await spoken.inputValue(), 'en-us');
  await page.getByLabel('Show captions in').selectOption('fr');
  await waitFor(async () => (await page.getByLabel('Show captions in').inputValue()) === 'fr', 'caption language fr');
  await caption('Merci beaucoup.');
  await waitFor(async () => (await captionLines(page))?.at(-1)?.endsWith('[fr] Merci beaucoup.'), 'a caption in the chosen language');
  await spoken.selectOption('de-de');
  await waitFor(async () => (await page.getByLabel('Spoken language').inputValue()) === 'de-de', 'spoken language de-de');
  await page.keyboard.press('Escape');
  await waitFor(async () => (await page.getByLabel('Spoken language').count()) === 0, 'Escape closes the settings');

  // Synthetic participants speak scripted captions while they talk.
  const consolePage = await consoleFor(meeting.id);
  await consolePage.evaluate(() => window.tmjConsole.addSynthetics(1));
  await waitFor(async () => (await env.api.meeting(meeting.id)).participants.some((p) => p.kind === 'synthetic'), 'a synthetic participant');
  await consolePage.evaluate(() => window.tmjConsole.scriptedCaptions(true));
  await waitFor(async () => (await captionLines(page))?.some((l) => l.startsWith('Synthetic')), 'a scripted caption from the synthetic participant', 15000);
  await consolePage.evaluate(() => window.tmjConsole.scriptedCaptions(false));

  const announced = await said(page);
  assert.ok(!announced.some((t) => /Line number|Hello every|Merci/.test(t)), `no caption text in the live region: ${JSON.stringify(announced)}`);

  await cc.click();
  await waitFor(async () => (await region.count()) === 0, 'captions off: the area goes');
  await waitFor(async () => (await said(page)).includes('Captions off'), '"Captions off" announced');
  // Hostile input at the console API: refused with a clear message.
  await assert.rejects(() => caption(''), /400/);
  await assert.rejects(() => env.api.call('POST', `/meetings/${meeting.id}/captions`, { text: { toString: 1 } }), /400/);
  await consolePage.context().close();
  await page.context().close();
});

test('reactions: the picker by keyboard reaches the other guest (tile + float), reduced motion keeps it still, announcements are throttled, the More menu has them at 360 px', async () => {
  const meeting = await env.api.createMeeting({ title: 'reactions' });
  const ana = await open(meeting.id);
  await join(ana, 'Ana React');
  const ben = await open(meeting.id, { width: 360, height: 740 }, { reducedMotion: 'reduce' });
  await join(ben, 'Ben Still');
  await waitFor(() => inCall(ana, (r) => r.gallery?.querySelectorAll('[part~="tile"]').length === 2), 'Ana sees Ben');

  // Keyboard: focus React, ArrowDown opens on the first reaction, ArrowRight moves to Love, Enter sends it.
  await ana.getByRole('button', { name: 'React' }).focus();
  await ana.keyboard.press('ArrowDown');
  await ana.getByRole('menu', { name: 'Reactions' }).waitFor();
  assert.equal(await inCall(ana, (r) => r.controls.querySelector('tmj-reaction-picker').shadowRoot.activeElement?.dataset.reaction), 'like', 'the first reaction has focus');
  await ana.keyboard.press('ArrowRight');
  await ana.keyboard.press('Enter');
  await waitFor(async () => (await ana.getByRole('menu', { name: 'Reactions' }).count()) === 0, 'the menu closes');
  assert.equal(await inCall(ana, (r) => r.controls.activeElement?.dataset.control), 'react', 'focus returns to React');
  await waitFor(async () => (await said(ana)).includes('You reacted with Love'), 'Ana hears her own reaction confirmed');
  const anaSelf = await inCall(ana, (r) => r.gallery.querySelector('[data-self] [part~="tile-reaction"]')?.textContent.trim());
  assert.equal(anaSelf, '❤️', 'Ana sees it on her own tile');

  const anaId = await participantId(meeting.id, 'Ana React');
  const onBen = await waitFor(() => inCall(ben, (r, id) => {
    const badge = r.gallery?.querySelector(`[data-participant="${id}"] [part~="tile-reaction"]`);
    const float = r.view.querySelector('.reaction-layer .float');
    return badge && float ? { badge: badge.textContent.trim(), animation: getComputedStyle(float).animationName, name: float.textContent.trim() } : null;
  }, anaId), 'Ben sees the reaction on Ana’s tile and floating');
  assert.equal(onBen.badge, '❤️');
  assert.equal(onBen.animation, 'none', 'reduced motion: the float does not move');
  assert.match(onBen.name, /Ana React/);
  await waitFor(async () => (await said(ben)).includes('Ana React reacted with Love'), 'Ben hears who reacted, politely');
  await waitFor(() => inCall(ben, (r, id) => !r.gallery.querySelector(`[data-participant="${id}"] [part~="tile-reaction"]`), anaId), 'the tile reaction goes after a moment', 8000);

  // A burst: five reactions at once are one summary at most, not five announcements.
  const before = (await said(ben)).length;
  for (const reaction of ['like', 'laugh', 'applause', 'surprised', 'like']) {
    await env.api.call('POST', `/meetings/${meeting.id}/reactions`, { participantId: anaId, reaction });
  }
  await waitFor(async () => (await said(ben)).slice(before).some((t) => /reactions?$/.test(t) || /reacted/.test(t)), 'the burst is announced');
  await new Promise((r) => setTimeout(r, 1500));
  const burst = (await said(ben)).slice(before).filter((t) => /react/.test(t));
  assert.ok(burst.length <= 2, `at most two announcements for a burst of five: ${JSON.stringify(burst)}`);
  const floats = await inCall(ben, (r) => r.view.querySelectorAll('.reaction-layer .float').length);
  assert.ok(floats <= 8, `floats are capped (${floats})`);

  // 360 px: the reactions are items of the More menu.
  await ben.getByRole('button', { name: 'More' }).click();
  await ben.getByRole('group', { name: 'Reactions' }).waitFor();
  await ben.getByRole('menuitem', { name: 'Applause' }).click();
  const benId = await participantId(meeting.id, 'Ben Still');
  await waitFor(() => inCall(ana, (r, id) => r.gallery.querySelector(`[data-participant="${id}"] [part~="tile-reaction"]`)?.textContent.trim() === '👏', benId), 'Ana sees Ben’s applause');
  await axe(ben, 'reactions at 360 px');

  // Hostile input: unknown reactions are refused by the console API; the policy can turn reactions off.
  await assert.rejects(() => env.api.call('POST', `/meetings/${meeting.id}/reactions`, { participantId: anaId, reaction: '<img onerror=x>' }), /400/);
  await ana.context().close();
  await ben.context().close();
});

test('spotlight and breakout rooms: the spotlighted person takes the stage; a move to a room comes with a notice and back; an assignment is joined and left by the visitor', async () => {
  const meeting = await env.api.createMeeting({ title: 'rooms' });
  const cy = await open(meeting.id);
  await join(cy, 'Cy Stage');
  const di = await open(meeting.id);
  await join(di, 'Di Peer');
  const diId = await participantId(meeting.id, 'Di Peer');
  const cyId = await participantId(meeting.id, 'Cy Stage');
  await waitFor(() => inCall(cy, (r) => r.gallery?.querySelectorAll('[part~="tile"]').length === 2), 'two tiles');

  await env.api.call('POST', `/meetings/${meeting.id}/spotlight`, { participantId: diId, on: true });
  const stage = await waitFor(() => inCall(cy, (r) => {
    const s = r.gallery.querySelector('[part~="stage-spotlight"]');
    return s ? { who: s.dataset.spotlight, label: s.getAttribute('aria-label'), strip: r.gallery.querySelectorAll('[part~="strip"] [part~="tile"]').length } : null;
  }), 'Di on the stage');
  assert.deepEqual(stage, { who: diId, label: 'Di Peer is in the spotlight', strip: 1 }, 'the spotlighted person takes the stage, the visitor stays in the strip');
  await waitFor(async () => (await said(cy)).includes('Di Peer is in the spotlight'), 'spotlight announced');
  await env.api.call('POST', `/meetings/${meeting.id}/spotlight`, { participantId: diId, on: false });
  await waitFor(() => inCall(cy, (r) => !r.gallery.querySelector('[part~="stage-spotlight"]')), 'back to the grid');
  await assert.rejects(() => env.api.call('POST', `/meetings/${meeting.id}/spotlight`, { participantId: diId }), /400/);

  // Moved automatically: Cy leaves Di's view, sees the room bar, hears the move; then back.
  await env.api.call('POST', `/meetings/${meeting.id}/breakout`, { participantId: cyId, room: 'Room 1', autoMove: true });
  await waitFor(async () => (await said(cy)).includes('You were moved to the breakout room Room 1.'), 'the move is announced');
  await cy.getByText('Breakout room: Room 1').waitFor();
  await waitFor(() => inCall(cy, (r) => r.gallery.querySelectorAll('[part~="tile"]').length === 1), 'alone in the room');
  await waitFor(() => inCall(di, (r) => r.gallery.querySelectorAll('[part~="tile"]').length === 1), 'Di no longer sees Cy');
  await axe(cy, 'in a breakout room');
  await cy.getByRole('button', { name: 'Return to main meeting' }).click();
  await waitFor(async () => (await said(cy)).includes('You are back in the main meeting.'), 'back, announced');
  await waitFor(() => inCall(cy, (r) => r.gallery.querySelectorAll('[part~="tile"]').length === 2 && !r.view.querySelector('[part~="breakout"]')), 'back with Di, no room bar');
  await waitFor(() => inCall(di, (r) => r.gallery.querySelectorAll('[part~="tile"]').length === 2), 'Di sees Cy again');

  // Assigned without auto-move: Cy is told and joins; the organizer then forbids returning and closes the room.
  await env.api.call('POST', `/meetings/${meeting.id}/breakout`, { participantId: cyId, room: 'Room 2', autoMove: false, canReturn: false });
  await waitFor(async () => (await said(cy)).includes('You have been assigned to the breakout room Room 2.'), 'the assignment is announced');
  await cy.getByRole('button', { name: 'Join room' }).click();
  await cy.getByText('Breakout room: Room 2').waitFor();
  assert.equal(await cy.getByRole('button', { name: 'Return to main meeting' }).count(), 0, 'no Return button when the organizer forbids it');
  await env.api.call('POST', `/meetings/${meeting.id}/breakout`, { participantId: cyId, room: null });
  await waitFor(() => inCall(cy, (r) => r.gallery.querySelectorAll('[part~="tile"]').length === 2 && !r.view.querySelector('[part~="breakout"]')), 'moved back by the organizer');
  await assert.rejects(() => env.api.call('POST', `/meetings/${meeting.id}/breakout`, { participantId: cyId, room: '' }), /400/);
  await cy.context().close();
  await di.context().close();
});
