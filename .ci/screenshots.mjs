// npm run screenshots: the widget's whole state matrix, through the real script-tag build (cdn/) on the demo page
// and the local emulator, in Debian Chromium: every state × 1280/768/360 px × light/dark, written into one folder
// as <state>--<width>--<theme>.png (default screenshots/, or the folder given as the first argument).
// Not part of npm test: it is for looking at the widget (issue 9 requirement 7). Needs `npm run build` first.
// Also runs axe-core in each state (both themes at 1280 and 360 px) and prints the violations, so a look at the
// pictures and an accessibility pass happen together; exits non-zero when axe finds anything.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join as joinPath, resolve } from 'node:path';
import { joinFromPrejoin as join, setup, waitFor, widgetPhase as phase } from '../test/e2e/support/emulator.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = resolve(process.argv[2] ?? joinPath(ROOT, 'screenshots'));
const ONLY = process.env.TMJ_SHOTS_ONLY ? new Set(process.env.TMJ_SHOTS_ONLY.split(',')) : undefined;
const WIDTHS = (process.env.TMJ_SHOTS_WIDTHS ?? '1280,768,360').split(',').map(Number);
const THEMES = ['light', 'dark'];
const AXE_PATH = joinPath(ROOT, 'node_modules/axe-core/axe.min.js');
mkdirSync(OUT, { recursive: true });

const env = await setup();
const api = env.api;
/** @type {string[]} */
const problems = [];
let shots = 0;

async function openGuest(/** @type {string} */ meetingId, /** @type {string} */ theme = 'light') {
  const context = await env.browser.newContext({ permissions: ['camera', 'microphone'], viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(`${env.server.url}/?meeting=${encodeURIComponent(meetingId)}&theme=${theme}`);
  await page.waitForFunction(() => customElements.get('teams-meeting-join') !== undefined);
  return page;
}

async function axe(/** @type {import('playwright-core').Page} */ page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    // @ts-ignore
    const result = await window.axe.run(document.querySelector('teams-meeting-join'), { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

/** Shoots `state` at every width and theme (the page stays in that state while the viewport and theme change). */
async function shoot(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ state, options = {}) {
  if (ONLY && !ONLY.has(state)) return;
  for (const theme of THEMES) {
    await page.evaluate((theme) => document.querySelector('teams-meeting-join').setAttribute('theme', theme), theme);
    await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.evaluate(() => new Promise((r) => setTimeout(r, 350)));
      if (options.before) await options.before(page, width);
      // A clip of the page rather than locator.screenshot(): live video keeps the latter waiting for "stable".
      const clip = await page.evaluate(() => {
        const r = document.querySelector('teams-meeting-join').getBoundingClientRect();
        return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
      });
      await page.screenshot({ path: joinPath(OUT, `${state}--${width}--${theme}.png`), clip, fullPage: true, animations: 'disabled' });
      shots++;
      if (width === 1280 || width === 360) {
        const v = await axe(page);
        for (const line of v) problems.push(`${state} ${width} ${theme}: ${line}`);
      }
    }
  }
  await page.evaluate(() => document.querySelector('teams-meeting-join').setAttribute('theme', 'light'));
  console.log(`  ${state}`);
}

const chatPanel = async (/** @type {import('playwright-core').Page} */ page, open = true) => {
  const pressed = await page.evaluate(() => {
    const controls = document.querySelector('teams-meeting-join')?.shadowRoot?.querySelector('tmj-call-view')?.shadowRoot?.querySelector('tmj-call-controls');
    return controls?.shadowRoot?.querySelector('[data-control="chat"]')?.getAttribute('aria-pressed');
  });
  if ((pressed === 'true') !== open) await page.getByRole('button', { name: /^Chat/ }).first().click();
};

try {
  console.log(`screenshots → ${OUT}`);
  // Pre-join and a configuration error.
  const solo = await api.createMeeting({ title: 'Screens: solo' });
  const pre = await openGuest(solo.id);
  await pre.getByLabel('Your name').fill('Ada Lovelace');
  await shoot(pre, 'prejoin');
  await pre.evaluate(() => document.querySelector('teams-meeting-join').removeAttribute('meeting-link'));
  await shoot(pre, 'config-error');
  await pre.context().close();

  // Lobby, then denied.
  const lobbyMeeting = await api.createMeeting({ title: 'Screens: lobby', lobby: true });
  const waiting = await openGuest(lobbyMeeting.id);
  await join(waiting, 'Grace Hopper', 'lobby');
  await shoot(waiting, 'lobby');
  const seat = await waitFor(async () => (await api.meeting(lobbyMeeting.id)).participants.find((p) => p.state === 'lobby'), 'lobby seat');
  await api.deny(lobbyMeeting.id, seat.id);
  await waitFor(async () => (await phase(waiting)) === 'denied', 'denied');
  await shoot(waiting, 'end-denied');
  await waiting.context().close();

  // The call, growing: 1, 2, 4, 9, 25 people (synthetic participants from the organizer console).
  const meeting = await api.createMeeting({ title: 'Screens: call' });
  const guest = await openGuest(meeting.id);
  await join(guest, 'Ada Lovelace');
  await shoot(guest, 'call-1');
  const consoleContext = await env.browser.newContext({ viewport: { width: 1000, height: 700 } });
  const consolePage = await consoleContext.newPage();
  await consolePage.goto(`${env.server.url}/console.html?meeting=${encodeURIComponent(meeting.id)}`);
  await consolePage.waitForFunction(() => window.tmjConsole?.connected());
  const inCall = async () => (await api.meeting(meeting.id)).participants.filter((p) => p.state === 'connected').length;
  for (const [people, state] of [[2, 'call-2'], [4, 'call-4'], [9, 'call-9'], [25, 'call-25']]) {
    if (ONLY && ![...ONLY].some((s) => s.startsWith('call-') || s === 'people' || s === 'chat-40' || s === 'banner' || s === 'reconnecting' || s === 'share' || s === 'end-removed')) break;
    const have = await inCall();
    await consolePage.waitForFunction(() => document.readyState === 'complete');
    await consolePage.evaluate((n) => window.tmjConsole.addSynthetics(n), people - have);
    await waitFor(async () => (await inCall()) >= people, `${people} people in the call`, 60000);
    await guest.waitForTimeout(2500);
    await shoot(guest, state);
    if (people === 4) {
      // Screen share from another real guest, seen by Ada.
      const presenter = await openGuest(meeting.id);
      await join(presenter, 'Linus Presenter');
      await presenter.getByRole('button', { name: 'Share screen' }).first().click().catch(() => undefined);
      const shared = await waitFor(async () => guest.evaluate(() => {
        const g = document.querySelector('teams-meeting-join')?.shadowRoot?.querySelector('tmj-call-view')?.shadowRoot?.querySelector('tmj-video-gallery');
        return Boolean(g?.shadowRoot?.querySelector('[part~="stage"]'));
      }), 'the share on the stage', 15000).catch(() => false);
      if (shared) {
        await guest.waitForTimeout(1500);
        await shoot(guest, 'share');
      } else problems.push('share: the screen share did not reach the stage (no display capture here?)');
      await presenter.context().close();
      await waitFor(async () => (await inCall()) <= people, 'presenter gone', 15000);
    }
  }
  // Recording banner, chat with 40 messages, people.
  await api.recording(meeting.id, true);
  await guest.waitForTimeout(800);
  await shoot(guest, 'banner');
  const long = 'Could everyone check the agenda before Thursday? I added the budget review and a few open questions.';
  for (let i = 0; i < 40; i++) {
    const html = i === 37 ? '<p>Thanks <at id="0">Ada Lovelace</at>, and <span itemscope itemtype="http://schema.skype.com/Mention" itemid="1">Grace</span> too</p>' : i === 38 ? '<svg><circle r="4"></circle></svg>' : `<p>${i % 3 === 0 ? long : `Message ${i + 1}: <strong>noted</strong>`}</p>`;
    await api.teamsChat(meeting.id, html, i % 4 === 0 ? 'Olivia Organizer' : 'Teams User');
  }
  await chatPanel(guest, true);
  await guest.getByPlaceholder('Type a message').first().fill('');
  await guest.waitForTimeout(1000);
  await shoot(guest, 'chat-40');
  await chatPanel(guest, false);
  await guest.getByRole('button', { name: 'People' }).first().click();
  await shoot(guest, 'people');
  await guest.getByRole('button', { name: 'People' }).first().click();
  // Reconnecting: the emulator drops Ada's connection and refuses it for a while.
  const ada = (await api.meeting(meeting.id)).participants.find((p) => p.displayName === 'Ada Lovelace');
  if (!ONLY || ONLY.has('reconnecting')) {
    await api.drop(meeting.id, ada.id, 15000);
    await waitFor(async () => (await phase(guest)) === 'reconnecting', 'reconnecting', 15000);
    await shoot(guest, 'reconnecting');
    await waitFor(async () => (await phase(guest)) === 'connected', 'reconnected', 40000);
  }
  await api.remove(meeting.id, ada.id);
  await waitFor(async () => (await phase(guest)) === 'removed', 'removed');
  await shoot(guest, 'end-removed');
  await consoleContext.close();
  await guest.context().close();

  // Meeting ended, left, failed (the token service refuses once).
  const ending = await api.createMeeting({ title: 'Screens: ending' });
  const kim = await openGuest(ending.id);
  await join(kim, 'Kim Guest');
  await api.end(ending.id);
  await waitFor(async () => (await phase(kim)) === 'ended', 'ended');
  await shoot(kim, 'end-ended');
  await kim.context().close();
  const leaving = await api.createMeeting({ title: 'Screens: leaving' });
  const lee = await openGuest(leaving.id);
  await join(lee, 'Lee Guest');
  await lee.getByRole('button', { name: 'Leave' }).first().click();
  await waitFor(async () => (await phase(lee)) === 'left', 'left');
  await shoot(lee, 'end-left');
  await api.call('POST', '/faults/token', { mode: 'refuse', status: 503, count: 5 });
  await lee.getByRole('button', { name: 'Rejoin' }).click();
  await lee.getByRole('button', { name: 'Join now' }).click();
  await waitFor(async () => (await phase(lee)) === 'failed', 'failed', 20000);
  await api.call('DELETE', '/faults/token');
  await shoot(lee, 'end-failed');
  await lee.context().close();
} finally {
  await env.close();
}
console.log(`${shots} screenshots in ${OUT}`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log('axe: no violations in any state');
}
