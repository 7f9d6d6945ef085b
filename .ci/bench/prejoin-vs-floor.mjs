// `npm run bench` section "vsfloor": our pasted script against the floor — a page holding only a bare Lit element
// with a join form (name field + Join button), bundled here with esbuild from the same lit — loaded interleaved
// (floor, ours, floor, ours, …), each in a fresh browser context (empty cache), N ≥ 11 each.
//
// Figures, each measured in the page:
//  - FCP: the browser's first-contentful-paint entry.
//  - pre-join complete, measured at paint: polled on every animation frame; the first frame in which (ours) the
//    camera preview <video> has a decoded frame (readyState ≥ 2, currentTime > 0) and the meter bar is drawn
//    above 0 — (floor) the Join button exists — is taken, and the time is read in the next frame's
//    requestAnimationFrame callback, i.e. after the frame that shows it was produced.
//  - scripts requested before pre-join complete (what the budget of npm run size must cover) and when the
//    first in-call chunk was requested relative to it (idle prefetch must start after it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchPage } from './pages.mjs';

export const FLOOR_ELEMENT = `
import { LitElement, html, css } from 'lit';
class FloorJoin extends LitElement {
  static properties = { name: { state: true } };
  static styles = css\`form{display:grid;gap:8px;padding:16px;font-family:system-ui}button,input{font:inherit;min-height:40px}\`;
  constructor() { super(); this.name = ''; }
  render() {
    return html\`<form @submit=\${(e) => e.preventDefault()}><h2>Join the meeting</h2>
<label for="n">Your name</label><input id="n" .value=\${this.name} @input=\${(e) => (this.name = e.target.value)}>
<button part="join-button">Join now</button></form>\`;
  }
}
customElements.define('floor-join', FloorJoin);
`;

/** Builds the floor script (lit + the element above, minified) into `dir`; returns its file name. */
export async function buildFloor(root, dir) {
  const esbuild = await import('esbuild');
  mkdirSync(dir, { recursive: true });
  const src = join(dir, 'floor-src.mjs');
  writeFileSync(src, FLOOR_ELEMENT);
  await esbuild.build({
    entryPoints: [src],
    bundle: true,
    minify: true,
    format: 'esm',
    outfile: join(dir, 'floor.js'),
    absWorkingDir: root,
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'silent',
  });
  return 'floor.js';
}

export function floorPage(scriptSrc) {
  return benchPage({ title: 'Floor', scripts: [scriptSrc], body: '<floor-join></floor-join>' });
}

/** Injected before page scripts: records, at paint, when the pre-join is complete (see the header). */
export function completeProbe() {
  const P = { completeAt: null, frames: 0 };
  Object.defineProperty(window, '__tmjComplete', { value: P });
  const deep = (root, selector) => {
    const stack = [root];
    while (stack.length) {
      const node = stack.pop();
      const found = node.querySelector(selector);
      if (found) return found;
      for (const el of node.querySelectorAll('*')) if (el.shadowRoot) stack.push(el.shadowRoot);
    }
    return null;
  };
  const done = () => {
    const floor = document.querySelector('floor-join');
    if (floor) return !!floor.shadowRoot?.querySelector('[part~="join-button"]');
    const host = document.querySelector('teams-meeting-join');
    if (!host?.shadowRoot) return false;
    const video = deep(host.shadowRoot, 'video');
    const bar = deep(host.shadowRoot, '.meter > span');
    const playing = !!video && video.readyState >= 2 && video.currentTime > 0;
    const moved = !!bar && /scaleX\((?!0(?:\.0+)?\))/.test(bar.style.transform);
    return playing && moved;
  };
  const frame = () => {
    P.frames++;
    if (done()) {
      requestAnimationFrame(() => (P.completeAt = performance.now()));
      return;
    }
    if (performance.now() < 20000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * @param {{ freshPage: (o?: object) => Promise<any>, origin: string, runs: number, inCallPaths: Set<string>,
 *           pathOf: (url: string) => string, sleep: (ms: number) => Promise<void>, stats: (v: number[]) => any }} ctx
 */
export async function runVsFloor(ctx) {
  const { freshPage, origin, runs, inCallPaths, pathOf, stats } = ctx;
  const loads = { floor: [], ours: [] };
  const before = new Map();
  let idleAfter = [];
  for (let i = 0; i <= runs; i++) {
    for (const kind of ['floor', 'ours']) {
      const s = await freshPage({ extraInit: completeProbe });
      try {
        const url = `${origin}/__bench/${kind === 'floor' ? 'floor' : 'prejoin'}.html`;
        await s.page.goto(url, { waitUntil: 'load', timeout: 15_000 });
        await s.page.waitForFunction(() => window.__tmjComplete.completeAt !== null, null, { timeout: 12_000, polling: 30 }).catch(() => undefined);
        await s.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 3000, polling: 50 }).catch(() => undefined);
        if (kind === 'ours') await ctx.sleep(1500); // let idle prefetch happen, to see when it starts
        const r = await s.page.evaluate(() => ({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          complete: window.__tmjComplete.completeAt,
          resources: performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: e.startTime, type: /** @type {any} */ (e).initiatorType })),
        }));
        if (i === 0) continue; // warm-up pair (browser start, compile caches)
        loads[kind].push({ fcp: r.fcp, complete: r.complete });
        if (kind === 'ours' && r.complete !== null) {
          for (const res of r.resources) {
            const p = pathOf(res.url);
            if (res.start <= r.complete && /\.m?js$/.test(p)) before.set(p, (before.get(p) ?? 0) + 1);
          }
          const firstInCall = r.resources.filter((res) => inCallPaths.has(pathOf(res.url))).map((res) => res.start - r.complete);
          if (firstInCall.length) idleAfter.push(Math.min(...firstInCall));
        }
      } finally {
        await s.close();
      }
    }
  }
  const med = (arr, key) => stats(arr.map((l) => l[key]).filter((x) => typeof x === 'number'));
  const floor = { fcp: med(loads.floor, 'fcp'), complete: med(loads.floor, 'complete') };
  const ours = { fcp: med(loads.ours, 'fcp'), complete: med(loads.ours, 'complete') };
  const ratio = (a, b) => (a?.median && b?.median ? Math.round((100 * a.median) / b.median) / 100 : null);
  return {
    status: 'ok',
    runs,
    floor,
    ours,
    fcpRatio: ratio(ours.fcp, floor.fcp),
    completeRatio: ratio(ours.complete, floor.complete),
    scriptsBeforeComplete: [...before.entries()].map(([path, n]) => ({ path, loads: n })),
    idlePrefetchMsAfterComplete: stats(idleAfter),
  };
}
