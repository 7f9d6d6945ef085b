#!/usr/bin/env node
// `npm run bench`: prints the speed and memory figures of the script-tag build. It measures and prints; it does
// not assert timings (the machine is shared and timings vary). Everything runs on loopback, with Debian's
// Chromium (never a downloaded browser), inside a fixed time budget, and closes what it started even on failure.
//
//   node .ci/bench.mjs [--build] [--only sizes,vsfloor,paint,lazy,memory,emulator,cycles,chat,gallery] [--runs 5]
//                      [--iterations 200] [--cycles 30]
//                      [--json <file>] [--strict] [--cdn <dir>]
//
// --build forces `tsc -p tsconfig.build.json && rollup -c` first (otherwise only when cdn/ is missing).
// --cdn measures another script-tag build folder (served as /cdn/) instead of the repository's cdn/.
// --strict exits 1 when an invariant is broken (no element defined, SDK in or fetched by the pasted script,
// live tracks or reachable elements after removal). A final `BENCH_JSON {...}` line carries every figure for tools.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawn, execFileSync } from 'node:child_process';
import { cpus, totalmem, platform, arch, release, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from './chromium.mjs';
import { readGraph, GZIP_LEVEL } from './bench/graph.mjs';
import { startStaticServer } from './bench/static-server.mjs';
import { benchInit, prejoinPage, blankPage, BENCH_MEETING_LINK } from './bench/pages.mjs';
import { buildFloor, floorPage, runVsFloor } from './bench/prejoin-vs-floor.mjs';
import { runJoinCycles } from './bench/join-cycles.mjs';
import { defaultLabel } from './bench/heap-diff.mjs';
import { runLongChat, printLongChat } from './bench/chat-long.mjs';
import { runGallery } from './bench/gallery.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argvEarly = process.argv.slice(2);
const cdnArg = argvEarly.indexOf('--cdn') >= 0 ? argvEarly[argvEarly.indexOf('--cdn') + 1] : undefined;
/** The script-tag build to measure: cdn/ of the repository, or another build folder (--cdn DIR). */
const CDN = cdnArg ? resolve(cdnArg) : join(ROOT, 'cdn');
const ENTRY = join(CDN, 'teams-meeting-join.js');
const BUDGET_MS = 420_000;
const T0 = Date.now();
const remaining = () => BUDGET_MS - (Date.now() - T0);

/* ------------------------------------------------------------------------------------------------ options */

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const ALL_SECTIONS = ['sizes', 'vsfloor', 'paint', 'lazy', 'memory', 'emulator', 'cycles', 'chat', 'gallery'];
const only = new Set(String(option('only', ALL_SECTIONS.join(','))).split(',').map((s) => s.trim()));
const RUNS = Math.max(1, Number(option('runs', 5)) || 5);
const ITERATIONS = Math.max(1, Number(option('iterations', 200)) || 200);
const LAZY_RUNS = 3;
const JOIN_RUNS = 3;
const CYCLES = Math.max(11, Number(option('cycles', 30)) || 30);

/* ------------------------------------------------------------------------------------------------ cleanup */

/** LIFO list of things to close; run on success, failure, timeout and signals. */
const cleanups = [];
let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const fn = cleanups.pop();
      await Promise.race([Promise.resolve().then(fn).catch(() => undefined), sleep(5000)]);
    }
  })();
  return cleaning;
}
const watchdog = setTimeout(() => {
  console.error(`\nbench: the whole run exceeded ${BUDGET_MS / 1000} s; closing the browser and servers.`);
  void cleanup().then(() => process.exit(2));
}, BUDGET_MS + 3000);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\nbench: ${signal}; cleaning up.`);
    void cleanup().then(() => process.exit(130));
  });
}

/* ------------------------------------------------------------------------------------------------ helpers */

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}
function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (!v.length) return null;
  return { median: round(median(v)), min: round(Math.min(...v)), max: round(Math.max(...v)), n: v.length };
}
function round(x, digits = 1) {
  if (typeof x !== 'number' || !Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]);
}
const kb = (bytes) => (typeof bytes === 'number' ? `${(bytes / 1024).toFixed(1)} KB` : '—');
const ms = (x) => (typeof x === 'number' ? `${Math.round(x)} ms` : '—');
const msStats = (s) => (s ? `${ms(s.median)}  [${Math.round(s.min)}–${Math.round(s.max)}, n=${s.n}]` : '—');
const kbStats = (s) => (s ? `${kb(s.median)}  [${kb(s.min)}–${kb(s.max)}]` : '—');
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
const skipped = (reason) => ({ status: 'skipped', reason });
const errorText = (e) => (e instanceof Error ? e.message.split('\n')[0] : String(e));

function run(cmd, args, timeoutMs) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    const kill = () => child.kill('SIGTERM');
    cleanups.push(kill);
    child.on('close', (code) => {
      clearTimeout(timer);
      const i = cleanups.indexOf(kill);
      if (i >= 0) cleanups.splice(i, 1);
      resolveRun({ code, out });
    });
  });
}

/* ------------------------------------------------------------------------------------------------ build */

async function ensureBuild() {
  if ((existsSync(ENTRY) && !flag('build')) || cdnArg) return { built: false };
  console.log(flag('build') ? 'Building (--build)…' : 'cdn/ is missing: building (tsc + rollup)…');
  // tsc may report errors in files others are still editing; it emits anyway, so only rollup decides.
  const tsc = await run('npx', ['tsc', '-p', 'tsconfig.build.json'], 90_000);
  const rollup = await run('npx', ['rollup', '-c', 'rollup.config.mjs'], 120_000);
  if (rollup.code !== 0 || !existsSync(ENTRY)) {
    return { built: false, error: `rollup failed (exit ${rollup.code}): ${rollup.out.trim().split('\n').slice(-3).join(' | ')}` };
  }
  return { built: true, tscErrors: tsc.code !== 0 };
}

/* ------------------------------------------------------------------------------------------------ browser */

let browserPromise;
async function browser() {
  browserPromise ??= (async () => {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH} (run: node .ci/setup.mjs)`);
    const { chromium } = await import('playwright-core');
    const b = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
      headless: true,
      timeout: 30_000,
    });
    cleanups.push(() => b.close());
    return b;
  })();
  return browserPromise;
}

/** A fresh context (empty cache) with the instrumentation; closed by the caller (and by cleanup). */
async function freshPage(options = {}) {
  const b = await browser();
  const context = await b.newContext({ permissions: ['camera', 'microphone'], viewport: { width: 1000, height: 800 } });
  const close = () => context.close();
  cleanups.push(close);
  await context.addInitScript(benchInit, { disableIdle: options.disableIdle === true });
  if (options.extraInit) await context.addInitScript(options.extraInit);
  const page = await context.newPage();
  /** @type {{url: string, at: number}[]} */
  const requests = [];
  let inflight = 0;
  page.on('request', (r) => {
    requests.push({ url: r.url(), at: Date.now() });
    inflight++;
  });
  const done = () => (inflight = Math.max(0, inflight - 1));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    page,
    context,
    requests,
    /** Resolves when no request has been in flight for 150 ms (or after `max` ms). */
    async networkQuiet(max = 3000) {
      const end = Date.now() + max;
      let quietSince = 0;
      while (Date.now() < end) {
        if (inflight === 0) {
          quietSince ||= Date.now();
          if (Date.now() - quietSince >= 150) return true;
        } else quietSince = 0;
        await sleep(25);
      }
      return false;
    },
    async close() {
      const i = cleanups.indexOf(close);
      if (i >= 0) cleanups.splice(i, 1);
      await close().catch(() => undefined);
    },
  };
}

/* ------------------------------------------------------------------------------------------------ sections */

/** Waits until the element is defined (the pasted script ran) — or says clearly that it never will be. */
async function waitForDefinition(page) {
  await page.waitForFunction(() => customElements.get('teams-meeting-join') !== undefined, null, { timeout: 5000 }).catch(() => {
    throw new Error('the pasted script did not define <teams-meeting-join> (is the registration tree-shaken out of the build?)');
  });
}

/** Waits for the join button in the element's shadow DOM; on failure reports what the element shows instead. */
async function waitForJoinButton(page) {
  await waitForDefinition(page);
  const ok = await page.waitForFunction(() => window.__tmjBench.joinButtonAt !== null, null, { timeout: 10_000, polling: 50 }).then(() => true, () => false);
  if (ok) return;
  const state = await page.evaluate(() => {
    const host = /** @type {any} */ (document.querySelector('teams-meeting-join'));
    return { phase: host?.phase, code: host?.shadowRoot?.querySelector('[data-code]')?.getAttribute('data-code'), errors: window.__tmjBench.errors };
  });
  throw new Error(`the join button never appeared (phase ${state.phase}${state.code ? `, error ${state.code}` : ''}${state.errors.length ? `; page errors: ${state.errors.join('; ')}` : ''})`);
}

let graph;
let server;
const pathOf = (url) => {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
};
const cdnPath = (file) => `/cdn/${file}`;

async function staticServer() {
  if (server) return server;
  const scriptSrc = '/cdn/teams-meeting-join.js';
  const pages = {
    '/__bench/prejoin.html': prejoinPage({ scriptSrc, meetingLink: BENCH_MEETING_LINK, tokenUrl: '/__bench/token' }),
    '/__bench/blank.html': blankPage({ scriptSrc }),
  };
  // The floor: a bare Lit element with a join form, bundled from the same lit (see .ci/bench/prejoin-vs-floor.mjs).
  const floorDir = join(ROOT, 'build', 'bench-floor');
  try {
    await buildFloor(ROOT, floorDir);
    pages['/__bench/floor.html'] = floorPage('/build/bench-floor/floor.js');
  } catch (error) {
    console.error(`bench: the floor page could not be built: ${errorText(error)}`);
  }
  server = await startStaticServer({
    root: ROOT,
    cdnDir: cdnArg ? CDN : undefined,
    pages,
  });
  cleanups.push(() => server.close());
  server.pages = pages;
  return server;
}

/** Files (as /cdn/… paths) that must not be fetched before the pre-join screen is interactive. */
function joinOnlyPaths() {
  const g = graph.groups;
  const files = new Set([...(g.callingSdk.files ?? []), ...(g.chatSdk.files ?? []), ...(g.acsSession.files ?? []), ...(g.emulatorSession.files ?? [])]);
  return new Set([...files].map(cdnPath));
}

function sectionSizes() {
  if (!existsSync(ENTRY)) return skipped('cdn/teams-meeting-join.js is missing (the build failed)');
  graph = readGraph(CDN);
  const files = [...graph.files.values()].map((f) => ({
    file: f.file,
    raw: f.raw,
    gzip: f.gzip,
    loaded: graph.pasted.has(f.file) ? 'pasted' : 'lazy',
    tags: [...f.tags],
    imports: f.staticImports,
    dynamicImports: f.dynamicImports,
  }));
  const pastedHasSdk = [...graph.pasted].some((f) => graph.files.get(f)?.tags.has('calling-sdk') || graph.files.get(f)?.tags.has('chat-sdk'));
  // The tag name has to be in the pasted script as a string literal, or nothing defines the element.
  const definesElement = [...graph.pasted].some((f) => readFileSync(join(CDN, f), 'utf8').includes('"teams-meeting-join"'));
  return {
    status: 'ok',
    definesElement,
    gzipLevel: GZIP_LEVEL,
    cdnDir: cdnArg ? CDN : 'cdn/',
    builtAt: new Date(statSync(ENTRY).mtimeMs).toISOString(),
    groups: graph.groups,
    files,
    sdkInPastedScript: pastedHasSdk,
    budgetGzip: 14 * 1024,
    unreachableChunks: graph.unreachable.length,
  };
}

/** One fresh load of the pasted-script page: FCP, join button, bytes before interactive, what was fetched. */
async function loadPrejoin(origin, options = {}) {
  const session = await freshPage(options);
  try {
    const { page } = session;
    await page.goto(`${origin}/__bench/prejoin.html`, { waitUntil: 'load', timeout: 15_000 });
    await waitForDefinition(page);
    await page.waitForFunction(() => window.__tmjBench.joinButtonAt !== null, null, { timeout: 10_000, polling: 50 }).catch(() => undefined);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 3000, polling: 50 }).catch(() => undefined);
    await session.networkQuiet(3000);
    const data = await page.evaluate(() => {
      const B = window.__tmjBench;
      const nav = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
      const host = /** @type {any} */ (document.querySelector('teams-meeting-join'));
      const errorEl = host?.shadowRoot?.querySelector('[data-code]');
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        joinButtonAt: B.joinButtonAt,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
        nav: { url: nav?.name, start: 0, end: nav?.responseEnd, transfer: nav?.transferSize ?? 0, decoded: nav?.decodedBodySize ?? 0 },
        resources: performance.getEntriesByType('resource').map((e) => {
          const r = /** @type {PerformanceResourceTiming} */ (e);
          return { url: r.name, start: r.startTime, end: r.responseEnd, transfer: r.transferSize, decoded: r.decodedBodySize };
        }),
        phase: host?.phase ?? null,
        defined: customElements.get('teams-meeting-join') !== undefined,
        code: errorEl?.getAttribute('data-code') ?? null,
        errors: B.errors,
      };
    });
    return { ...data, session };
  } catch (error) {
    await session.close();
    throw error;
  }
}

async function sectionPaint() {
  if (!graph) return skipped('no build to load');
  const { origin } = await staticServer();
  const forbidden = joinOnlyPaths();
  const loads = [];
  let firstRequests = [];
  // One warm-up load (browser start-up, compile caches), then RUNS measured loads, each in a fresh context.
  for (let i = 0; i <= RUNS; i++) {
    const load = await loadPrejoin(origin);
    await load.session.close();
    if (load.joinButtonAt === null && !load.defined) {
      return { status: 'failed', reason: 'the pasted script did not define <teams-meeting-join> (is the registration tree-shaken out of the build?)' };
    }
    if (load.joinButtonAt === null) {
      return {
        status: 'failed',
        reason: `the join button never appeared (phase ${load.phase ?? '?'}${load.code ? `, error ${load.code}` : ''}${load.errors.length ? `, page errors: ${load.errors.join('; ')}` : ''})`,
      };
    }
    if (i === 0) continue;
    const t = load.joinButtonAt;
    const before = load.resources.filter((r) => r.end <= t);
    const startedBefore = load.resources.filter((r) => r.start <= t);
    const bytes = load.nav.transfer + before.reduce((n, r) => n + r.transfer, 0);
    const decoded = load.nav.decoded + before.reduce((n, r) => n + r.decoded, 0);
    const sdkBefore = startedBefore.filter((r) => forbidden.has(pathOf(r.url))).map((r) => pathOf(r.url));
    const sdkAfter = load.resources.filter((r) => r.start > t && forbidden.has(pathOf(r.url))).map((r) => ({ path: pathOf(r.url), at: round(r.start - t) }));
    if (i === 1) {
      firstRequests = [load.nav, ...load.resources].map((r) => ({
        path: pathOf(r.url),
        start: round(r.start),
        end: round(r.end),
        transfer: r.transfer,
        decoded: r.decoded,
        beforeInteractive: r.end <= t,
      }));
    }
    loads.push({ fcp: load.fcp, joinButton: t, bytes, decoded, requestsBefore: before.length + 1, sdkBefore, sdkAfter });
  }
  return {
    status: 'ok',
    runs: loads.length,
    fcp: stats(loads.map((l) => l.fcp)),
    joinButton: stats(loads.map((l) => l.joinButton)),
    bytesBeforeInteractive: stats(loads.map((l) => l.bytes)),
    decodedBeforeInteractive: stats(loads.map((l) => l.decoded)),
    requestsBeforeInteractive: median(loads.map((l) => l.requestsBefore)),
    joinOnlyFetchedBeforeInteractive: [...new Set(loads.flatMap((l) => l.sdkBefore))],
    requestsFirstRun: firstRequests,
    loads,
  };
}

async function sectionVsFloor() {
  if (!graph) return skipped('no build to load');
  const { origin, pages } = await staticServer();
  if (!pages['/__bench/floor.html']) return skipped('the floor page could not be built');
  // Only chunks of the call and the session: the in-call group also holds chunks it shares with the pre-join (its
  // static imports, e.g. lit's directive chunk, which prejoin.media imports too); those load with the pre-join.
  const preJoin = graph.staticClosure([graph.entry, ...[...graph.files.keys()].filter((f) => /(^|\/)prejoin\.media-/.test(f))]);
  const inCallPaths = new Set([...(graph.groups.inCall.files ?? []), ...(graph.groups.acsSession.files ?? [])].filter((f) => !preJoin.has(f)).map(cdnPath));
  return runVsFloor({ freshPage, origin, runs: Math.max(11, RUNS), inCallPaths, pathOf, sleep, stats });
}

async function sectionLazy() {
  if (!graph) return skipped('no build to load');
  const { origin } = await staticServer();
  const g = graph.groups;
  const result = { status: 'ok' };

  // a) import() of the calling SDK chunk in a page that already has the pasted script (no element, so no prefetch).
  const sdkFiles = g.callingSdk.files ?? [];
  let target = sdkFiles.slice().sort((a, b) => (graph.files.get(b)?.raw ?? 0) - (graph.files.get(a)?.raw ?? 0))[0];
  let targetLabel = 'calling SDK chunk';
  if (!target && g.acsSession.files?.length) {
    target = g.acsSession.files.find((f) => graph.files.get(f)?.tags.has('acs-session'));
    targetLabel = 'ACS session chunk (no calling SDK chunk in this build)';
  }
  if (!target) result.import = skipped('neither a calling SDK chunk nor an ACS session chunk in cdn/');
  else try {
    const runs = [];
    for (let i = 0; i < LAZY_RUNS; i++) {
      const s = await freshPage();
      try {
        await s.page.goto(`${origin}/__bench/blank.html`, { waitUntil: 'load', timeout: 15_000 });
        // Module scripts run before `load`: the pasted script (and its static imports) are in the module map.
        await s.networkQuiet(2000);
        runs.push(
          await s.page.evaluate(async (url) => {
            const t0 = performance.now();
            await import(url);
            const t1 = performance.now();
            const entries = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource')).filter((e) => e.startTime >= t0 - 1);
            const fetchEnd = entries.length ? Math.max(...entries.map((e) => e.responseEnd)) : t0;
            return {
              total: t1 - t0,
              fetch: fetchEnd - t0,
              evaluate: t1 - fetchEnd,
              transfer: entries.reduce((n, e) => n + e.transferSize, 0),
              files: entries.length,
            };
          }, cdnPath(target)),
        );
      } finally {
        await s.close();
      }
    }
    result.import = {
      status: 'ok',
      target: cdnPath(target),
      label: targetLabel,
      total: stats(runs.map((r) => r.total)),
      fetch: stats(runs.map((r) => r.fetch)),
      evaluate: stats(runs.map((r) => r.evaluate)),
      transfer: median(runs.map((r) => r.transfer)),
      files: median(runs.map((r) => r.files)),
    };
  } catch (error) {
    result.import = { status: 'failed', reason: errorText(error) };
  }

  // What of the join path gets fetched, and when, relative to the join button existing.
  const watched = new Map();
  const addWatch = (label, group) => {
    for (const f of group.files ?? []) if (!graph.pasted.has(f)) watched.set(cdnPath(f), label);
  };
  addWatch('in-call view', g.inCall);
  addWatch('ACS session', g.acsSession);
  addWatch('calling SDK', g.callingSdk);
  const fetchedOf = (resources, since) => {
    const seen = {};
    for (const r of resources) {
      const label = watched.get(pathOf(r.url));
      if (!label || r.start < since) continue;
      seen[label] = Math.min(seen[label] ?? Infinity, round(r.start - since));
    }
    return seen;
  };
  const readResources = (page) =>
    page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: e.startTime })),
    );
  const waitForLabels = async (page, since, labels, max) => {
    const end = Date.now() + max;
    let seen = {};
    while (Date.now() < end) {
      seen = fetchedOf(await readResources(page), since);
      if (labels.every((l) => l in seen)) break;
      await sleep(100);
    }
    return seen;
  };
  const expected = [...new Set(watched.values())];

  // b) idle prefetch: open the pre-join page and wait (requestIdleCallback has a 5 s timeout in the element).
  try {
    const s = await freshPage();
    try {
      await s.page.goto(`${origin}/__bench/prejoin.html`, { waitUntil: 'load', timeout: 15_000 });
      await waitForJoinButton(s.page);
      const t = await s.page.evaluate(() => window.__tmjBench.joinButtonAt);
      const seen = await waitForLabels(s.page, 0, expected, 6500);
      const relative = Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, round(v - t)]));
      result.idle = { status: 'ok', expected, fetchedMsAfterJoinButton: relative, waitedMs: 6500 };
    } finally {
      await s.close();
    }
  } catch (error) {
    result.idle = { status: 'failed', reason: errorText(error) };
  }

  // c) intent prefetch: the same page without requestIdleCallback; nothing may load until the join button gets focus.
  try {
    const s = await freshPage({ disableIdle: true });
    try {
      await s.page.goto(`${origin}/__bench/prejoin.html`, { waitUntil: 'load', timeout: 15_000 });
      await waitForJoinButton(s.page);
      await sleep(1000);
      const beforeIntent = fetchedOf(await readResources(s.page), 0);
      const focusAt = await s.page.evaluate(() => {
        const t = performance.now();
        /** @type {HTMLElement} */ (window.__tmjBench.joinButton()).focus();
        return t;
      });
      let seen = await waitForLabels(s.page, focusAt, expected, 2500);
      let intent = 'focus';
      if (!Object.keys(seen).length) {
        intent = 'hover (focus fetched nothing)';
        const hoverAt = await s.page.evaluate(() => performance.now());
        await s.page.locator('[part~="join-button"]').hover({ timeout: 3000 });
        seen = await waitForLabels(s.page, hoverAt, expected, 2500);
      }
      result.intent = { status: 'ok', expected, fetchedWithoutIntent: beforeIntent, intent, fetchedMsAfterIntent: seen };
    } finally {
      await s.close();
    }
  } catch (error) {
    result.intent = { status: 'failed', reason: errorText(error) };
  }

  // d) intent, then a pause, then the click (issue 14 req 2): is the calling SDK evaluated before the click? The
  // SDK's wrapper module (src/session/acs/calling-sdk.ts) puts the User Timing mark `tmj-calling-sdk-evaluated`
  // after the SDK's module body has run; the pointer moves onto Join (pointerenter: intent), waits 1 s, clicks.
  // Times are the mark's startTime, the click event's timeStamp and Resource Timing, on one timeline.
  if (g.callingSdk.files?.length) {
    try {
      const runs = [];
      for (let i = 0; i < LAZY_RUNS; i++) {
        const s = await freshPage({ disableIdle: true });
        try {
          await s.page.goto(`${origin}/__bench/prejoin.html`, { waitUntil: 'load', timeout: 15_000 });
          await waitForJoinButton(s.page);
          await s.page.evaluate(() => {
            const W = /** @type {any} */ (window);
            W.__intent = { hoverAt: null, clickAt: null };
            addEventListener('pointerover', (e) => (W.__intent.hoverAt ??= e.timeStamp), true);
            addEventListener('click', (e) => (W.__intent.clickAt ??= e.timeStamp), true);
          });
          const input = s.page.locator('teams-meeting-join').locator('input[part~="name-input"]');
          if (!(await input.inputValue())) await input.fill('Bench Visitor');
          const button = s.page.locator('teams-meeting-join').locator('[part~="join-button"]');
          await button.hover({ timeout: 3000 });
          await sleep(1000);
          await button.click({ timeout: 3000 });
          await s.page.waitForFunction(() => performance.getEntriesByName('tmj-calling-sdk-evaluated').length > 0, null, { timeout: 30_000, polling: 50 }).catch(() => undefined);
          runs.push(
            await s.page.evaluate((sdkRe) => {
              const W = /** @type {any} */ (window);
              const re = new RegExp(sdkRe);
              const sdk = /** @type {PerformanceResourceTiming | undefined} */ (performance.getEntriesByType('resource').find((e) => re.test(e.name)));
              const mark = performance.getEntriesByName('tmj-calling-sdk-evaluated')[0];
              const { hoverAt, clickAt } = W.__intent;
              return {
                requested: sdk ? sdk.startTime - hoverAt : null,
                arrived: sdk ? sdk.responseEnd - hoverAt : null,
                evaluated: mark ? mark.startTime - hoverAt : null,
                click: clickAt - hoverAt,
                beforeClick: !!mark && mark.startTime < clickAt,
              };
            }, '/chunks/calling-sdk-[\\w-]+\\.js$'),
          );
        } finally {
          await s.close();
        }
      }
      result.evaluation = {
        status: 'ok',
        runs: runs.length,
        requested: stats(runs.map((r) => r.requested)),
        arrived: stats(runs.map((r) => r.arrived)),
        evaluated: stats(runs.map((r) => r.evaluated)),
        click: stats(runs.map((r) => r.click)),
        evaluatedBeforeClick: runs.filter((r) => r.beforeClick).length,
      };
    } catch (error) {
      result.evaluation = { status: 'failed', reason: errorText(error) };
    }
  }
  return result;
}

async function sectionMemory() {
  if (!graph) return skipped('no build to load');
  const { origin } = await staticServer();
  const s = await freshPage();
  try {
    const { page } = s;
    const cdp = await s.context.newCDPSession(page);
    await page.goto(`${origin}/__bench/blank.html`, { waitUntil: 'load', timeout: 15_000 });
    await waitForDefinition(page);
    const hasGc = await page.evaluate(() => typeof (/** @type {any} */ (globalThis).gc) === 'function');
    const measure = async () => {
      // Count live tracks first (needs our references), then drop the references so they retain nothing.
      const counts = await page.evaluate(() => {
        const B = window.__tmjBench;
        const c = {
          liveTracks: B.liveTracks(),
          tracks: B.released.tracks + B.tracks.length,
          openAudioContexts: B.openAudioContexts(),
          audioContexts: B.released.audioContexts + B.audioContexts.length,
        };
        B.release();
        return c;
      });
      await page.evaluate(async () => {
        const gc = /** @type {any} */ (globalThis).gc;
        for (let i = 0; i < 3; i++) {
          if (typeof gc === 'function') gc();
          await new Promise((r) => setTimeout(r, 50));
        }
      });
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters').catch(() => ({}));
      const page2 = await page.evaluate((counts) => ({
        ...counts,
        elements: document.querySelectorAll('teams-meeting-join').length,
        performanceMemory: /** @type {any} */ (performance).memory?.usedJSHeapSize ?? null,
      }), counts);
      return { usedHeap: heap.usedSize, totalHeap: heap.totalSize, ...dom, ...page2 };
    };
    const loop = (n, maxMs) =>
      page.evaluate(
        async ({ n, link, maxMs }) => {
          const B = window.__tmjBench;
          const t0 = performance.now();
          const until = async (cond, ms) => {
            const end = performance.now() + ms;
            while (performance.now() < end) {
              if (cond()) return true;
              await new Promise((r) => setTimeout(r, 5));
            }
            return Boolean(cond());
          };
          let done = 0;
          let buttons = 0;
          let previews = 0;
          for (let i = 0; i < n && performance.now() - t0 < maxMs; i++) {
            const before = B.tracks.length;
            const el = document.createElement('teams-meeting-join');
            el.setAttribute('meeting-link', link);
            el.setAttribute('token-url', '/__bench/token');
            el.setAttribute('display-name', `Visitor ${i}`);
            document.body.append(el);
            if (await until(() => B.joinButton(el), 3000)) buttons++;
            if (await until(() => B.tracks.slice(before).some((t) => t.kind === 'video' && t.readyState === 'live'), 3000)) previews++;
            el.remove();
            (B.elementRefs ??= []).push(new WeakRef(el));
            done++;
          }
          return { done, buttons, previews, ms: performance.now() - t0 };
        },
        { n, link: BENCH_MEETING_LINK, maxMs },
      );
    const initial = await measure();
    // Warm-up: module-level caches, lazy chunks the element prefetches on idle, compiled code.
    const warm = await loop(5, 20_000);
    await sleep(1500);
    await s.networkQuiet(3000);
    const before = await measure();
    const budget = Math.max(10_000, Math.min(90_000, remaining() - 40_000));
    await page.evaluate(() => (window.__tmjBench.elementRefs = []));
    const main = await loop(ITERATIONS, budget);
    await sleep(1000);
    const after = await measure();
    // Separate task from the loop: a WeakRef deref'd in the same job would be kept alive by that job.
    const retained = await page.evaluate(() => window.__tmjBench.elementRefs.filter((r) => r.deref() !== undefined).length);
    return {
      status: 'ok',
      gc: hasGc ? 'gc() (--expose-gc) + CDP HeapProfiler.collectGarbage' : 'CDP HeapProfiler.collectGarbage only (gc() not exposed)',
      iterations: main.done,
      requested: ITERATIONS,
      joinButtons: main.buttons,
      previews: main.previews,
      warmup: warm.done,
      loopMs: round(main.ms, 0),
      initial,
      before,
      after,
      heapDelta: after.usedHeap - before.usedHeap,
      heapDeltaPerElement: main.done ? round((after.usedHeap - before.usedHeap) / main.done, 0) : null,
      retainedElements: retained,
      liveTracksAfter: after.liveTracks,
      openAudioContextsAfter: after.openAudioContexts,
    };
  } finally {
    await s.close();
  }
}

async function sectionEmulator() {
  if (!graph) return skipped('no build to load');
  const serverFile = join(ROOT, 'demo/server/server.mjs');
  if (!existsSync(serverFile)) return skipped('demo/server/server.mjs does not exist yet');
  let mod;
  try {
    mod = await import(pathToFileURL(serverFile).href);
  } catch (e) {
    return skipped(`demo/server/server.mjs does not load: ${errorText(e)}`);
  }
  if (typeof mod.startServer !== 'function') return skipped('demo/server/server.mjs exports no startServer()');
  const site = await staticServer();
  const emu = await mod.startServer({ port: 0, quiet: true, seed: false });
  const closeEmu = () => emu.close();
  cleanups.push(closeEmu);
  try {
    const meeting = emu.store?.create?.({ title: 'Benchmark meeting' });
    const link = meeting?.link;
    if (!link) return skipped('the emulator store gave no meeting link');
    // The page is on the benchmark's own origin, like a site embedding the widget; the emulator (a different
    // localhost port) answers tokens, signalling and chat cross-origin.
    site.pages['/__bench/emulator.html'] = prejoinPage({
      scriptSrc: '/cdn/teams-meeting-join.js',
      meetingLink: link,
      tokenUrl: `${emu.url}/api/token`,
      emulator: emu.url,
      displayName: 'Bench Visitor',
    });
    const url = `${site.origin}/__bench/emulator.html`;
    const joins = [];
    const chats = [];
    let chatNote;
    const coldJoins = [];
    // Warm: the visitor looks at the pre-join screen for a moment, so idle prefetch has run when they click.
    // Cold: no idle callbacks and an immediate click; the session and in-call chunks load after the press.
    for (let i = 0; i < 2 * JOIN_RUNS; i++) {
      const cold = i >= JOIN_RUNS;
      const s = await freshPage({ disableIdle: cold });
      try {
        const { page } = s;
        await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
        await waitForJoinButton(page);
        if (!cold) {
          await sleep(1000);
          await s.networkQuiet(2000);
        }
        await page.evaluate(() => {
          const host = /** @type {any} */ (document.querySelector('teams-meeting-join'));
          const J = (/** @type {any} */ (window).__join = { clickAt: null, joinedAt: null, error: null, phases: {} });
          // From the press (pointerdown; the click follows it), which is also when intent prefetch would start.
          const onPress = (/** @type {Event} */ e) => {
            if (J.clickAt === null && e.composedPath().some((n) => /** @type {any} */ (n).getAttribute?.('part')?.includes('join-button'))) J.clickAt = performance.now();
          };
          document.addEventListener('pointerdown', onPress, true);
          document.addEventListener('click', onPress, true);
          host.addEventListener('tmj-joined', () => (J.joinedAt = performance.now()));
          host.addEventListener('tmj-error', (e) => (J.error = e.detail.code));
          host.addEventListener('tmj-state-change', (e) => (J.phases[e.detail.state] ??= performance.now()));
        });
        await page.locator('[part~="join-button"]').click({ timeout: 5000 });
        await page
          .waitForFunction(() => {
            const J = /** @type {any} */ (window).__join;
            return J.joinedAt !== null || J.error !== null || J.phases.failed !== undefined;
          }, null, { timeout: 20_000, polling: 20 })
          .catch(() => undefined);
        const j = await page.evaluate(() => /** @type {any} */ (window).__join);
        if (j.joinedAt === null) {
          const phase = await page.evaluate(() => /** @type {any} */ (document.querySelector('teams-meeting-join'))?.phase);
          return { status: 'failed', reason: `no tmj-joined within 20 s (phase ${phase}${j.error ? `, tmj-error ${j.error}` : ''})` };
        }
        (cold ? coldJoins : joins).push({
          joined: j.joinedAt - j.clickAt,
          connecting: j.phases.connecting !== undefined ? j.phases.connecting - j.clickAt : null,
        });
        if (i === 0) {
          const c = await chatRoundTrips(page).catch((e) => ({ error: errorText(e) }));
          if ('error' in c) chatNote = c.error;
          else chats.push(...c.times);
        }
        await page.evaluate(() => /** @type {any} */ (document.querySelector('teams-meeting-join'))?.leave()).catch(() => undefined);
      } finally {
        await s.close();
      }
    }
    return {
      status: 'ok',
      runs: joins.length,
      runsCold: coldJoins.length,
      joined: stats(joins.map((j) => j.joined)),
      connecting: stats(joins.map((j) => j.connecting)),
      joinedCold: stats(coldJoins.map((j) => j.joined)),
      chat: chats.length ? { status: 'ok', sentAfterEnter: stats(chats) } : skipped(chatNote ?? 'no chat measurement'),
    };
  } finally {
    const i = cleanups.indexOf(closeEmu);
    if (i >= 0) cleanups.splice(i, 1);
    await Promise.race([closeEmu(), sleep(5000)]).catch(() => undefined);
  }
}

/** Starts the emulator and serves a pre-join page that joins it; `close()` stops the emulator. */
async function emulatorPage(name) {
  const mod = await import(pathToFileURL(join(ROOT, 'demo/server/server.mjs')).href);
  const site = await staticServer();
  const emu = await mod.startServer({ port: 0, quiet: true, seed: false });
  const close = () => Promise.race([emu.close(), sleep(5000)]).catch(() => undefined);
  cleanups.push(close);
  const meeting = emu.store.create({ title: 'Benchmark meeting' });
  site.pages[`/__bench/${name}.html`] = prejoinPage({
    scriptSrc: '/cdn/teams-meeting-join.js',
    meetingLink: meeting.link,
    tokenUrl: `${emu.url}/api/token`,
    emulator: emu.url,
    displayName: 'Bench Visitor',
  });
  return {
    emu,
    meeting,
    url: `${site.origin}/__bench/${name}.html`,
    close: async () => {
      const i = cleanups.indexOf(close);
      if (i >= 0) cleanups.splice(i, 1);
      await close();
    },
  };
}

async function sectionCycles() {
  if (!graph && existsSync(ENTRY)) graph = readGraph(CDN);
  if (!graph) return skipped('no build to load');
  const target = await emulatorPage('cycles');
  try {
    // Code attributed to a script is labelled by what the build graph says the file is (the SDKs, the session).
    const tags = (url) => {
      const label = defaultLabel(url);
      const file = url ? graph.files.get(new URL(url).pathname.replace(/^\/cdn\//, '')) : undefined;
      return file?.tags.size ? `${label} (${[...file.tags].join(', ')})` : label;
    };
    return await runJoinCycles({ freshPage, url: target.url, cycles: CYCLES, deadline: Date.now() + Math.min(140_000, remaining() - 10_000), stats, sleep, tags });
  } finally {
    await target.close();
  }
}

/** In the in-call view: open chat, send three messages with Enter, time Enter → the message shows `sent`. */
async function chatRoundTrips(page) {
  const control = page.locator('[part~="control-chat"]');
  await control.first().waitFor({ timeout: 8000 }).catch(() => {
    throw new Error('no chat control ([part~="control-chat"]) in the in-call view');
  });
  const textarea = page.locator('[part~="send-box"] textarea');
  if (!(await textarea.first().isVisible().catch(() => false))) await control.first().click({ timeout: 3000 });
  await page
    .waitForFunction(() => {
      const t = /** @type {HTMLTextAreaElement | null} */ (window.__tmjBench.deep(document, '[part~="send-box"] textarea'));
      return t !== null && !t.disabled;
    }, null, { timeout: 8000, polling: 50 })
    .catch(() => {
      throw new Error('the chat send box never became enabled');
    });
  const times = [];
  for (let i = 0; i < 3; i++) {
    const text = `bench message ${i} ${Date.now()}`;
    await textarea.first().fill(text);
    await page.evaluate(() => {
      const W = /** @type {any} */ (window);
      W.__enterAt = null;
      document.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && W.__enterAt === null) W.__enterAt = performance.now();
      }, { capture: true, once: true });
    });
    await textarea.first().press('Enter');
    const dt = await page.evaluate(async (text) => {
      const W = /** @type {any} */ (window);
      const findSent = () => {
        const stack = [document];
        while (stack.length) {
          const root = stack.pop();
          for (const m of root.querySelectorAll('[data-message-id][data-status]')) {
            if (m.getAttribute('data-status') === 'sent' && m.textContent.includes(text)) return true;
          }
          for (const el of root.querySelectorAll('*')) if (el.shadowRoot) stack.push(el.shadowRoot);
        }
        return false;
      };
      const end = performance.now() + 10_000;
      while (performance.now() < end) {
        if (findSent()) return performance.now() - W.__enterAt;
        await new Promise((r) => setTimeout(r, 2));
      }
      return null;
    }, text);
    if (dt === null) throw new Error(`message ${i} never reached "sent" within 10 s`);
    times.push(dt);
  }
  return { times };
}

/* ------------------------------------------------------------------------------------------------ report */

function machine(browserVersion) {
  const c = cpus();
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    /* not a checkout */
  }
  return {
    os: `${platform()} ${release()} ${arch()}`,
    cpu: `${c.length} × ${c[0]?.model?.trim() ?? 'unknown'}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GB`,
    node: process.version,
    chromium: browserVersion ?? 'not started',
    commit,
    // Other work on the machine changes every timing; the load average says how busy it was.
    loadAtStart: loadavg().map((x) => round(x, 2)),
  };
}

function printReport(results) {
  const out = [];
  const line = (s = '') => out.push(s);
  const m = results.machine;
  line(`teams-meeting-join benchmark · ${results.date}`);
  line(`machine: ${m.cpu} · ${m.memory} · ${m.os} · Node ${m.node} · Chromium ${m.chromium} · commit ${m.commit}`);
  line(`load average at start ${m.loadAtStart.join(' / ')}, at end ${loadavg().map((x) => x.toFixed(2)).join(' / ')} (1/5/15 min; timings grow with load on a shared machine: compare medians of runs on a quiet machine)`);
  const S = results.sections;

  line('\n1. Sizes of the script-tag build (cdn/)');
  if (S.sizes?.status !== 'ok') line(`   ${S.sizes?.status ?? 'not run'}: ${S.sizes?.reason ?? ''}`);
  else {
    const z = S.sizes;
    line(`   ${z.cdnDir}, built ${z.builtAt}; gzip -${z.gzipLevel} per file; groups are what each part adds to the pasted script`);
    line(`   ${pad('what', 52)}${padL('raw', 11)}${padL('gzip', 11)}  files`);
    for (const key of ['pasted', 'inCall', 'emulatorSession', 'acsSession', 'callingSdk', 'chatSdk', 'allLazy']) {
      const gr = z.groups[key];
      if (!gr) continue;
      if (gr.missing) line(`   ${pad(gr.label, 52)}${padL('—', 11)}${padL('—', 11)}  (${gr.missing})`);
      else line(`   ${pad(gr.label, 52)}${padL(kb(gr.raw), 11)}${padL(kb(gr.gzip), 11)}  ${gr.files.length}`);
    }
    const pg = z.groups.pasted.gzip;
    line(`   pasted script vs 14 KB gzip budget: ${kb(pg)} → ${pg <= z.budgetGzip ? 'within' : `OVER by ${kb(pg - z.budgetGzip)}`}`);
    line(`   SDK code in the pasted script: ${z.sdkInPastedScript ? 'YES (violation)' : 'no'}`);
    if (!z.definesElement) line(`   the pasted script never names "teams-meeting-join": the element registration is missing from the build`);
    line(`   per file:`);
    for (const f of z.files) {
      line(`     ${pad(f.file, 46)}${padL(kb(f.raw), 11)}${padL(kb(f.gzip), 11)}  ${pad(f.loaded, 7)}${f.tags.length ? f.tags.join(',') : ''}`);
    }
    if (z.unreachableChunks) line(`   (${z.unreachableChunks} stale chunk file(s) in cdn/chunks not reachable from the entry were ignored)`);
  }

  line('\n1b. Side by side with the floor (a bare Lit element with a join form), interleaved fresh loads');
  const V = S.vsfloor;
  if (V?.status !== 'ok') line(`   ${V?.status ?? 'not run'}: ${V?.reason ?? ''}`);
  else {
    line(`   ${V.runs} loads each, floor and ours alternating, each in a new context (empty cache); median [min–max]`);
    line(`   first-contentful-paint (browser entry)      floor ${msStats(V.floor.fcp)} · ours ${msStats(V.ours.fcp)} → ${V.fcpRatio ?? '—'}× (target ≤ 1.1×)`);
    line(`   pre-join complete, at paint                floor ${msStats(V.floor.complete)} · ours ${msStats(V.ours.complete)} → ${V.completeRatio ?? '—'}×`);
    line(`     (ours: first frame with the preview video decoding and the meter above 0, timed in the next frame; floor: the Join button drawn)`);
    line(`   scripts requested before ours was complete: ${V.scriptsBeforeComplete.map((r) => `${r.path} (${r.loads}/${V.runs})`).join(', ') || 'none'}`);
    const after = V.idlePrefetchMsAfterComplete;
    line(`   first call/session-only chunk requested, from complete: ${after ? `${after.median >= 0 ? '+' : ''}${msStats(after)}` : 'none within 1.5 s'} (idle prefetch waits for the pre-join; complete is timed in the frame after it, so a request up to one frame before it is still after the complete frame)`);
  }

  line('\n2. Pre-join paint (plain page: <script type="module" src="/cdn/teams-meeting-join.js"> + <teams-meeting-join>)');
  if (S.paint?.status !== 'ok') line(`   ${S.paint?.status ?? 'not run'}: ${S.paint?.reason ?? ''}`);
  else {
    const p = S.paint;
    line(`   ${p.runs} fresh page loads (new context, empty cache, gzip over loopback), median [min–max]`);
    line(`   first-contentful-paint               ${msStats(p.fcp)}`);
    line(`   join button in the shadow DOM        ${msStats(p.joinButton)}  (goal of issue #2: well under 100 ms)`);
    line(`   bytes transferred before that        ${kbStats(p.bytesBeforeInteractive)}  (decoded ${kb(p.decodedBeforeInteractive?.median)}, ${p.requestsBeforeInteractive} requests incl. the page)`);
    line(`   session/SDK chunks fetched before it ${p.joinOnlyFetchedBeforeInteractive.length ? `YES (violation): ${p.joinOnlyFetchedBeforeInteractive.join(', ')}` : 'none'}`);
    line(`   requests of the first measured load (ms from navigation start):`);
    for (const r of p.requestsFirstRun) {
      line(`     ${pad(r.path, 48)} ${padL(Math.round(r.start), 5)}–${pad(Math.round(r.end), 5)} ${padL(kb(r.transfer), 10)}  ${r.beforeInteractive ? 'before join button' : 'after (prefetch)'}`);
    }
  }

  line('\n3. Lazy loading');
  const L = S.lazy;
  if (L?.status !== 'ok') line(`   ${L?.status ?? 'not run'}: ${L?.reason ?? ''}`);
  else {
    const i = L.import;
    if (i?.status === 'ok') {
      line(`   import() of the ${i.label} ${i.target}, median of ${i.total?.n} fresh pages:`);
      line(`     total ${msStats(i.total)}; fetch ${ms(i.fetch?.median)}, parse+evaluate ${ms(i.evaluate?.median)}; ${kb(i.transfer)} over ${i.files} request(s)`);
    } else line(`   import(): ${i?.status}: ${i?.reason}`);
    const fmt = (o, expected = []) => {
      const got = Object.entries(o).map(([k, v]) => `${k} +${Math.round(v)} ms`);
      const not = expected.filter((k) => !(k in o));
      return `${got.length ? got.join(', ') : 'nothing'}${got.length && not.length ? `; not fetched: ${not.join(', ')}` : ''}`;
    };
    if (L.idle?.status === 'ok') line(`   idle prefetch (pre-join page left alone ${L.idle.waitedMs / 1000} s): ${fmt(L.idle.fetchedMsAfterJoinButton, L.idle.expected)} (ms after the join button existed)`);
    if (L.intent?.status === 'ok') {
      line(`   without idle callbacks, 1 s on the pre-join screen fetched: ${fmt(L.intent.fetchedWithoutIntent)}`);
      line(`   intent prefetch (${L.intent.intent} on the join button): ${fmt(L.intent.fetchedMsAfterIntent, L.intent.expected)} (ms after the intent)`);
    }
    const V = L.evaluation;
    if (V?.status === 'ok') {
      line(`   intent, 1 s, click (pointer onto Join, wait, click; no idle callbacks), ${V.runs} fresh pages, ms after the intent:`);
      line(`     calling SDK requested ${msStats(V.requested)}, arrived ${msStats(V.arrived)}, evaluated ${msStats(V.evaluated)}; click ${msStats(V.click)}`);
      line(`     evaluated before the click in ${V.evaluatedBeforeClick}/${V.runs}  (User Timing mark tmj-calling-sdk-evaluated, set after the SDK module body ran, vs the click's event timeStamp)`);
    } else if (V) line(`   intent → evaluation: ${V.status}: ${V.reason}`);
    if (L.idle?.status === 'failed') line(`   idle prefetch: failed: ${L.idle.reason}`);
    if (L.intent?.status === 'failed') line(`   intent prefetch: failed: ${L.intent.reason}`);
  }

  line('\n4. Memory: create → pre-join with camera preview → remove, in one page');
  const M = S.memory;
  if (M?.status !== 'ok') line(`   ${M?.status ?? 'not run'}: ${M?.reason ?? ''}`);
  else {
    line(`   ${M.iterations}/${M.requested} elements (after ${M.warmup} warm-up), ${M.joinButtons} showed the join button, ${M.previews} had a live camera preview; ${Math.round(M.loopMs / 1000)} s`);
    line(`   JS heap after GC: before ${kb(M.before.usedHeap)} → after ${kb(M.after.usedHeap)}  (Δ ${kb(M.heapDelta)}, ${M.heapDeltaPerElement} B per element; page start ${kb(M.initial.usedHeap)})`);
    if (M.before.nodes !== undefined) line(`   DOM nodes ${M.before.nodes} → ${M.after.nodes}; JS event listeners ${M.before.jsEventListeners} → ${M.after.jsEventListeners}; documents ${M.before.documents} → ${M.after.documents}`);
    line(`   removed elements still reachable after GC: ${M.retainedElements}/${M.iterations}${M.retainedElements ? '  ← retained (leak)' : ''}`);
    line(`   MediaStreamTracks handed out: ${M.after.tracks}; still live after removal: ${M.liveTracksAfter}${M.liveTracksAfter ? '  ← LEAK (must be 0)' : ' (must be 0)'}`);
    line(`   AudioContexts created: ${M.after.audioContexts}; not closed: ${M.openAudioContextsAfter}`);
    line(`   GC: ${M.gc}`);
  }

  line('\n5. Join through the local emulator (demo/server)');
  const E = S.emulator;
  if (E?.status !== 'ok') line(`   ${E?.status ?? 'not run'}: ${E?.reason ?? ''}`);
  else {
    line(`   press Join → tmj-joined, warm      ${msStats(E.joined)}  (1 s on the pre-join screen: idle prefetch done)`);
    line(`   press Join → tmj-joined, cold      ${msStats(E.joinedCold)}  (no idle prefetch, immediate press)`);
    line(`   press Join → connecting (warm)     ${msStats(E.connecting)}`);
    if (E.chat?.status === 'ok') line(`   chat: Enter → message shows "sent"  ${msStats(E.chat.sentAfterEnter)}`);
    else line(`   chat round trip: ${E.chat?.status}: ${E.chat?.reason}`);
  }
  line('\n6. Join/leave cycles through the UI on the emulator, one page (issue 14 req 3, issue 10 req 3)');
  const Y = S.cycles;
  if (Y?.status !== 'ok') line(`   ${Y?.status ?? 'not run'}: ${Y?.reason ?? ''}`);
  else {
    line(`   ${Y.cycles} cycles of Join now → in the call → Leave → Rejoin → pre-join at rest; median [min–max]`);
    line(`   driven through the DevTools protocol only: an in-page driver installed once, the same few expressions every cycle, clicks as CDP mouse events (no Playwright locator or page.evaluate in the loop: its injected script compiled and tiered up in the measured page)`);
    line(`   Join click → connecting screen painted ${msStats(Y.connectingPainted)}  (click event time → the frame after the one holding the joining/connecting screen)`);
    line(`   Join click → tmj-joined               ${msStats(Y.joined)}`);
    line(`   emulator session instances: ${Y.sessionInstancesAfter ?? '—'} after the last cycle, at most ${Y.sessionInstancesMax ?? '—'} after any cycle  (CDP Runtime.queryObjects on EmulatorSession.prototype after each cycle's forced GC; 0 = none outlived its call)`);
    if (Y.elements?.length) line(`   our elements on the heap after the last cycle: ${Y.elements.map((e) => `${e.name} ${e.onHeap}${e.inDocument ? ` (${e.inDocument} in the document)` : ''}`).join(', ')}  (queryObjects on each custom element class seen in a call)`);
    const P = Y.platformByCycle?.at(-1);
    if (P) {
      const maxOf = (k) => Math.max(...Y.platformByCycle.map((p) => p?.[k] ?? 0));
      line(`   platform objects after cycle ${P.cycle}: ${Object.entries(P).filter(([k]) => k !== 'cycle').map(([k, v]) => `${k} ${v}`).join(', ')}  (queryObjects, every 5th cycle; MediaStreams of ended calls stay reachable from Chromium's getUserMedia promise tracker for a while, then go: at most ${maxOf('MediaStream')} at a count, the pre-join preview's after a minute's rest)`);
    }
    const fit = (f) => (f ? `${f.slope} ± ${f.se} B/cycle` : '—');
    line(`   V8 heap after GC: cycle 1 ${kb(Y.heapFirst)}, cycle ${Y.cycles} ${kb(Y.heapLast)}`);
    line(`   V8 heap slope, cycles 10…${Y.cycles}: ${fit(Y.heapFit)}  (least squares over ${Y.heapFit?.n ?? '—'} per-cycle figures, ± its standard error: HeapProfiler.collectGarbage ×2, then Runtime.getHeapUsage usedSize; target ≤ 2048 B/cycle: ${Y.heapFit ? (Y.heapFit.slope <= 2048 ? 'met' : 'NOT met') : '—'})`);
    line(`     without compiled code ${fit(Y.withoutCodeFit)}, code alone ${fit(Y.codeFit)}  (same points; code = code, code-large-object, trusted and trusted-large-object spaces of the page's renderer in a Chromium memory-infra dump right after each figure${Y.memoryNote ? `; ${Y.memoryNote}` : ''})`);
    line(`   Blink heap slope ${fit(Y.embedderFit)}  (Runtime.getHeapUsage embedderHeapUsedSize, same points; not in the target: DOM, media and performance-timeline objects, DevTools' own network buffer)`);
    const G = Y.growth;
    if (G) {
      const per = (b) => `${Math.round(b / (G.to - G.from))} B/cycle`;
      line(`   heap growth cycle ${G.from} → ${G.to}: ${G.newCount} new objects, ${kb(G.newSelf)} shallow, ${G.detachedDom} detached DOM nodes  (CDP heap snapshots after GC; objects whose snapshot id is new)`);
      line(`   net V8 heap change ${per(G.netV8)}: compiled code ${per(G.netV8Code)}, everything else ${per(G.netV8 - G.netV8Code)}; Blink objects ${per(G.netNative)}  (new − deleted shallow bytes)`);
      if (G.codeByScript?.length) line(`   net compiled code by script: ${G.codeByScript.filter((c) => c.bytes !== 0).slice(0, 6).map((c) => `${c.script} ${per(c.bytes)}`).join(', ')}  (each code object → its SharedFunctionInfo → script)`);
      line(`   top constructors by net shallow growth (new − deleted), with the retained size of the new ones (dominator tree of the cycle-${G.to} snapshot) and one retainer path:`);
      for (const r of G.rows) line(`     ${padL(kb(r.delta), 9)} net (${padL(r.countDelta >= 0 ? `+${r.countDelta}` : r.countDelta, 6)})  ${padL(kb(r.retained), 9)} retained  ${r.className}\n         ${r.path.length > 400 ? `${r.path.slice(0, 400)}…` : r.path}`);
    }
  }
  line('\n7. A 10,000-message chat from one sender (<tmj-chat-panel> from src, 360 × 600 px; issue 14 req 3, issue 10 req 6)');
  const H = S.chat;
  if (H?.status !== 'ok') line(`   ${H?.status ?? 'not run'}: ${H?.reason ?? ''}`);
  else printLongChat(H, { line, ms, msStats });
  line('\n8. A 49-person gallery (<tmj-video-gallery> from src, 1280 × 720 px, static picture views, one speaker changing every 500 ms)');
  const G = S.gallery;
  if (G?.status !== 'ok') line(`   ${G?.status ?? 'not run'}: ${G?.reason ?? ''}`);
  else {
    const f = (x) => (x ? `median ${x.median}, p90 ${x.p90}, mean ${x.mean}, max ${x.max} ms` : 'n/a');
    line(`   main-thread work per frame, CPU (thread time of the renderer main thread's top-level tasks, from a Chromium trace;`);
    line(`   a frame = one animation-frame task to the next; ${G.runs} fresh page(s) × ${G.framesPerRun} frames per stretch, frames pooled):`);
    line(`     idle                     ${f(G.idleCpu)}`);
    line(`     paging                   ${f(G.pagingCpu)}  (target: mean ≤ 4 ms)`);
    line(`     the page-turn frames     ${f(G.turnCpu)}  (${G.turnCpu?.n ?? 0} turns: nextPage() in the frame's callback)`);
    line(`   the same frames, wall clock (includes waiting for a core on a loaded machine):`);
    line(`     idle ${f(G.idleWall)}; paging ${f(G.pagingWall)}; turn frames ${f(G.turnWall)}`);
    line(`   stage ${G.stage?.width} × ${G.stage?.height} px (waited for, stable 10 frames); ${G.pages} pages; tiles per page shown while paging (page:tiles) ${G.tilesPerPageShown?.join(', ')} (49 people + the visitor on every page); a turn every 10 frames, ${G.pageTurns} turns per run; ${G.viewsCreatedLastRun} video views created and ${G.onScreenCallsLastRun} setOnScreen calls in the last run`);
    line(`   1-minute load average before the first run and after each: ${G.loadAverage?.join(', ')}`);
  }
  line(`\ntotal bench time ${Math.round((Date.now() - T0) / 1000)} s`);
  console.log(out.join('\n'));
}

/* ------------------------------------------------------------------------------------------------ main */

async function main() {
  const results = { date: new Date().toISOString(), machine: machine(), build: undefined, sections: {}, violations: [] };
  const build = await ensureBuild();
  results.build = build;
  if (build.error) console.error(`build: ${build.error}`);

  const plan = [
    ['sizes', 5_000, async () => sectionSizes()],
    ['vsfloor', 70_000, sectionVsFloor],
    ['paint', 40_000, sectionPaint],
    ['lazy', 90_000, sectionLazy],
    ['memory', 100_000, sectionMemory],
    ['emulator', 60_000, sectionEmulator],
    ['cycles', 150_000, sectionCycles],
    ['chat', 150_000, () => runLongChat({ browser, root: ROOT, count: 10_000, runs: Math.min(RUNS, 11), stats })],
    ['gallery', 30_000 + 15_000 * RUNS, () => runGallery({ browser, root: ROOT, runs: RUNS })],
  ];
  for (const [name, budget, fn] of plan) {
    if (!only.has(name)) {
      results.sections[name] = skipped('not selected (--only)');
      continue;
    }
    // The long chat renders the component from src: it needs no build.
    if (name !== 'sizes' && name !== 'chat' && name !== 'gallery' && name !== 'cycles' && !graph) {
      results.sections[name] = skipped('no build to load');
      continue;
    }
    const left = remaining() - 8_000;
    if (left < 5_000) {
      results.sections[name] = skipped('the run is out of its time budget');
      continue;
    }
    process.stderr.write(`bench: ${name}…\n`);
    try {
      results.sections[name] = await withTimeout(Promise.resolve().then(fn), Math.min(budget, left), name);
    } catch (error) {
      results.sections[name] = { status: /no Chromium/.test(errorText(error)) ? 'skipped' : 'failed', reason: errorText(error) };
    }
  }
  if (browserPromise) {
    const b = await browserPromise.catch(() => undefined);
    results.machine.chromium = b?.version() ?? results.machine.chromium;
  }

  const S = results.sections;
  if (S.sizes?.sdkInPastedScript) results.violations.push('SDK code in the pasted script');
  if (S.sizes?.status === 'ok' && !S.sizes.definesElement) results.violations.push('the pasted script does not define <teams-meeting-join>');
  if (S.paint?.joinOnlyFetchedBeforeInteractive?.length) results.violations.push('session/SDK chunk fetched before the pre-join screen was interactive');
  if (S.memory?.status === 'ok' && S.memory.liveTracksAfter > 0) results.violations.push(`${S.memory.liveTracksAfter} media track(s) live after removal`);
  if (S.memory?.status === 'ok' && S.memory.retainedElements > 0) results.violations.push(`${S.memory.retainedElements} removed element(s) still reachable after GC`);

  printReport(results);
  if (results.violations.length) console.log(`\nVIOLATIONS: ${results.violations.join('; ')}`);
  const json = JSON.stringify(results);
  const jsonFile = option('json', '');
  if (jsonFile) writeFileSync(resolve(jsonFile), json + '\n');
  console.log(`BENCH_JSON ${json}`);
  return results;
}

let exitCode = 0;
try {
  const results = await main();
  if (flag('strict') && results.violations.length) exitCode = 1;
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.stack : error}`);
  exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
process.exit(exitCode);
