// The widget's state matrix (issue 9 requirement 7), walked once through the real script-tag build on the demo
// page and the emulator: pre-join, configuration error, lobby, calls with 1/2/4/9/25 people, screen share,
// recording banner, chat with 40 messages, people, reconnecting and every end screen; the background effects picker
// (issue 16 req 3) open in the pre-join's device settings with None, Blur and the site's image chosen (a refused
// `background-images` entry listed) and in the call's device settings. Shared by
// `npm run screenshots` (.ci/screenshots.mjs: every state × widths × themes, as PNGs) and
// test/e2e/axe-matrix.test.mjs (axe-core in every state), so the two can't walk different states.
//
// Robust by construction: every state has a time bound (a state that can't be reached or visited is reported
// and the walk goes on with the next scenario); every page and context opened here is closed when its scenario
// ends, whatever happened; Playwright calls have a default timeout, so nothing waits forever on live video.
import { waitFor, widgetPhase as phase } from './emulator.mjs';

/**
 * Joins from the pre-join in whatever language TMJ_SHOTS_LANG gave the widget: the name box by role, the join
 * button by its part (joinFromPrejoin in emulator.mjs finds them by their English labels).
 */
async function join(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ name, want = 'connected') {
  await page.getByRole('textbox').first().fill(name);
  await page.locator('[part~="join-button"]').first().click();
  await waitFor(async () => (await phase(page)) === want, `${name}: ${want}`, 20000);
}

/** The first sentence of the recording notice in the widget's language (TMJ_SHOTS_LANG), English otherwise. */
async function recordingStarted() {
  const lang = process.env.TMJ_SHOTS_LANG;
  if (lang && /^[\w-]+$/.test(lang) && lang !== 'en') {
    try {
      const url = new URL(`../../../build/esm/i18n/${lang}/compliance.js`, import.meta.url);
      return (await import(url.href)).default['recording-started'].split(/[.。]/)[0];
    } catch {
      // Not a catalog folder (a tag that resolves to another locale): the English sentence, as before.
    }
  }
  return 'Recording has started';
}

/** Every state, in walk order (a PNG per state × width × theme). */
export const MATRIX_STATES = /** @type {const} */ ([
  'prejoin',
  'config-error',
  'effects-none',
  'effects-blur',
  'effects-image',
  'effects-call',
  'lobby',
  'end-denied',
  'call-1',
  'call-2',
  'call-4',
  'share',
  'call-9',
  'call-25',
  'banner',
  'chat-40',
  'people',
  'reconnecting',
  'end-removed',
  'end-ended',
  'end-left',
  'end-failed',
]);

/** Forty Teams messages of mixed length, with both mention formats and one that sanitises to nothing. */
export function chatHistory() {
  const long = 'Could everyone check the agenda before Thursday? I added the budget review and a few open questions.';
  return Array.from({ length: 40 }, (_, i) => ({
    html:
      i === 37
        ? '<p>Thanks <at id="0">Ada Lovelace</at>, and <span itemscope itemtype="http://schema.skype.com/Mention" itemid="1">Grace</span> too</p>'
        : i === 38
          ? '<svg><circle r="4"></circle></svg>'
          : `<p>${i % 3 === 0 ? long : `Message ${i + 1}: <strong>noted</strong>`}</p>`,
    sender: i % 4 === 0 ? 'Olivia Organizer' : 'Teams User',
  }));
}

/** Rejects after `ms` with a message naming `what` (the promise itself is left to settle on its own). */
export function withTimeout(/** @type {Promise<unknown>} */ promise, /** @type {number} */ ms, /** @type {string} */ what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Walks the matrix. `visit(page, state)` is called once per state reached (the page stays in that state until
 * it returns). Returns the states visited and the problems met (a state not reached, a visit that failed or
 * took longer than `stateTimeoutMs`: that scenario stops, the next one runs); never throws for one state's trouble.
 *
 * @param {{ browser: import('playwright-core').Browser, server: { url: string }, api: ReturnType<typeof import('./emulator.mjs').apiClient> }} env
 * @param {(page: import('playwright-core').Page, state: string) => Promise<void>} visit
 * `crowdAfter`: people left in the call after the 25-person state (default: all 25 stay for banner, chat, people…).
 * @param {{ only?: Set<string>, stateTimeoutMs?: number, reconnectBlockMs?: number, crowdAfter?: number, log?: (line: string) => void }} [options]
 */
export async function walkMatrix(env, visit, options = {}) {
  const { only, stateTimeoutMs = 120000, reconnectBlockMs = 8000, crowdAfter, log = () => {} } = options;
  const api = env.api;
  /** @type {string[]} */
  const visited = [];
  /** @type {string[]} */
  const problems = [];
  const wanted = (/** @type {string} */ state) => !only || only.has(state);
  const anyWanted = (/** @type {string[]} */ states) => states.some(wanted);

  /** Opens the demo page for `meetingId` in a fresh context (its own identity), camera and microphone granted. */
  const contexts = new Set();
  async function openGuest(/** @type {string} */ meetingId, viewport = { width: 1280, height: 800 }) {
    const context = await env.browser.newContext({ permissions: ['camera', 'microphone'], viewport });
    contexts.add(context);
    context.setDefaultTimeout(20000);
    const page = await context.newPage();
    page.on('pageerror', (e) => log(`[page error] ${e.message}`));
    // TMJ_SHOTS_LANG (npm run screenshots): the widget's lang, e.g. qps-ploc (the pseudo-locale) to spot truncation.
    const lang = process.env.TMJ_SHOTS_LANG ? `&lang=${encodeURIComponent(process.env.TMJ_SHOTS_LANG)}` : '';
    await page.goto(`${env.server.url}/?meeting=${encodeURIComponent(meetingId)}${lang}`);
    await page.waitForFunction(() => customElements.get('teams-meeting-join') !== undefined);
    return page;
  }
  const closeAll = async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    contexts.clear();
  };

  /** Visits `state` on `page` within the time bound; a failure is recorded, not thrown. */
  async function at(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ state) {
    if (!wanted(state)) return;
    const started = Date.now();
    try {
      await withTimeout(visit(page, state), stateTimeoutMs, state);
      visited.push(state);
      log(`  ${state} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      problems.push(`${state}: ${/** @type {Error} */ (error).message.split('\n')[0]}`);
      log(`  ${state}: FAILED ${/** @type {Error} */ (error).message.split('\n')[0]}`);
      // The scenario stops here: its pages close, which also ends a visit that overran its time bound.
      throw Object.assign(new Error(`${state} failed`), { recorded: true });
    }
  }

  /** Runs one scenario; its trouble is recorded and its pages closed, and the walk goes on. */
  async function scenario(/** @type {string} */ name, /** @type {string[]} */ states, /** @type {() => Promise<void>} */ fn) {
    if (!anyWanted(states)) return;
    try {
      await fn();
    } catch (error) {
      const missed = states.filter((s) => wanted(s) && !visited.includes(s) && !problems.some((p) => p.startsWith(`${s}:`)));
      const reason = /** @type {{ recorded?: boolean }} */ (error).recorded ? 'stopped' : /** @type {Error} */ (error).message.split('\n')[0];
      problems.push(`${name}: ${reason}${missed.length ? ` (not reached: ${missed.join(', ')})` : ''}`);
      log(`  ${name}: FAILED ${reason}`);
    } finally {
      await closeAll();
    }
  }

  const chatButton = (/** @type {import('playwright-core').Page} */ page) => page.locator('[data-control="chat"]').first();
  const pressed = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ control) =>
    page.evaluate((control) => {
      const controls = document.querySelector('teams-meeting-join')?.shadowRoot?.querySelector('tmj-call-view')?.shadowRoot?.querySelector('tmj-call-controls');
      return controls?.shadowRoot?.querySelector(`[data-control="${control}"]`)?.getAttribute('aria-pressed') === 'true';
    }, control);
  const galleryHas = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ selector) =>
    page.evaluate((selector) => {
      const g = document.querySelector('teams-meeting-join')?.shadowRoot?.querySelector('tmj-call-view')?.shadowRoot?.querySelector('tmj-video-gallery');
      return Boolean(g?.shadowRoot?.querySelector(selector));
    }, selector);

  try {
    await scenario('pre-join', ['prejoin', 'config-error'], async () => {
      const solo = await api.createMeeting({ title: 'Screens: solo' });
      const pre = await openGuest(solo.id);
      await pre.getByRole('textbox').first().fill('Ada Lovelace');
      await at(pre, 'prejoin');
      await pre.evaluate(() => document.querySelector('teams-meeting-join').removeAttribute('meeting-link'));
      await pre.getByRole('alert').first().waitFor();
      await at(pre, 'config-error');
    });

    // The effects picker: the site offers one image and one entry the widget refuses (listed under the choices).
    const effectsStates = ['effects-none', 'effects-blur', 'effects-image', 'effects-call'];
    await scenario('effects', effectsStates, async () => {
      const meeting = await api.createMeeting({ title: 'Screens: effects' });
      const guest = await openGuest(meeting.id);
      await guest.evaluate(() => {
        // A small landscape picture (sky, hills) as the site's background image, and a refused javascript: entry.
        const c = document.createElement('canvas');
        c.width = 320;
        c.height = 180;
        const g = /** @type {CanvasRenderingContext2D} */ (c.getContext('2d'));
        const sky = g.createLinearGradient(0, 0, 0, 180);
        sky.addColorStop(0, '#8ec5ff');
        sky.addColorStop(1, '#e6f2ff');
        g.fillStyle = sky;
        g.fillRect(0, 0, 320, 180);
        g.fillStyle = '#4f9a5b';
        g.beginPath();
        g.ellipse(90, 190, 170, 70, 0, 0, Math.PI * 2);
        g.ellipse(260, 200, 160, 80, 0, 0, Math.PI * 2);
        g.fill();
        document.querySelector('teams-meeting-join')?.setAttribute('background-images', `${c.toDataURL('image/png')} javascript:alert(1)`);
      });
      await guest.getByRole('textbox').first().fill('Ada Lovelace');
      const picker = 'tmj-prejoin tmj-effects-picker';
      await guest.locator('tmj-prejoin details[part~="devices"] > summary').first().click();
      const options = guest.locator(`${picker} [part~="effect-option"]`);
      await waitFor(async () => (await options.count()) === 3, 'None, Blur and the site\'s image offered', 20000);
      await guest.locator(`${picker} [part~="effects-notice"]`).first().waitFor();
      // The pre-join scrolls inside the widget: keep the picker in view while the viewport changes (screenshots).
      await guest.evaluate(() => {
        const prejoin = document.querySelector('teams-meeting-join')?.shadowRoot?.querySelector('tmj-prejoin');
        const fx = prejoin?.shadowRoot?.querySelector('tmj-effects-picker');
        if (fx) new ResizeObserver(() => fx.scrollIntoView({ block: 'nearest' })).observe(/** @type {Element} */ (prejoin));
      });
      // The choice is applied to the preview before the picker takes the next one (busy while pending).
      const chosen = async (/** @type {number} */ index) => {
        await options.nth(index).click();
        await waitFor(
          () => guest.evaluate(([sel, index]) => {
            const deep = (/** @type {ParentNode} */ root, /** @type {string} */ q) => {
              const hit = root.querySelector(q);
              if (hit) return hit;
              for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const inner = deep(el.shadowRoot, q); if (inner) return inner; }
              return null;
            };
            const p = deep(document, sel);
            const radios = [...(p?.shadowRoot?.querySelectorAll('input[type=radio]') ?? [])];
            return !p?.hasAttribute('busy') && /** @type {HTMLInputElement | undefined} */ (radios[index])?.checked === true;
          }, /** @type {const} */ (['tmj-effects-picker', index])),
          `effect ${index} chosen`,
          20000,
        );
      };
      await chosen(0);
      await at(guest, 'effects-none');
      await chosen(1);
      await at(guest, 'effects-blur');
      await chosen(2);
      await at(guest, 'effects-image');
      if (!wanted('effects-call')) return;
      await guest.locator('[part~="join-button"]').first().click();
      await waitFor(async () => (await phase(guest)) === 'connected', 'connected with the image', 20000);
      await guest.locator('[data-control="devices"]').first().click();
      await guest.locator('[part~="device-menu"] tmj-effects-picker [part~="effect-option"]').nth(2).waitFor();
      await at(guest, 'effects-call');
    });

    await scenario('lobby', ['lobby', 'end-denied'], async () => {
      const lobbyMeeting = await api.createMeeting({ title: 'Screens: lobby', lobby: true });
      const waiting = await openGuest(lobbyMeeting.id);
      await join(waiting, 'Grace Hopper', 'lobby');
      await at(waiting, 'lobby');
      const seat = await waitFor(async () => (await api.meeting(lobbyMeeting.id)).participants.find((p) => p.state === 'lobby'), 'lobby seat');
      await api.deny(lobbyMeeting.id, seat.id);
      await waitFor(async () => (await phase(waiting)) === 'denied', 'denied');
      await at(waiting, 'end-denied');
    });

    const callStates = ['call-1', 'call-2', 'call-4', 'share', 'call-9', 'call-25', 'banner', 'chat-40', 'people', 'reconnecting'];
    await scenario('call', callStates, async () => {
      // The call, growing: 1, 2, 4, 9, 25 people (synthetic participants from the organizer console).
      const meeting = await api.createMeeting({ title: 'Screens: call' });
      const guest = await openGuest(meeting.id);
      await join(guest, 'Ada Lovelace');
      await at(guest, 'call-1');
      const consoleContext = await env.browser.newContext({ viewport: { width: 1000, height: 700 } });
      contexts.add(consoleContext);
      const consolePage = await consoleContext.newPage();
      await consolePage.goto(`${env.server.url}/console.html?meeting=${encodeURIComponent(meeting.id)}`);
      await consolePage.waitForFunction(() => window.tmjConsole?.connected());
      // Synthetic pictures at 2 frames a second: 24 live encoders and decoders starve a shared 2-core machine.
      await consolePage.evaluate(() => window.tmjConsole.calm(true));
      const inCall = async () => (await api.meeting(meeting.id)).participants.filter((p) => p.state === 'connected').length;
      const later = callStates.slice(1);
      for (const [people, state] of /** @type {const} */ ([[2, 'call-2'], [4, 'call-4'], [9, 'call-9'], [25, 'call-25']])) {
        if (!anyWanted(later.slice(later.indexOf(state)))) break;
        // A crowd nobody asked to see is skipped (TMJ_SHOTS_ONLY=banner: the banner over a small call).
        if (!wanted(state) && !(people === 4 && wanted('share'))) continue;
        const have = await inCall();
        if (people > have) await consolePage.evaluate((n) => window.tmjConsole.addSynthetics(n), people - have);
        await waitFor(async () => (await inCall()) >= people, `${people} people in the call`, 60000);
        // Every tile on the page rendered (video or initials), not a half-built gallery.
        await waitFor(async () => {
          const tiles = await guest.evaluate(() => {
            const g = document.querySelector('teams-meeting-join')?.shadowRoot?.querySelector('tmj-call-view')?.shadowRoot?.querySelector('tmj-video-gallery');
            return g?.shadowRoot?.querySelectorAll('[part~="tile"]').length ?? 0;
          });
          return tiles >= Math.min(people, 8);
        }, `${people} tiles`, 20000);
        await guest.waitForTimeout(1500);
        await at(guest, state);
        if (people === 4 && wanted('share')) {
          // Screen share from another real guest, seen by Ada. Its trouble is the share's alone: the call goes on.
          const presenter = await openGuest(meeting.id);
          try {
            await join(presenter, 'Linus Presenter');
            await presenter.locator('[data-control="share"]').first().click();
            await waitFor(() => galleryHas(guest, '[part~="stage"] video'), 'the share on the stage', 90000);
            await guest.waitForTimeout(1500);
            await at(guest, 'share');
          } catch (error) {
            if (!/** @type {{ recorded?: boolean }} */ (error).recorded) problems.push(`share: ${/** @type {Error} */ (error).message.split('\n')[0]}`);
          } finally {
            await presenter.context().close();
            contexts.delete(presenter.context());
          }
          await waitFor(async () => (await inCall()) <= people && !(await galleryHas(guest, '[part~="stage"]')), 'presenter gone', 30000);
        }
      }
      if (crowdAfter !== undefined) {
        // A smaller call for the remaining states (the axe test: two dozen live audio and video streams make each
        // check minutes long on a shared machine; the screenshot run keeps the crowd).
        const synthetic = (await api.meeting(meeting.id)).participants.filter((p) => p.state === 'connected' && /^Synthetic /.test(p.displayName));
        for (const p of synthetic.slice(Math.max(0, crowdAfter - 1))) await api.remove(meeting.id, p.id);
        await waitFor(async () => (await inCall()) <= crowdAfter, `back to ${crowdAfter} people`, 30000);
      }
      // Recording banner, chat with 40 messages, people.
      if (anyWanted(['banner', 'chat-40', 'people', 'reconnecting'])) {
        await api.recording(meeting.id, true);
        await guest.getByText(await recordingStarted()).first().waitFor();
        await at(guest, 'banner');
      }
      if (wanted('chat-40')) {
        for (const m of chatHistory()) await api.teamsChat(meeting.id, m.html, m.sender);
        if (!(await pressed(guest, 'chat'))) await chatButton(guest).click();
        await waitFor(() => guest.evaluate(() => {
          const chat = document.querySelector('teams-meeting-join')?.shadowRoot?.querySelector('tmj-call-view')?.shadowRoot?.querySelector('tmj-chat-panel');
          return (chat?.shadowRoot?.querySelectorAll('[part~="message"]').length ?? 0) >= 40;
        }), '40 messages in the chat', 20000);
        await at(guest, 'chat-40');
        // The panel's own close button (below 640 px the open panel covers the controls).
        await guest.locator('[part~="panel-close"]:visible').first().click();
      }
      if (wanted('people')) {
        await guest.locator('[data-control="people"]').first().click();
        await at(guest, 'people');
        await guest.locator('[part~="panel-close"]:visible').first().click();
      }
      if (wanted('reconnecting')) {
        // The emulator drops Ada's connection and refuses it for a while.
        const ada = (await api.meeting(meeting.id)).participants.find((p) => p.displayName === 'Ada Lovelace');
        await api.drop(meeting.id, ada.id, reconnectBlockMs);
        await waitFor(async () => (await phase(guest)) === 'reconnecting', 'reconnecting', 15000);
        await at(guest, 'reconnecting');
      }
    });

    // Removed by the organizer: its own small meeting (a crowded call under load may take minutes to reconnect).
    await scenario('removed', ['end-removed'], async () => {
      const meeting = await api.createMeeting({ title: 'Screens: removed' });
      const guest = await openGuest(meeting.id);
      await join(guest, 'Ada Lovelace');
      const ada = (await api.meeting(meeting.id)).participants.find((p) => p.displayName === 'Ada Lovelace');
      await api.remove(meeting.id, ada.id);
      await waitFor(async () => (await phase(guest)) === 'removed', 'removed');
      await at(guest, 'end-removed');
    });

    await scenario('ended', ['end-ended'], async () => {
      const ending = await api.createMeeting({ title: 'Screens: ending' });
      const kim = await openGuest(ending.id);
      await join(kim, 'Kim Guest');
      await api.end(ending.id);
      await waitFor(async () => (await phase(kim)) === 'ended', 'ended');
      await at(kim, 'end-ended');
    });

    await scenario('left and failed', ['end-left', 'end-failed'], async () => {
      const leaving = await api.createMeeting({ title: 'Screens: leaving' });
      const lee = await openGuest(leaving.id);
      await join(lee, 'Lee Guest');
      await lee.getByRole('button', { name: 'Leave' }).first().click();
      await waitFor(async () => (await phase(lee)) === 'left', 'left');
      await at(lee, 'end-left');
      if (!wanted('end-failed')) return;
      // The token service refuses: the join fails with "Try again".
      await api.call('POST', '/faults/token', { mode: 'refuse', status: 503, count: 5 });
      try {
        await lee.getByRole('button', { name: 'Rejoin' }).click();
        await lee.getByRole('button', { name: 'Join now' }).click();
        await waitFor(async () => (await phase(lee)) === 'failed', 'failed', 20000);
      } finally {
        await api.call('DELETE', '/faults/token');
      }
      await at(lee, 'end-failed');
    });
  } finally {
    await closeAll();
  }
  const missing = MATRIX_STATES.filter((s) => wanted(s) && !visited.includes(s) && !problems.some((p) => p.includes(s)));
  if (missing.length) problems.push(`not reached: ${missing.join(', ')}`);
  return { visited, problems };
}
