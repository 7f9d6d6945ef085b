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
