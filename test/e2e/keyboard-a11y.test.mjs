// Keyboard-only join → chat → leave through the real script-tag build on the demo page (issue 5, requirements 7
// and 8), and axe-core run over the widget's shadow trees in the pre-join, connected-with-chat and end states.
// Input goes through page.keyboard only: no clicks, no .focus(), no element handles used to type. Every step checks
// that focus sits inside the widget, so a control that Tab cannot reach fails the test.
// Runs in Chromium and Firefox (support/engines.mjs). Not in WebKit: Debian's WebKitGTK has no WebRTC, so it
// cannot join; engines-webkit.test.mjs covers what WebKit can do (pre-join by keyboard, the unsupported answer).
// Set TMJ_E2E_CDN_DIR to test a script-tag build in another folder (default: the repo's cdn/).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../demo/server/server.mjs';
import { apiClient, waitFor } from './support/emulator.mjs';
import { launchEngine, skipUnlessSelected } from './support/engines.mjs';

const AXE_PATH = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
/** Tab presses allowed to reach one control: the demo page's own controls come first, then the widget's. */
const MAX_TABS = 40;

/** @typedef {import('./support/engines.mjs').EnginePage} Page */

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {ReturnType<typeof apiClient>} */
let api;
/** @type {Awaited<ReturnType<typeof launchEngine>> | undefined} */
let browser;
before(async () => {
  server = await startServer({ port: 0, quiet: true, ...(process.env.TMJ_E2E_CDN_DIR ? { cdnDir: process.env.TMJ_E2E_CDN_DIR } : {}) });
  api = apiClient(server.url);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * @typedef {{ tag: string, id: string, part: string, label: string, text: string, type: string }} Hop
 * The focused element, followed through every open shadow root: [host, …, innermost focused element].
 */

/** @param {Page} page @returns {Promise<Hop[]>} */
function focusPath(page) {
  return page.evaluate(() => {
    /** @type {Array<{tag: string, id: string, part: string, label: string, text: string, type: string}>} */
    const path = [];
    let el = document.activeElement;
    while (el) {
      path.push({
        tag: el.tagName.toLowerCase(),
        id: el.id,
        part: el.getAttribute('part') ?? '',
        label: el.getAttribute('aria-label') ?? '',
        text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
        type: el.getAttribute('type') ?? '',
      });
      el = el.shadowRoot?.activeElement ?? null;
    }
    return path;
  });
}

const show = (/** @type {Hop[]} */ path) =>
  path.map((h) => `${h.tag}${h.id ? `#${h.id}` : ''}${h.part ? `[part="${h.part}"]` : ''}${h.label ? `[aria-label="${h.label}"]` : ''}`).join(' > ') || '(nothing)';
const innermost = (/** @type {Hop[]} */ path) => path[path.length - 1];
const hasPart = (/** @type {Hop} */ hop, /** @type {string} */ part) => hop.part.split(/\s+/).includes(part);

/** Asserts focus is on a control inside the widget (not on the host itself, not on the page) and returns the path. */
async function assertFocusInWidget(/** @type {Page} */ page, /** @type {string} */ step) {
  const path = await focusPath(page);
  assert.equal(path[0]?.tag, 'teams-meeting-join', `${step}: focus is inside <teams-meeting-join> (focus path: ${show(path)})`);
  assert.ok(path.length > 1, `${step}: focus is on something inside the widget's shadow root, not just the host (focus path: ${show(path)})`);
  return path;
}

/**
 * Presses Tab (or Shift+Tab) until the innermost focused element matches `want`. Fails, with every stop visited, when
 * the control is not reached within MAX_TABS presses: the control is not reachable by keyboard.
 */
async function tabTo(/** @type {Page} */ page, /** @type {(hop: Hop) => boolean} */ want, /** @type {string} */ what, backwards = false) {
  const visited = [];
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const path = await focusPath(page);
    visited.push(show(path));
    if (path[0]?.tag === 'teams-meeting-join' && want(innermost(path))) return path;
  }
  assert.fail(`${what} is not reachable with ${backwards ? 'Shift+Tab' : 'Tab'} within ${MAX_TABS} presses; focus visited:\n  ${visited.join('\n  ')}`);
}

/** Injects axe-core and runs it over the widget (axe follows open shadow roots); returns the violations. */
async function axeViolations(/** @type {Page} */ page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document.querySelector('teams-meeting-join'), { resultTypes: ['violations'] });
    return result.violations.map((/** @type {any} */ v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((/** @type {any} */ n) => ({ target: n.target, html: n.html.slice(0, 200), summary: n.failureSummary })),
    }));
  });
}

const describeViolations = (/** @type {Awaited<ReturnType<typeof axeViolations>>} */ vs) =>
  vs.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.html}\n      ${n.summary?.replace(/\n/g, '\n      ')}`).join('\n')}`).join('\n');

/** Opens the demo page on `meetingId` with the widget's public events collected in window.__events. */
async function openDemo(/** @type {string} */ meetingId) {
  const page = await /** @type {NonNullable<typeof browser>} */ (browser).open(`${server.url}/?meeting=${encodeURIComponent(meetingId)}`, {
    init: [
      () => {
        /** @type {Array<{type: string, detail: unknown}>} */
        const events = [];
        Object.defineProperty(window, '__events', { value: events });
        for (const type of ['tmj-joined', 'tmj-left', 'tmj-request-leave', 'tmj-error']) {
          document.addEventListener(type, (e) => events.push({ type, detail: /** @type {CustomEvent} */ (e).detail }));
        }
      },
    ],
  });
  await page.waitForFunction(() => customElements.get('teams-meeting-join') !== undefined, null, { timeout: 10000 });
  await page.waitForFunction(() => document.querySelector('teams-meeting-join')?.phase === 'prejoin', null, { timeout: 10000 });
  return page;
}

const events = (/** @type {Page} */ page, /** @type {string} */ type) =>
  page.evaluate((t) => /** @type {any} */ (window).__events.filter((/** @type {any} */ e) => e.type === t).map((/** @type {any} */ e) => e.detail), type);
const phase = (/** @type {Page} */ page) => page.evaluate(() => document.querySelector('teams-meeting-join')?.phase);

for (const engine of /** @type {const} */ (['chromium', 'firefox'])) {
  describe(engine, { skip: skipUnlessSelected(engine) }, () => {
    before(async () => {
      await browser?.close();
      browser = await launchEngine(engine);
    });
    after(async () => {
      await browser?.close();
      browser = undefined;
    });

    test('keyboard only: Tab into the widget, type a name, join, open chat, send a message that arrives, leave; focus lands on Rejoin/Join; axe clean before, during and after', async () => {
      const meeting = await api.createMeeting({ title: 'keyboard e2e' });
      const page = await openDemo(meeting.id);
      const name = 'Kira Keyboard';
      const text = `typed without a mouse ${Date.now()}`;

      // Pre-join: axe over the form as the visitor first sees it.
      const prejoinViolations = await axeViolations(page);
      assert.deepEqual(prejoinViolations.map((v) => v.id), [], `axe violations in the pre-join form:\n${describeViolations(prejoinViolations)}`);

      // Tab from the top of the page into the widget's name field and type the name.
      let path = await tabTo(page, (h) => h.tag === 'input' && hasPart(h, 'name-input'), 'the name field');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(name);
      assert.equal(
        await page.evaluate(() => /** @type {HTMLInputElement} */ (document.activeElement?.shadowRoot?.activeElement?.shadowRoot?.activeElement)?.value),
        name,
        `the name typed on the keyboard is in the focused name field (focus path: ${show(path)})`,
      );

      // Tab on to Join and press Enter.
      path = await tabTo(page, (h) => h.tag === 'button' && hasPart(h, 'join-button'), 'the Join button');
      await page.keyboard.press('Enter');
      await waitFor(async () => (await events(page, 'tmj-joined')).length > 0, 'tmj-joined after pressing Enter on Join');
      assert.deepEqual(await events(page, 'tmj-joined'), [{ displayName: name }], 'tmj-joined carries the typed name');
      await waitFor(async () => (await phase(page)) === 'connected', 'the widget to be connected');
      // Focus was inside the widget when joining started, so it moves into the call rather than falling to <body>.
      path = await waitFor(async () => {
        const p = await focusPath(page);
        return p[0]?.tag === 'teams-meeting-join' && p.length > 2 ? p : null;
      }, 'focus to move into the call view after joining');
      await assertFocusInWidget(page, 'after joining');

      // Open chat: Tab to the chat toggle and press Enter.
      path = await tabTo(page, (h) => h.tag === 'button' && /^Chat/.test(h.label || h.text), 'the chat toggle');
      await page.keyboard.press('Enter');
      // Tab from the toggle into the send box (focus may already be there when the panel opens).
      path = await focusPath(page);
      if (!(innermost(path).tag === 'textarea' || hasPart(innermost(path), 'send-box'))) {
        path = await tabTo(page, (h) => h.tag === 'textarea' || (h.tag === 'input' && hasPart(h, 'send-box')), 'the chat send box');
      }
      await assertFocusInWidget(page, 'in the chat send box');
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');

      // The message reaches the meeting's thread (read back through the console API: what Teams would see) …
      const stored = await waitFor(async () => {
        const { value } = await api.call('GET', `/meetings/${meeting.id}/chat`);
        return value.find((/** @type {any} */ m) => m.content?.message === text || String(m.content?.message ?? '').includes(text));
      }, 'the keyboard-typed message in the meeting chat thread');
      assert.equal(stored.senderDisplayName, name, 'the thread has the message from the visitor');
      // … and the visitor's own bubble says sent.
      const status = await waitFor(
        () =>
          page.evaluate((t) => {
            /** @param {Element | ShadowRoot} root @returns {Element[]} */
            const all = (root) => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
            const bubble = all(document).find((e) => e.getAttribute('part')?.split(/\s+/).includes('message') && e.textContent?.includes(t));
            return bubble?.getAttribute('data-status') === 'sent' ? 'sent' : null;
          }, text),
        'the visitor\'s bubble to show sent',
      );
      assert.equal(status, 'sent', 'the visitor\'s bubble shows sent');
      await assertFocusInWidget(page, 'after sending');

      // Connected with chat open: axe over the whole call view.
      const callViolations = await axeViolations(page);
      assert.deepEqual(callViolations.map((v) => v.id), [], `axe violations in the call with chat open:\n${describeViolations(callViolations)}`);

      // Leave: Tab to Leave and press Enter.
      path = await tabTo(page, (h) => h.tag === 'button' && (hasPart(h, 'leave-button') || /^Leave/.test(h.label || h.text)), 'the Leave button');
      await page.keyboard.press('Enter');
      await waitFor(async () => (await events(page, 'tmj-left')).length > 0, 'tmj-left after pressing Enter on Leave');
      const [left] = await events(page, 'tmj-left');
      assert.equal(/** @type {any} */ (left).reason, 'left', `tmj-left says the visitor left (${JSON.stringify(left)})`);
      assert.deepEqual(await events(page, 'tmj-request-leave'), [{ source: 'button' }], 'Enter on Leave asked the page once through tmj-request-leave');

      // Focus moves to Rejoin (or Join) so the next keypress continues from there.
      path = await waitFor(async () => {
        const p = await focusPath(page);
        const h = innermost(p);
        return h && h.tag === 'button' && (hasPart(h, 'rejoin-button') || hasPart(h, 'join-button')) ? p : null;
      }, 'focus on the rejoin/join button after leaving').catch(async (e) => assert.fail(`${e.message}; focus path: ${show(await focusPath(page))}`));
      await assertFocusInWidget(page, 'after leaving');

      // End screen.
      const endViolations = await axeViolations(page);
      assert.deepEqual(endViolations.map((v) => v.id), [], `axe violations on the end screen:\n${describeViolations(endViolations)}`);

      await page.close();
    });

    test('the documented shortcuts work with focus inside the widget: Alt+Shift+C opens chat, Ctrl+Shift+H leaves', async () => {
      const meeting = await api.createMeeting({ title: 'shortcuts e2e' });
      const page = await openDemo(meeting.id);
      await tabTo(page, (h) => h.tag === 'input' && hasPart(h, 'name-input'), 'the name field');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('Sam Shortcut');
      await page.keyboard.press('Enter'); // Enter in the name field submits the form
      await waitFor(async () => (await phase(page)) === 'connected', 'connected after Enter in the name field');
      await waitFor(async () => (await focusPath(page)).length > 2, 'focus inside the call view');
      await assertFocusInWidget(page, 'after joining');

      await page.keyboard.press('Alt+Shift+C');
      const box = await waitFor(
        () =>
          page.evaluate(() => {
            /** @param {Element | ShadowRoot} root @returns {Element[]} */
            const all = (root) => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
            const b = all(document).find((e) => e.getAttribute('part')?.split(/\s+/).includes('send-box'));
            return b && /** @type {HTMLElement} */ (b).checkVisibility() ? 'visible' : null;
          }),
        'the chat send box to be visible after Alt+Shift+C',
      );
      assert.equal(box, 'visible', 'Alt+Shift+C opened the chat panel');
      await assertFocusInWidget(page, 'after Alt+Shift+C');

      await page.keyboard.press('ControlOrMeta+Shift+H');
      await waitFor(async () => (await events(page, 'tmj-left')).length > 0, 'tmj-left after Ctrl+Shift+H');
      assert.equal(/** @type {any} */ ((await events(page, 'tmj-left'))[0]).reason, 'left', 'Ctrl+Shift+H left the call');
      assert.deepEqual(await events(page, 'tmj-request-leave'), [{ source: 'keyboard' }], 'the shortcut asks the page with source "keyboard"');
      await waitFor(async () => {
        const h = innermost(await focusPath(page));
        return h && h.tag === 'button' && (hasPart(h, 'rejoin-button') || hasPart(h, 'join-button'));
      }, 'focus on the rejoin/join button after the shortcut').catch(async (e) => assert.fail(`${e.message}; focus path: ${show(await focusPath(page))}`));
      await page.close();
    });
  });
}
