// `npm run bench` section "cycles" (issue 14 req 3, issue 10 req 3): one page on the emulator, N join/leave cycles
// through the real UI (Join now → in the call → Leave → Rejoin → the pre-join at rest), driven through the
// DevTools protocol only (see installCycleDriver: no Playwright code runs in the page during the cycles). Each
// figure measured in the page or through the DevTools protocol:
//  - Join → connecting painted: from the click's event timestamp to the next animation frame after the frame in
//    which the joining/connecting screen is in the DOM (polled on every frame), i.e. after it was produced;
//  - Join → tmj-joined;
//  - session instances: after every cycle's forced GC (HeapProfiler.collectGarbage), CDP Runtime.queryObjects
//    on the prototype of the emulator session class (the emulator chunk's `EmulatorSession` export) counts the
//    instances still on the heap — 0 means no session outlived its call; likewise, after the last cycle, every
//    custom element class seen in a call, and (every 5th cycle) RTCPeerConnection, MediaStream(Track),
//    AudioContext and WebSocket;
//  - heap slope: used V8 heap (Runtime.getHeapUsage) after a forced GC at the end of every cycle; the
//    least-squares slope over cycles 10…N in bytes per cycle, with its standard error (flat ≈ 0; the first
//    cycles load chunks, warm caches and tier code up). The same without compiled code: a Chromium memory-infra
//    dump right after each figure splits the page's V8 heap by space (memory-dump.mjs). And Blink's heap
//    (embedderHeapUsedSize) at the same points;
//  - what grows: a heap snapshot (HeapProfiler.takeHeapSnapshot) after the GC of cycle 10 and of the last cycle;
//    the objects of the last one whose snapshot id is not in the first (ids are stable within a page), grouped by
//    constructor, ranked by net growth, each with one retainer path, and the net compiled code by the script it
//    belongs to (see heap-diff.mjs). Taken after cycle 10's heap figure, so the snapshot's own cost is outside
//    the slope's points as far as V8 frees it at the next GC.
import { takeSnapshot, compareSnapshots, defaultLabel } from './heap-diff.mjs';
import { memoryDumper, codeAndTotal, pageSpaces } from './memory-dump.mjs';

/** Least-squares slope of ys over xs. */
export function slope(xs, ys) {
  const n = xs.length;
  if (n < 2) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den ? num / den : null;
}

/**
 * Least-squares line through the points, with the slope's standard error (from the residuals), all rounded to
 * bytes: the per-cycle heap figures scatter by ±10–20 KB around the line (what each cycle leaves for the next
 * GC to find), so a 20-point slope is only known to about ± its standard error.
 */
export function fitLine(xs, ys) {
  const n = xs.length;
  const b = slope(xs, ys);
  if (b === null || n < 3) return null;
  const mx = xs.reduce((a, c) => a + c, 0) / n;
  const my = ys.reduce((a, c) => a + c, 0) / n;
  let rss = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    rss += (ys[i] - (my + b * (xs[i] - mx))) ** 2;
    sxx += (xs[i] - mx) ** 2;
  }
  return { slope: Math.round(b), se: Math.round(Math.sqrt(rss / (n - 2) / sxx)), n };
}

/**
 * The page side of the cycle driver, installed once per page with one `Runtime.evaluate`. Every later call is
 * one of a few fixed expressions (`__tmjCycle.target("join-button")`, …), identical in every cycle, so the
 * harness compiles no new code in the page per cycle: Playwright's locators and `page.evaluate` run its injected
 * script in the page, which V8 compiles and tiers up as it is called — in the measured heap, not ours, and no
 * visitor runs it. Clicks are real input events (CDP Input.dispatchMouseEvent at the element's centre).
 */
function installCycleDriver() {
  const W = /** @type {any} */ (window);
  const B = W.__tmjBench;
  const host = /** @type {any} */ (document.querySelector('teams-meeting-join'));
  const C = { clickAt: /** @type {number | null} */ (null), paintedAt: /** @type {number | null} */ (null), joinedAt: /** @type {number | null} */ (null), leftAt: /** @type {number | null} */ (null) };
  document.addEventListener('click', (e) => {
    if (C.clickAt === null && e.composedPath().some((n) => /** @type {any} */ (n).getAttribute?.('part')?.includes('join-button'))) {
      C.clickAt = e.timeStamp;
      const frame = () => {
        const shown = host.shadowRoot.querySelector('[part~="joining"], [part~="connecting"], [part~="call"], [part~="lobby"]');
        if (shown) requestAnimationFrame(() => (C.paintedAt = performance.now()));
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }
  }, true);
  host.addEventListener('tmj-joined', () => (C.joinedAt = performance.now()));
  host.addEventListener('tmj-left', () => (C.leftAt = performance.now()));
  /** Custom element names seen in the element's shadow trees (counted through queryObjects at the end). */
  const seen = new Set();
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.includes('-')) seen.add(el.localName);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const until = async (what, test, timeout) => {
    const end = performance.now() + timeout;
    for (;;) {
      const value = test();
      if (value) return value;
      if (performance.now() > end) throw new Error(`${what} did not happen within ${timeout} ms (phase ${host.phase})`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  W.__tmjCycle = {
    reset() {
      C.clickAt = C.paintedAt = C.joinedAt = C.leftAt = null;
    },
    /** Waits until a visible, enabled element with this part exists; returns the point to click. */
    async target(part, timeout) {
      const el = await until(`[part~="${part}"]`, () => {
        const found = host.shadowRoot && B.deep(host.shadowRoot, `[part~="${part}"]`);
        if (!found || found.disabled) return null;
        const r = found.getBoundingClientRect();
        return r.width > 0 && r.height > 0 ? found : null;
      }, timeout);
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    /** The display name, when the field is empty (the bench page sets display-name, so normally not). */
    async name() {
      const input = await until('the name field', () => host.shadowRoot && B.deep(host.shadowRoot, 'input[part~="name-input"]'), 10_000);
      if (!input.value) {
        input.value = 'Bench Visitor';
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      return true;
    },
    async wait(field, timeout) {
      await until(field, () => C[field] !== null, timeout);
      if (field === 'joinedAt') walk(host.shadowRoot);
      return { ...C };
    },
    /**
     * Back on the pre-join screen: waits until it is at rest (join button shown, the camera preview playing,
     * two frames and 100 ms more), so each cycle's heap figure is taken in the same state, not while the
     * preview's getUserMedia and the meter's audio graph are half set up.
     */
    async settle() {
      await until('the pre-join screen', () => host.shadowRoot && B.deep(host.shadowRoot, '[part~="join-button"]'), 10_000);
      await until('the camera preview', () => {
        const video = host.shadowRoot && B.deep(host.shadowRoot, '[part~="preview"] video');
        return video && video.readyState >= 2;
      }, 5000).catch(() => undefined);
      for (let k = 0; k < 2; k++) await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => setTimeout(r, 100));
      B.release();
      return true;
    },
    elementNames() {
      return [...seen].sort();
    },
  };
  return true;
}

/**
 * @param {{ freshPage: (o?: object) => Promise<any>, url: string, cycles: number, deadline: number,
 *           stats: (v: number[]) => any, sleep: (ms: number) => Promise<void>, snapshots?: boolean,
 *           tags?: (url: string) => string }} ctx  `tags` names what a script URL is (for the code attribution)
 */
export async function runJoinCycles(ctx) {
  const { freshPage, url, cycles, stats } = ctx;
  const s = await freshPage();
  try {
    const { page } = s;
    const cdp = await s.context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
    /** One CDP evaluation in the page; throws the page's exception as an Error. */
    const run = async (expression) => {
      const r = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description?.split('\n')[0] ?? r.exceptionDetails.text);
      return r.result.value;
    };
    await run(`customElements.whenDefined('teams-meeting-join').then(() => (${installCycleDriver})())`);
    const click = async (part, timeout = 5000) => {
      const { x, y } = await run(`__tmjCycle.target(${JSON.stringify(part)}, ${timeout})`);
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
      await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', buttons: 1, clickCount: 1 });
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', buttons: 0, clickCount: 1 });
    };
    const heapAfterGc = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return cdp.send('Runtime.getHeapUsage');
    };
    /** Live objects whose prototype chain holds `prototypeObjectId` (CDP Runtime.queryObjects), released at once. */
    const countInstances = async (prototypeObjectId) => {
      const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId, objectGroup: 'tmj-bench-count' });
      const n = await cdp.send('Runtime.callFunctionOn', { objectId: found.objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'tmj-bench-count' });
      return n.result.value;
    };
    const memory = ctx.memoryDumps === false ? null : await memoryDumper(s.context.browser());
    let sessionProto = null;
    // Platform objects a call creates, counted on the heap after each cycle's GC like the sessions.
    const platformProtos = {};
    for (const name of ['RTCPeerConnection', 'MediaStream', 'MediaStreamTrack', 'AudioContext', 'WebSocket']) {
      const proto = await cdp.send('Runtime.evaluate', { expression: `globalThis.${name}?.prototype`, objectGroup: 'tmj-bench-proto' });
      if (proto.result.objectId) platformProtos[name] = proto.result.objectId;
    }
    const rows = [];
    let snapshotFirst = null;
    let growth = null;
    const snapshotAt = ctx.snapshots === false ? -1 : 10;
    for (let i = 1; i <= cycles && Date.now() < ctx.deadline; i++) {
      await run('__tmjCycle.reset()');
      await run('__tmjCycle.name()');
      await click('join-button', 10_000);
      const c = await run('__tmjCycle.wait("joinedAt", 20000)');
      await click('control-leave');
      await run('__tmjCycle.wait("leftAt", 10000)');
      await click('rejoin-button');
      // Also drops the bench's own record of tracks and AudioContexts (pages.mjs), which would keep every cycle's.
      await run('__tmjCycle.settle()');
      if (!sessionProto) {
        // The prototype of the emulator session class, from the chunk the element loaded (kept by its module).
        const chunk = await run(`performance.getEntriesByType('resource').map((e) => e.name).find((n) => /\\/chunks\\/emulator-[\\w-]+\\.js$/.test(n)) ?? null`);
        if (chunk) {
          const proto = await cdp.send('Runtime.evaluate', { expression: `import(${JSON.stringify(chunk)}).then((m) => m.EmulatorSession.prototype)`, awaitPromise: true, objectGroup: 'tmj-bench-proto' });
          sessionProto = proto.result.objectId ?? null;
        }
      }
      const usage = await heapAfterGc();
      // Right after the heap figure, with no page script in between: the same heap, by space.
      const spaces = memory ? pageSpaces(await memory.dump(), usage.usedSize) : null;
      const split = spaces ? codeAndTotal(spaces) : null;
      const sessions = sessionProto ? await countInstances(sessionProto) : null;
      // Each queryObjects walks the whole heap: the platform objects every 5th cycle and after the last one.
      const platform = i % 5 === 0 || i === cycles ? {} : null;
      if (platform) for (const [name, id] of Object.entries(platformProtos)) platform[name] = await countInstances(id);
      rows.push({ cycle: i, connectingPainted: c.paintedAt - c.clickAt, joined: c.joinedAt - c.clickAt, heap: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? null, sessions, platform, code: split?.code ?? null, spacesTotal: split?.total ?? null });
      if (i === snapshotAt) snapshotFirst = await takeSnapshot(cdp);
    }
    if (snapshotFirst && rows.length > snapshotAt) {
      await heapAfterGc();
      growth = { from: snapshotAt, to: rows.length, ...compareSnapshots(snapshotFirst, await takeSnapshot(cdp), 8, ctx.tags ?? defaultLabel) };
      snapshotFirst = null;
    }
    // Instances of the element's own custom elements (every tmj-* seen in a call) against those in the document.
    await cdp.send('HeapProfiler.collectGarbage');
    const elements = [];
    for (const name of await run('__tmjCycle.elementNames()')) {
      const proto = await cdp.send('Runtime.evaluate', { expression: `customElements.get(${JSON.stringify(name)})?.prototype`, objectGroup: 'tmj-bench-proto' });
      if (!proto.result.objectId) continue;
      const onHeap = await countInstances(proto.result.objectId);
      const inDocument = await run(`(() => { let n = 0; const walk = (r) => { for (const el of r.querySelectorAll('*')) { if (el.localName === ${JSON.stringify(name)}) n++; if (el.shadowRoot) walk(el.shadowRoot); } }; walk(document); return n; })()`);
      elements.push({ name, onHeap, inDocument });
    }
    const extra = ctx.probe ? await ctx.probe({ cdp, run, countInstances, platformProtos }) : undefined;
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'tmj-bench-proto' });
    await memory?.close();
    const dumped = rows.filter((r) => r.code !== null).length;
    const memoryNote = !memory ? 'no memory-infra dumps in this browser' : dumped < rows.length ? `${rows.length - dumped} of ${rows.length} memory dumps missing or not matching the page's heap` : null;
    const from10 = rows.filter((r) => r.cycle >= 10);
    const fit = (key) => (from10.length >= 3 && from10.every((r) => typeof r[key] === 'number') ? fitLine(from10.map((r) => r.cycle), from10.map((r) => r[key])) : null);
    for (const r of rows) r.withoutCode = typeof r.code === 'number' ? r.heap - r.code : null;
    return {
      status: 'ok',
      driver: 'cdp',
      cycles: rows.length,
      connectingPainted: stats(rows.map((r) => r.connectingPainted)),
      joined: stats(rows.map((r) => r.joined)),
      sessionInstancesAfter: rows.at(-1)?.sessions ?? null,
      sessionInstancesMax: rows.some((r) => typeof r.sessions === 'number') ? Math.max(...rows.map((r) => r.sessions ?? 0)) : null,
      elements,
      heapFirst: rows[0]?.heap ?? null,
      heapLast: rows.at(-1)?.heap ?? null,
      heapSlopeBytesPerCycle: fit('heap')?.slope ?? null,
      heapFit: fit('heap'),
      withoutCodeFit: fit('withoutCode'),
      codeFit: fit('code'),
      embedderFit: fit('embedder'),
      memoryNote,
      platformByCycle: rows.filter((r) => r.platform).map((r) => ({ cycle: r.cycle, ...r.platform })),
      extra,
      heapByCycle: rows.map((r) => r.heap),
      embedderByCycle: rows.map((r) => r.embedder),
      codeByCycle: rows.map((r) => r.code),
      spacesTotalByCycle: rows.map((r) => r.spacesTotal),
      growth,
    };
  } finally {
    await s.close();
  }
}
