// `npm run bench` section "cycles" (issue 14 req 3, issue 10 req 3): one page on the emulator, N join/leave cycles
// through the real UI (Join now → in the call → Leave → Rejoin), each figure measured in the page or through the
// DevTools protocol:
//  - Join → connecting painted: from the click's event timestamp to the next animation frame after the frame in
//    which the joining/connecting screen is in the DOM (polled on every frame), i.e. after it was produced;
//  - Join → tmj-joined;
//  - session instances: after the last cycle and a forced GC (HeapProfiler.collectGarbage), CDP
//    Runtime.queryObjects on the prototype of the emulator session class (the emulator chunk's `EmulatorSession`
//    export) counts the instances still on the heap — 0 means no session outlived its call;
//  - heap slope: used JS heap (Runtime.getHeapUsage) after a forced GC at the end of every cycle; the least-squares
//    slope over cycles 10…N in bytes per cycle (flat ≈ 0; the first cycles warm caches and compile code);
//  - what grows: a heap snapshot (HeapProfiler.takeHeapSnapshot) after the GC of cycle 10 and of the last cycle;
//    the objects of the last one whose snapshot id is not in the first (ids are stable within a page), grouped by
//    constructor, ranked by retained size (dominator tree of the last snapshot), each with one retainer path
//    (see heap-diff.mjs). Taken after cycle 10's heap figure and before the last one's is used, so the snapshot's
//    own cost is outside the slope's end points only as far as V8 frees it at the next GC.
import { takeSnapshot, compareSnapshots } from './heap-diff.mjs';

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
 * @param {{ freshPage: (o?: object) => Promise<any>, url: string, cycles: number, deadline: number,
 *           stats: (v: number[]) => any, sleep: (ms: number) => Promise<void> }} ctx
 */
export async function runJoinCycles(ctx) {
  const { freshPage, url, cycles, stats } = ctx;
  const s = await freshPage();
  try {
    const { page } = s;
    const cdp = await s.context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
    await page.evaluate(() => {
      const W = /** @type {any} */ (window);
      W.__cycle = { clickAt: null, paintedAt: null, joinedAt: null, leftAt: null, phase: null };
      const host = document.querySelector('teams-meeting-join');
      const C = () => W.__cycle;
      document.addEventListener('click', (e) => {
        if (C().clickAt === null && e.composedPath().some((n) => /** @type {any} */ (n).getAttribute?.('part')?.includes('join-button'))) {
          C().clickAt = e.timeStamp;
          const frame = () => {
            const shown = host.shadowRoot.querySelector('[part~="joining"], [part~="connecting"], [part~="call"], [part~="lobby"]');
            if (shown) requestAnimationFrame(() => (C().paintedAt = performance.now()));
            else requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        }
      }, true);
      host.addEventListener('tmj-joined', () => (C().joinedAt = performance.now()));
      host.addEventListener('tmj-left', () => (C().leftAt = performance.now()));
    });
    const heapAfterGc = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const rows = [];
    let snapshotFirst = null;
    let growth = null;
    const snapshotAt = ctx.snapshots === false ? -1 : 10;
    const host = page.locator('teams-meeting-join');
    for (let i = 1; i <= cycles && Date.now() < ctx.deadline; i++) {
      await page.evaluate(() => Object.assign(/** @type {any} */ (window).__cycle, { clickAt: null, paintedAt: null, joinedAt: null, leftAt: null }));
      const input = host.locator('input[part~="name-input"]');
      await input.waitFor({ timeout: 10_000 });
      if (!(await input.inputValue())) await input.fill('Bench Visitor');
      await host.locator('[part~="join-button"]').click({ timeout: 5000 });
      await page.waitForFunction(() => /** @type {any} */ (window).__cycle.joinedAt !== null, null, { timeout: 20_000, polling: 20 });
      await host.locator('[part~="control-leave"]').first().click({ timeout: 5000 });
      await page.waitForFunction(() => /** @type {any} */ (window).__cycle.leftAt !== null, null, { timeout: 10_000, polling: 20 });
      const c = await page.evaluate(() => ({ .../** @type {any} */ (window).__cycle }));
      await host.locator('[part~="rejoin-button"]').click({ timeout: 5000 });
      // The bench's own record of tracks and AudioContexts (pages.mjs) would otherwise keep every cycle's.
      await page.evaluate(() => /** @type {any} */ (window).__tmjBench.release());
      const heap = await heapAfterGc();
      rows.push({ cycle: i, connectingPainted: c.paintedAt - c.clickAt, joined: c.joinedAt - c.clickAt, heap });
      if (i === snapshotAt) snapshotFirst = await takeSnapshot(cdp);
    }
    if (snapshotFirst && rows.length > snapshotAt) {
      await heapAfterGc();
      growth = { from: snapshotAt, to: rows.length, ...compareSnapshots(snapshotFirst, await takeSnapshot(cdp)) };
      snapshotFirst = null;
    }
    // Instances of the emulator session class still on the heap (the prototype comes from the loaded chunk).
    const chunk = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).find((n) => /\/chunks\/emulator-[\w-]+\.js$/.test(n)));
    let instances = null;
    if (chunk) {
      const proto = await cdp.send('Runtime.evaluate', { expression: `import(${JSON.stringify(chunk)}).then((m) => m.EmulatorSession.prototype)`, awaitPromise: true });
      await cdp.send('HeapProfiler.collectGarbage');
      const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId });
      const count = await cdp.send('Runtime.callFunctionOn', { objectId: found.objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
      instances = count.result.value;
    }
    const from10 = rows.filter((r) => r.cycle >= 10);
    return {
      status: 'ok',
      cycles: rows.length,
      connectingPainted: stats(rows.map((r) => r.connectingPainted)),
      joined: stats(rows.map((r) => r.joined)),
      sessionInstancesAfter: instances,
      heapFirst: rows[0]?.heap ?? null,
      heapLast: rows.at(-1)?.heap ?? null,
      heapSlopeBytesPerCycle: from10.length >= 2 ? Math.round(slope(from10.map((r) => r.cycle), from10.map((r) => r.heap))) : null,
      heapByCycle: rows.map((r) => r.heap),
      growth,
    };
  } finally {
    await s.close();
  }
}
