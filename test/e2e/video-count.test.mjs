// Issue 11 requirement 4, end to end: the emulator publishes a configurable recommended number of remote videos
// (the calling SDK's Features.OptimalVideoCount + optimalVideoCountChanged) — from the server's configuration,
// then changed live from the organizer console's own field — and the widget's gallery never renders more remote
// video views than that, with real synthetic participants sending real WebRTC video over the loopback relay.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, waitFor, joinFromPrejoin } from './support/emulator.mjs';

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
before(async () => {
  // Server configuration: new meetings recommend 2 remote videos (instead of the SDK's desktop limit of 10).
  env = await setup({ server: { maxRemoteVideos: 2, ...(process.env.TMJ_E2E_CDN_DIR ? { cdnDir: process.env.TMJ_E2E_CDN_DIR } : {}) } });
});
after(async () => {
  await env?.close();
});

/** Remote tiles on screen and how many of them render a playing video. */
const gallery = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(() => {
    const view = document.querySelector('teams-meeting-join')?.shadowRoot?.querySelector('tmj-call-view');
    const g = view?.shadowRoot?.querySelector('tmj-video-gallery')?.shadowRoot;
    const remote = [...(g?.querySelectorAll('[part~="tile"]:not([data-self])') ?? [])];
    const videos = remote.filter((t) => {
      const v = t.querySelector('video');
      return v && v.srcObject && v.readyState >= 2;
    });
    // Tiles beyond the cap: no video element, their initials shown (a visible avatar with text).
    const initialsOnly = remote
      .filter((t) => !t.querySelector('video'))
      .map((t) => {
        const avatar = t.querySelector('[part~="avatar"]');
        const box = avatar?.getBoundingClientRect();
        return box && box.width > 0 && box.height > 0 ? (avatar?.textContent ?? '').trim() : '';
      });
    return {
      tiles: remote.length,
      videos: videos.length,
      elements: remote.filter((t) => t.querySelector('video')).length,
      initialsOnly,
      pager: Boolean(g?.querySelector('[data-page-label]')),
    };
  });

test('maxRemoteVideos from the emulator (server config, then the console field) caps the remote video views in the gallery', async () => {
  const meeting = await env.api.createMeeting({ title: 'video count' });
  assert.equal(meeting.policies.maxRemoteVideos, 2, 'new meetings take the server default');
  for (const bad of ['lots', -1, 50, 2.5, null]) {
    await env.api.call('PATCH', `/meetings/${meeting.id}`, { maxRemoteVideos: bad });
    assert.equal((await env.api.meeting(meeting.id)).policies.maxRemoteVideos, 2, `${JSON.stringify(bad)} is ignored`);
  }

  const page = await env.page(`/?meeting=${encodeURIComponent(meeting.id)}`);
  await page.waitForFunction(() => customElements.get('teams-meeting-join') !== undefined, null, { timeout: 10000 });
  await joinFromPrejoin(page, 'Vera Videos');

  const consolePage = await (await env.browser.newContext()).newPage();
  consolePage.on('pageerror', (e) => console.error(`[console error] ${e.message}`));
  await consolePage.goto(`${env.server.url}/console.html?meeting=${encodeURIComponent(meeting.id)}`);
  await consolePage.waitForFunction(() => window.tmjConsole?.connected());
  await consolePage.evaluate(() => window.tmjConsole.addSynthetics(4));
  const connected = async () => (await env.api.meeting(meeting.id)).participants.filter((p) => p.state === 'connected' && p.kind === 'synthetic').length;
  await waitFor(async () => (await connected()) === 4, '4 synthetic participants in the call', 60000);

  // Sample the gallery all along: at no moment more remote <video> views than the current recommendation.
  let cap = 2;
  /** @type {unknown} */
  let lastSeen;
  /** @type {string[]} */
  const violations = [];
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const g = await gallery(page).catch(() => null);
      if (g && g.elements > cap) violations.push(`${g.elements} video views with a cap of ${cap}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();

  try {
    const two = await waitFor(async () => {
      const g = await gallery(page);
      lastSeen = g;
      return g.videos === 2 && g.tiles === 4 ? g : null;
    }, '2 remote videos playing and all 4 people as tiles on the page', 45000).catch((e) => {
      throw new Error(`${e.message}; the gallery showed ${JSON.stringify(lastSeen)}`);
    });
    assert.equal(two.elements, 2, 'exactly the recommended 2 remote video views, though 4 people send video');
    assert.equal(two.tiles, 4, 'all 4 people have a tile on the same page: the cap limits views, not the page');
    assert.equal(two.pager, false, 'no second page for the people beyond the cap');
    assert.equal(two.initialsOnly.length, 2, 'the 2 people beyond the cap are shown as tiles without video');
    for (const text of two.initialsOnly) assert.match(text, /^\p{L}[\p{L}\p{N}]?$/u, `visible initials (e.g. S3 for Synthetic 3) shown, got ${JSON.stringify(text)}`);

    // The organizer console's field (a real input, its change event) raises the count for everyone in the call.
    cap = 3;
    await consolePage.locator('#p-videos').fill('3');
    await consolePage.locator('#p-videos').dispatchEvent('change');
    await waitFor(async () => (await env.api.meeting(meeting.id)).policies.maxRemoteVideos === 3, 'the console stored 3');
    const three = await waitFor(async () => {
      const g = await gallery(page);
      return g.videos === 3 ? g : null;
    }, '3 remote videos after optimalVideoCountChanged', 45000);
    assert.equal(three.elements, 3);

    // Down to 1: views beyond the new count are disposed at once.
    await env.api.call('PATCH', `/meetings/${meeting.id}`, { maxRemoteVideos: 1 });
    const one = await waitFor(async () => {
      const g = await gallery(page);
      return g.elements === 1 ? g : null;
    }, 'one remote video view left', 15000);
    assert.equal(one.tiles, 4, 'still 4 tiles');
    assert.equal(one.initialsOnly.length, 3, 'the 3 people beyond a cap of 1 are tiles without video');
    for (const text of one.initialsOnly) assert.match(text, /^\p{L}[\p{L}\p{N}]?$/u, `visible initials, got ${JSON.stringify(text)}`);
    cap = 1;
    await new Promise((r) => setTimeout(r, 1500));
  } finally {
    // Stop sampling even when a wait failed, so the test ends instead of polling forever.
    sampling = false;
    await sampler;
  }
  assert.deepEqual(violations, [], 'the gallery never rendered more remote video views than recommended');

  await consolePage.context().close();
  await page.context().close();
});
