// Issue 9 requirements 2–6 and 8 through the real script-tag build on the demo page and the emulator: tile
// coverage with 2–9 people at 1280×560 and 360×640, the docked self view, one row of controls and the "More" menu
// at 360 px, side panels that close and take the whole call below 640 px, forced-colours visibility (computed
// styles under emulated forced-colors), "Microphone off"-style announcements for buttons and shortcuts, chat
// rendering (hidden messages, both mention formats, own name, channel meeting), the end-screen family (no Rejoin
// after "ended", the typed name kept), and axe-core clean in each of these states, reconnecting included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { joinFromPrejoin as join, setup, waitFor, widgetPhase as phase } from './support/emulator.mjs';

const AXE_PATH = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
before(async () => {
  env = await setup({ server: process.env.TMJ_E2E_CDN_DIR ? { cdnDir: process.env.TMJ_E2E_CDN_DIR } : {} });
});
after(async () => {
  await env?.close();
});

async function open(/** @type {string} */ meetingId, viewport = { width: 1400, height: 900 }) {
  const context = await env.browser.newContext({ permissions: ['camera', 'microphone'], viewport });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(`${env.server.url}/?meeting=${encodeURIComponent(meetingId)}`);
  await page.waitForFunction(() => customElements.get('teams-meeting-join') !== undefined);
  return page;
}

/** Gives the widget an exact box (the demo page's column would cap its width). */
async function box(/** @type {import('playwright-core').Page} */ page, /** @type {number} */ width, /** @type {number} */ height) {
  await page.evaluate(([width, height]) => {
    /** @type {HTMLElement} */ (document.querySelector('.demo-main')).style.maxWidth = 'none';
    const w = /** @type {HTMLElement} */ (document.querySelector('teams-meeting-join'));
    w.style.width = `${width}px`;
    w.style.height = `${height}px`;
  }, [width, height]);
  await page.waitForTimeout(400);
}

async function axe(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ state) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    // @ts-ignore
    const r = await window.axe.run(document.querySelector('teams-meeting-join'), { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  });
  assert.deepEqual(violations, [], `axe-core finds no violations in state "${state}"`);
}

/** Runs `fn` inside the page with the call view's shadow roots at hand. */
function inCall(/** @type {import('playwright-core').Page} */ page, /** @type {(r: any) => any} */ fn, arg) {
  return page.evaluate(
    ([src, arg]) => {
      const host = document.querySelector('teams-meeting-join');
      const view = host.shadowRoot.querySelector('tmj-call-view');
      const r = {
        host,
        view: view?.shadowRoot,
        gallery: view?.shadowRoot?.querySelector('tmj-video-gallery'),
        controls: view?.shadowRoot?.querySelector('tmj-call-controls')?.shadowRoot,
        chat: view?.shadowRoot?.querySelector('tmj-chat-panel')?.shadowRoot,
      };
      // eslint-disable-next-line no-new-func
      return new Function('r', 'arg', `return (${src})(r, arg)`)(r, arg);
    },
    [fn.toString(), arg],
  );
}

/** Share of the gallery's box covered by tiles (grid tiles and the docked self view). */
const coverage = (/** @type {import('playwright-core').Page} */ page) =>
  inCall(page, (r) => {
    const g = r.gallery.getBoundingClientRect();
    const tiles = [...r.gallery.shadowRoot.querySelectorAll('[part~="tile"]')].map((t) => t.getBoundingClientRect());
    const area = tiles.reduce((sum, t) => sum + t.width * t.height, 0);
    return { ratio: area / (g.width * g.height), tiles: tiles.length, stage: `${Math.round(g.width)}×${Math.round(g.height)}` };
  });

test('gallery: tiles cover ≥ 70 % of the stage with 2–9 people at 1280×560 and 360×640; the docked self view covers no tile or name', async () => {
  const meeting = await env.api.createMeeting({ title: 'coverage' });
  const page = await open(meeting.id);
  await join(page, 'Ada Cover');
  const consolePage = await (await env.browser.newContext()).newPage();
  await consolePage.goto(`${env.server.url}/console.html?meeting=${encodeURIComponent(meeting.id)}`);
  await consolePage.waitForFunction(() => window.tmjConsole?.connected());
  const count = async () => (await env.api.meeting(meeting.id)).participants.filter((p) => p.state === 'connected').length;
  for (const people of [2, 4, 9]) {
    await consolePage.evaluate((n) => window.tmjConsole.addSynthetics(n), people - (await count()));
    await waitFor(async () => (await count()) >= people, `${people} in the call`, 60000);
    for (const [w, h] of [[1280, 560], [360, 640]]) {
      await box(page, w, h);
      const c = await waitFor(async () => {
        const v = await coverage(page);
        return v.tiles === people ? v : null;
      }, `${people} tiles at ${w}×${h}`, 15000);
      assert.ok(c.ratio >= 0.7, `${people} people at ${w}×${h}: tiles cover ${(c.ratio * 100).toFixed(1)} % of the ${c.stage} stage (≥ 70 %)`);
      if (people === 2) {
        const overlap = await inCall(page, (r) => {
          const self = r.gallery.shadowRoot.querySelector('[part~="self-view"]')?.getBoundingClientRect();
          const other = r.gallery.shadowRoot.querySelector('[part~="tile"]:not([part~="self"])');
          const o = other.getBoundingClientRect();
          const name = other.querySelector('[part~="tile-name"]').getBoundingClientRect();
          const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          return { docked: Boolean(self), tile: self ? hit(self, o) : null, name: self ? hit(self, name) : null };
        });
        assert.deepEqual(overlap, { docked: true, tile: false, name: false }, `${w}×${h}: the self view is docked and covers neither the tile nor its name`);
      }
    }
    if (people === 9) await axe(page, 'call with 9 people');
  }
  await consolePage.context().close();
  await page.context().close();
});

test('360 px: one row of controls with a keyboard-operable "More" menu; side panels close and take the whole call, releasing the gallery’s streams', async () => {
  const meeting = await env.api.createMeeting({ title: 'narrow' });
  const page = await open(meeting.id, { width: 360, height: 740 });
  await join(page, 'Nia Narrow');
  const rows = await inCall(page, (r) => {
    const buttons = [...r.controls.querySelectorAll('[part~="controls"] > li > button')];
    return { names: buttons.map((b) => b.dataset.control), tops: [...new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top)))] };
  });
  assert.equal(rows.tops.length, 1, `one row of controls at 360 px (${rows.names.join(', ')})`);
  assert.ok(rows.names.includes('more') && rows.names.at(-1) === 'leave', `More present, Leave last: ${rows.names}`);
  // Keyboard: focus More, open with ArrowDown, move, Escape back.
  await page.getByRole('button', { name: 'More' }).focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'More' });
  await menu.waitFor();
  const focused = () => inCall(page, (r) => r.controls.activeElement?.dataset.item ?? r.controls.activeElement?.dataset.control);
  assert.equal(await focused(), (await menu.getByRole('menuitemcheckbox').first().getAttribute('data-item')) ?? 'devices', 'the first item has focus');
  await axe(page, 'More menu open');
  await page.keyboard.press('Escape');
  await waitFor(async () => (await focused()) === 'more', 'Escape returns focus to More');
  assert.equal(await page.getByRole('button', { name: 'More' }).getAttribute('aria-expanded'), 'false');

  await page.getByRole('button', { name: /^Chat/ }).click();
  const cover = await waitFor(() => inCall(page, (r) => {
    const panel = r.view.querySelector('[part~="side-panel"]:not([hidden])');
    if (!panel) return null;
    const p = panel.getBoundingClientRect();
    const main = r.view.querySelector('.main').getBoundingClientRect();
    const host = r.host.getBoundingClientRect();
    return { panel: [p.width, p.height], main: [main.width, main.height], host: [host.width, host.height], streams: r.gallery.activeStreamIds.length, controlsHidden: r.view.querySelector('tmj-call-controls').hidden };
  }), 'chat panel open');
  assert.equal(cover.panel[0], cover.host[0], 'the panel takes the whole width');
  assert.ok(cover.panel[1] >= cover.host[1] - 60, `the panel takes the call's whole height (${cover.panel[1]} of ${cover.host[1]})`);
  assert.equal(cover.controlsHidden, true, 'the controls step aside');
  assert.equal(cover.streams, 0, 'the covered gallery releases its streams');
  await axe(page, 'chat full-widget at 360 px');
  await page.getByRole('button', { name: 'Close Chat' }).click();
  await waitFor(() => inCall(page, (r) => !r.view.querySelector('[part~="side-panel"]:not([hidden])') && r.gallery.activeStreamIds.length > 0), 'closed; the gallery has its streams back');
  assert.equal(await inCall(page, (r) => r.controls.activeElement?.dataset.control), 'chat', 'focus returns to the Chat button');
  await page.context().close();
});

test('forced colours: pressed toggles, the More menu and the mic meter stay visible (computed styles under forced-colors: active)', async () => {
  const meeting = await env.api.createMeeting({ title: 'forced colours' });
  const page = await open(meeting.id);
  await page.emulateMedia({ forcedColors: 'active' });
  // The pre-join's forced-colours rules ship with its lazy media chunk (size budget): wait until they apply.
  await page.waitForFunction(() => {
    const pre = document.querySelector('teams-meeting-join')?.shadowRoot?.querySelector('tmj-prejoin')?.shadowRoot;
    const m = pre?.querySelector('.meter');
    return m && getComputedStyle(m).borderTopStyle === 'solid';
  }, null, { timeout: 15000 }).catch(() => {});
  const meter = await page.evaluate(() => {
    const pre = document.querySelector('teams-meeting-join').shadowRoot.querySelector('tmj-prejoin').shadowRoot;
    const m = getComputedStyle(pre.querySelector('.meter'));
    const bar = getComputedStyle(pre.querySelector('.meter > span'));
    const toggle = getComputedStyle(pre.querySelector('[aria-pressed="true"]'));
    return { border: m.borderTopStyle, bar: bar.backgroundColor, track: m.backgroundColor, pressed: toggle.backgroundColor, adjust: bar.forcedColorAdjust };
  });
  assert.equal(meter.border, 'solid', 'the meter track has a border in forced colours');
  assert.notEqual(meter.bar, meter.track, `the meter bar (${meter.bar}) differs from its track (${meter.track})`);
  assert.equal(meter.adjust, 'none', 'the meter bar keeps its system colour');
  await join(page, 'Fay Forced');
  await page.getByRole('button', { name: 'Camera' }).click();
  await waitFor(async () => (await page.getByRole('button', { name: 'Camera' }).getAttribute('aria-pressed')) === 'false', 'camera off');
  const styles = await inCall(page, (r) => {
    const of = (b) => {
      const s = getComputedStyle(b);
      return { bg: s.backgroundColor, outline: s.outlineStyle, border: s.borderTopStyle, color: s.color };
    };
    return { on: of(r.controls.querySelector('[data-control="mic"]')), off: of(r.controls.querySelector('[data-control="camera"]')) };
  });
  assert.notEqual(styles.on.bg, styles.off.bg, `pressed (${styles.on.bg}) and not pressed (${styles.off.bg}) differ in forced colours`);
  assert.equal(styles.on.outline, 'solid', 'the pressed toggle has an outline, not a fill alone');
  assert.equal(styles.off.border, 'solid', 'every control has a visible border');
  await axe(page, 'call in forced colours');
  await page.context().close();
});

test('announcements: toggling the microphone, camera and hand by button and by shortcut says the new state', async () => {
  const meeting = await env.api.createMeeting({ title: 'announce' });
  const page = await open(meeting.id);
  await join(page, 'Sam Speaker');
  const said = () => inCall(page, (r) => r.view.querySelector('[part~="live-region"]').textContent.trim());
  await page.getByRole('button', { name: 'Microphone' }).click();
  await waitFor(async () => (await said()) === 'Microphone off', '"Microphone off" after the button');
  await page.keyboard.press('Control+Shift+M');
  await waitFor(async () => (await said()) === 'Microphone on', '"Microphone on" after Ctrl+Shift+M');
  await page.keyboard.press('Control+Shift+O');
  await waitFor(async () => (await said()) === 'Camera off', '"Camera off" after Ctrl+Shift+O');
  await page.getByRole('button', { name: 'Camera' }).click();
  await waitFor(async () => (await said()) === 'Camera on', '"Camera on" after the button');
  await page.context().close();
});

test('chat rendering: a message that sanitises to nothing, both mention formats with the own name highlighted; a channel meeting shows only its explanation', async () => {
  const meeting = await env.api.createMeeting({ title: 'chat rendering' });
  const page = await open(meeting.id);
  await join(page, 'Ada Lovelace');
  await page.getByRole('button', { name: /^Chat/ }).click();
  await env.api.teamsChat(meeting.id, '<svg><circle r="4"></circle></svg>', 'Olivia Organizer');
  await env.api.teamsChat(meeting.id, '<p>Hi <at id="0">Ada Lovelace</at></p>', 'Olivia Organizer');
  await env.api.teamsChat(meeting.id, '<p><span itemscope itemtype="http://schema.skype.com/Mention" itemid="1">Bob</span>, and <span itemscope itemtype="http://schema.skype.com/Mention" itemid="0">Ada Lovelace</span></p>', 'Olivia Organizer');
  await page.getByText('This message can’t be shown here').waitFor({ timeout: 10000 });
  const mentions = await waitFor(() => inCall(page, (r) => {
    const m = [...r.chat.querySelectorAll('[data-mention]')].map((e) => ({ text: e.textContent, self: e.hasAttribute('data-self') }));
    return m.length === 3 ? m : null;
  }), 'three mentions');
  assert.deepEqual(mentions, [{ text: 'Ada Lovelace', self: true }, { text: 'Bob', self: false }, { text: 'Ada Lovelace', self: true }]);
  await axe(page, 'chat with mentions');
  await page.context().close();

  const channel = await env.api.createMeeting({ title: 'channel rendering', channel: true });
  const cara = await open(channel.id);
  await join(cara, 'Cara Channel');
  await cara.getByRole('button', { name: /^Chat/ }).click();
  await cara.getByText('scheduled in a Teams channel').waitFor();
  const parts = await inCall(cara, (r) => ({ box: Boolean(r.chat.querySelector('textarea')), empty: r.chat.textContent.includes('No messages yet') }));
  assert.deepEqual(parts, { box: false, empty: false }, 'only the explanation: no send box, no empty state');
  await cara.context().close();
});

test('screens: lobby with self preview and toggles that carry into the call; reconnecting overlay; no Rejoin after "ended"; Rejoin keeps the name; the widget keeps its size', async () => {
  const lobby = await env.api.createMeeting({ title: 'screens lobby', lobby: true });
  const page = await open(lobby.id);
  const size = () => page.evaluate(() => document.querySelector('teams-meeting-join').getBoundingClientRect().height);
  const start = await size();
  await join(page, 'Lia Lobby', 'lobby');
  await waitFor(() => inCall(page, (r) => r.view.querySelector('[part~="lobby-preview"] video') !== null), 'the self preview in the lobby');
  await axe(page, 'lobby');
  await page.getByRole('button', { name: 'Camera' }).click();
  await waitFor(() => inCall(page, (r) => r.view.querySelector('[part~="lobby-preview"]').dataset.video === 'off'), 'camera turned off in the lobby');
  assert.equal(await size(), start, 'the lobby keeps the widget size');
  const seat = await waitFor(async () => (await env.api.meeting(lobby.id)).participants.find((p) => p.state === 'lobby'), 'seat');
  await env.api.admit(lobby.id, seat.id);
  await waitFor(async () => (await phase(page)) === 'connected', 'admitted');
  assert.equal(await page.getByRole('button', { name: 'Camera' }).getAttribute('aria-pressed'), 'false', 'the camera choice made in the lobby carries into the call');

  // Reconnecting: a solid overlay, axe clean (contrast included).
  await env.api.drop(lobby.id, seat.id, 3000);
  await waitFor(async () => (await phase(page)) === 'reconnecting', 'reconnecting', 15000);
  const overlay = await inCall(page, (r) => {
    const o = r.view.querySelector('[part~="reconnecting"]');
    return o ? { bg: getComputedStyle(o).backgroundColor, text: o.textContent.replace(/\s+/g, ' ').trim() } : null;
  });
  assert.ok(overlay && /^rgb\(/.test(overlay.bg), `a solid overlay (${JSON.stringify(overlay)})`);
  await axe(page, 'reconnecting');
  await waitFor(async () => (await phase(page)) === 'connected', 'back', 60000);

  // Leave → Rejoin keeps the name.
  await page.getByRole('button', { name: 'Leave' }).click();
  await waitFor(async () => (await phase(page)) === 'left', 'left');
  assert.equal(await size(), start, 'the end screen keeps the widget size');
  await axe(page, 'left');
  await page.getByRole('button', { name: 'Rejoin' }).click();
  assert.equal(await page.getByLabel('Your name', { exact: true }).inputValue(), 'Lia Lobby', 'Rejoin keeps the typed name');
  await page.context().close();

  const ending = await env.api.createMeeting({ title: 'screens ended' });
  const kim = await open(ending.id);
  await join(kim, 'Kim Ended');
  await env.api.end(ending.id);
  await waitFor(async () => (await phase(kim)) === 'ended', 'ended');
  assert.equal(await kim.getByRole('button', { name: /Rejoin|Try again/ }).count(), 0, 'no Rejoin after the meeting ended');
  const text = await kim.evaluate(() => document.querySelector('teams-meeting-join').shadowRoot.querySelector('[part~="end"]').textContent.replace(/\s+/g, ' ').trim());
  assert.match(text, /The meeting has ended The organizer ended it for everyone/, 'title plus a sentence that adds to it');
  await axe(kim, 'ended');
  await kim.context().close();
});
