// Issue 14 reqs 1–2 in a real Chromium page with the built script-tag build (cdn/), fake camera and microphone:
//  1. nothing but the pasted script is requested before the pre-join is complete (preview playing, meter moved);
//     idle prefetch of the in-call chunks starts after that at paint (after the frame following completion was
//     produced), and never fetches the calling SDK. The fake camera answers in milliseconds, which left no idle
//     time before completion (a build that prefetched on the first idle callback after connect passed too), so
//     the page's getUserMedia is held behind a gate the test opens: the page sits idle, incomplete, for a while
//     (idle callbacks seen), and only then does the preview start;
//  2. no waterfall: on a cold Join (nothing prefetched) the calling SDK, the session and the join driver are
//     requested right after the click, in parallel (the issue asks for ≤ 10 ms; asserted with a margin for a
//     loaded machine, the measured figure is printed and `npm run bench` reports it too), and the SDK's own static
//     imports are requested before the SDK has finished downloading (the build's modulepreload hints).
// Times are read in the page (Resource Timing and event timestamps share performance.now()'s timeline).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../../.ci/chromium.mjs';
import { startStaticServer } from '../../.ci/bench/static-server.mjs';
import { prejoinPage, BENCH_MEETING_LINK } from '../../.ci/bench/pages.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The bound is 10 ms; the assertion leaves room for a 2-core machine shared by several test runs. */
const CLICK_TO_REQUEST_LIMIT_MS = 100;

/** @type {Awaited<ReturnType<typeof startStaticServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  assert.ok(existsSync(`${ROOT}cdn/teams-meeting-join.js`), 'cdn/ is built (npm run build)');
  server = await startStaticServer({
    root: ROOT,
    pages: {
      '/__e2e/prejoin.html': prejoinPage({ scriptSrc: '/cdn/teams-meeting-join.js', meetingLink: BENCH_MEETING_LINK, tokenUrl: '/__e2e/no-token' }),
    },
  });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
});

after(async () => {
  await browser?.close().catch(() => undefined);
  await server?.close();
});

/** Installed before the page's scripts: when the pre-join reported itself complete, and what it showed then. */
function probe(/** @type {{ noIdle: boolean, gateMedia: boolean }} */ { noIdle, gateMedia }) {
  const P = { readyAt: null, paintedAt: null, video: null, meter: null, clickAt: null, intentAt: null, mediaAsked: 0, gateOpenedAt: null };
  Object.defineProperty(window, '__probe', { value: P });
  if (noIdle) window.requestIdleCallback = /** @type {any} */ (undefined);
  if (gateMedia) {
    // The camera and microphone answer only once the test calls __openMediaGate() (a slow device or permission
    // prompt): until then the pre-join cannot be complete.
    const devices = navigator.mediaDevices;
    const real = devices.getUserMedia.bind(devices);
    let open = () => {};
    const gate = new Promise((resolve) => (open = resolve));
    Object.defineProperty(window, '__openMediaGate', {
      value: () => {
        P.gateOpenedAt ??= performance.now();
        open();
      },
    });
    devices.getUserMedia = async (constraints) => {
      P.mediaAsked++;
      await gate;
      return real(constraints);
    };
  }
  addEventListener('click', (e) => (P.clickAt ??= e.timeStamp), true);
  addEventListener('pointerover', (e) => (P.intentAt ??= e.timeStamp), true);
  customElements.whenDefined('teams-meeting-join').then(() => {
    const host = document.querySelector('teams-meeting-join');
    // tmj-prejoin-ready bubbles inside the host's shadow root (it is internal, not composed).
    host.shadowRoot.addEventListener(
      'tmj-prejoin-ready',
      (e) => {
        P.readyAt = e.timeStamp;
        // "Complete at paint": the next animation frame is the one that shows the completed pre-join; a task
        // posted from its rAF callback runs after that frame was produced. This listener (capture, on the shadow
        // root) runs before the element's own, so its rAF and task come first: anything the element starts
        // after that frame starts after paintedAt.
        requestAnimationFrame(() => setTimeout(() => (P.paintedAt = performance.now())));
        const prejoin = host.shadowRoot.querySelector('tmj-prejoin');
        const video = prejoin.shadowRoot.querySelector('video');
        const bar = prejoin.shadowRoot.querySelector('.meter > span');
        P.video = video ? { readyState: video.readyState, currentTime: video.currentTime } : null;
        P.meter = bar ? Number(/scaleX\(([\d.]+)\)/.exec(bar.style.transform)?.[1] ?? 0) : null;
      },
      true,
    );
  });
}

async function openPage(/** @type {{ noIdle?: boolean, gateMedia?: boolean }} */ options = {}) {
  const context = await browser.newContext({ permissions: ['camera', 'microphone'] });
  await context.addInitScript(probe, { noIdle: !!options.noIdle, gateMedia: !!options.gateMedia });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(`${server.origin}/__e2e/prejoin.html`);
  return { page, close: () => context.close() };
}

const resources = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({
      path: new URL(e.name).pathname,
      start: e.startTime,
      end: /** @type {PerformanceResourceTiming} */ (e).responseEnd,
    })),
  );
const probeOf = (/** @type {import('playwright-core').Page} */ page) => page.evaluate(() => ({ ...window.__probe }));
const script = (path) => /\.js$/.test(path);
const isSdk = (path) => /\/chunks\/calling-sdk-[\w-]+\.js$/.test(path);

test('req 1: only the pasted script before the pre-join is complete; idle prefetch after it, never the calling SDK', async () => {
  const { page, close } = await openPage({ gateMedia: true });
  try {
    // Held incomplete: the pre-join has asked for the camera and microphone, and the page then goes idle
    // several times (the old order prefetched on the first idle callback after connect, long before this).
    await page.waitForFunction(() => window.__probe.mediaAsked > 0, null, { timeout: 20_000, polling: 50 });
    const idleCallbacks = await page.evaluate(async () => {
      let seen = 0;
      const until = performance.now() + 1500;
      while (performance.now() < until) {
        await new Promise((resolve) => requestIdleCallback(resolve));
        seen++;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return seen;
    });
    const held = await probeOf(page);
    assert.equal(held.readyAt, null, 'the pre-join is not complete while its media is held');
    assert.ok(idleCallbacks >= 3, `the page was idle while held (${idleCallbacks} idle callbacks)`);
    const whileHeld = (await resources(page)).filter((r) => script(r.path)).map((r) => r.path);
    assert.deepEqual(whileHeld, ['/cdn/teams-meeting-join.js'], 'scripts requested while the pre-join was held incomplete');
    await page.evaluate(() => window.__openMediaGate());
    await page.waitForFunction(() => window.__probe.readyAt !== null, null, { timeout: 20_000, polling: 50 });
    const p = await probeOf(page);
    assert.ok(p.readyAt > p.gateOpenedAt, 'complete only after the media gate opened');
    assert.ok(p.video && p.video.readyState >= 2 && p.video.currentTime > 0, `preview playing when complete: ${JSON.stringify(p.video)}`);
    assert.ok(p.meter !== null && p.meter >= 0.02, `meter moved when complete (fake microphone tone): ${p.meter}`);
    // Idle prefetch: the join driver chunk is requested after completion.
    await page.waitForFunction(
      () => performance.getEntriesByType('resource').some((e) => /\/chunks\/meeting-join\.call-/.test(e.name)),
      null,
      { timeout: 15_000, polling: 50 },
    );
    await page.waitForTimeout(1500); // anything else idle prefetch would fetch
    const list = await resources(page);
    const early = list.filter((r) => script(r.path) && r.start <= p.readyAt).map((r) => r.path);
    assert.deepEqual(early, ['/cdn/teams-meeting-join.js'], 'scripts requested before the pre-join was complete');
    const later = list.filter((r) => script(r.path) && r.start > p.readyAt);
    assert.ok(later.some((r) => /\/chunks\/acs-/.test(r.path)), 'the ACS session chunk is prefetched on idle');
    assert.ok(!list.some((r) => isSdk(r.path)), 'the calling SDK is never fetched without intent');
    // Not before the frame that shows the completed pre-join was produced (issue 14 req 1, "at paint").
    assert.ok(p.paintedAt !== null, 'the frame after completion was seen');
    // The pre-join's own lazy parts (prejoin.* chunks: device pickers) are not prefetch; everything else is.
    const prefetched = later.filter((r) => !/\/chunks\/prejoin\./.test(r.path));
    const beforePaint = prefetched.filter((r) => r.start < p.paintedAt).map((r) => `${r.path} at ${(r.start - p.paintedAt).toFixed(1)} ms`);
    assert.deepEqual(beforePaint, [], 'prefetch requests started before the frame after completion was produced');
    const first = Math.min(...prefetched.map((r) => r.start));
    console.log(`pre-join complete at ${p.readyAt.toFixed(0)} ms, its frame produced ${(p.paintedAt - p.readyAt).toFixed(1)} ms later; first idle prefetch ${(first - p.paintedAt).toFixed(1)} ms after that frame`);
  } finally {
    await close();
  }
});

test('req 2: a cold Join requests the calling SDK, the session and the driver at once, and the SDK\'s imports before it has arrived', async () => {
  // No idle callback: nothing is prefetched, and the click is dispatched without hover/focus/press (no intent).
  const { page, close } = await openPage({ noIdle: true });
  try {
    await page.waitForFunction(() => window.__probe.readyAt !== null, null, { timeout: 20_000, polling: 50 });
    await page.locator('teams-meeting-join').locator('input[part~="name-input"]').fill('Ada');
    await page.waitForTimeout(300);
    assert.ok(!(await resources(page)).some((r) => /meeting-join\.call-|\/acs-|calling-sdk-/.test(r.path)), 'nothing prefetched before the click');
    await page.evaluate(() => {
      const host = document.querySelector('teams-meeting-join');
      host.shadowRoot.querySelector('tmj-prejoin').shadowRoot.querySelector('[part~="join-button"]').click();
    });
    await page.waitForFunction(
      () => performance.getEntriesByType('resource').some((e) => /\/chunks\/calling-sdk-/.test(e.name) && e.responseEnd > 0),
      null,
      { timeout: 60_000, polling: 50 },
    );
    const { clickAt } = await probeOf(page);
    const list = await resources(page);
    const first = (re) => list.find((r) => re.test(r.path));
    const sdk = first(/\/chunks\/calling-sdk-/);
    const session = first(/\/chunks\/acs-/);
    const driver = first(/\/chunks\/meeting-join\.call-/);
    assert.ok(clickAt !== null && sdk && session && driver, 'click, SDK, session and driver seen');
    const after = (r) => Math.round((r.start - clickAt) * 10) / 10;
    console.log(`click → request start: calling SDK ${after(sdk)} ms, session ${after(session)} ms, driver ${after(driver)} ms (issue: SDK ≤ 10 ms)`);
    for (const [name, r] of [['calling SDK', sdk], ['session', session], ['driver', driver]]) {
      assert.ok(after(r) >= 0 && after(r) <= CLICK_TO_REQUEST_LIMIT_MS, `${name} requested ${after(r)} ms after the click`);
    }
    // Not a waterfall whatever the machine's speed: the SDK was requested before the driver or the session
    // (which used to import it) had arrived.
    assert.ok(sdk.start < driver.end && sdk.start < session.end, `SDK requested at ${sdk.start.toFixed(1)} ms, before the driver (${driver.end.toFixed(1)} ms) and the session (${session.end.toFixed(1)} ms) arrived`);
    // The SDK chunk's static imports (read from the build) are requested before the SDK itself has arrived.
    const sdkFile = sdk.path.replace('/cdn/', '');
    const { readGraph } = await import('../../.ci/bench/graph.mjs');
    const graph = readGraph(`${ROOT}cdn`);
    const deps = graph.files.get(sdkFile)?.staticImports ?? [];
    assert.ok(deps.length > 0, 'the SDK chunk has static imports (else there is nothing to hint)');
    for (const dep of deps) {
      const r = first(new RegExp(`/cdn/${dep.replace(/[.]/g, '\\.')}$`));
      assert.ok(r, `${dep} requested`);
      assert.ok(r.start < sdk.end, `${dep} requested at ${r.start.toFixed(0)} ms, before the SDK arrived at ${sdk.end.toFixed(0)} ms`);
    }
  } finally {
    await close();
  }
});

test('issue 10 req 3: the build\'s modulepreload hints leave one link per file however often an import runs (they were appended on every join)', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  // Every hint the build wrote into a lazy chunk: the helper and its file list, as they run in the page.
  const calls = [];
  for (const file of readdirSync(`${ROOT}cdn/chunks`).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(`${ROOT}cdn/chunks/${file}`, 'utf8');
    for (const m of code.matchAll(/(\(\(l,u\)=>\{.*?\}\}\))\((\[[^\]]*\]),import\.meta\.url\)/g)) {
      calls.push({ helper: m[1], deps: JSON.parse(m[2]), url: `${server.origin}/cdn/chunks/${file}` });
    }
  }
  assert.ok(calls.length > 0, 'the build has modulepreload hints in its lazy chunks');
  const { page, close } = await openPage({ noIdle: true });
  try {
    // A join, a leave and a rejoin run the same imports again: three times each here.
    const links = await page.evaluate((list) => {
      for (let round = 0; round < 3; round++) for (const c of list) (0, eval)(c.helper)(c.deps, c.url);
      return [...document.head.querySelectorAll('link[rel=modulepreload]')].map((l) => l.href);
    }, calls);
    const expected = new Set(calls.flatMap((c) => c.deps.map((d) => new URL(d, c.url).href)));
    assert.equal(links.length, expected.size, `one link per hinted file (${expected.size}), not one per import run: ${links.length}`);
    assert.deepEqual(new Set(links), expected);
  } finally {
    await close();
  }
});
