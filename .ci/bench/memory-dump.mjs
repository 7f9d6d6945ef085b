// V8's heap by space, per measurement, from Chromium's own memory instrumentation ("memory-infra", what
// chrome://tracing shows for a memory dump): the DevTools protocol's Runtime.getHeapUsage gives one total, but
// the cycles section (issue 10 req 3) also needs the heap *without* compiled code. Each `dump()` traces only the
// `disabled-by-default-memory-infra` category, requests one light dump of every process and stops (one trace
// per dump: a trace kept open across cycles fills its buffer and silently drops the later dumps).

/** Spaces holding V8's compiled code and its trusted metadata (bytecode arrays, Code objects, relocation info). */
export const CODE_SPACES = ['code_space', 'code_large_object_space', 'trusted_space', 'trusted_large_object_space'];

/**
 * @param {any} browser a Playwright Chromium Browser
 * @returns {Promise<null | { dump(): Promise<Map<number, Record<string, number>> | null>, close(): Promise<void> }>}
 *   null when the browser cannot trace (the section then prints the figure as not measured)
 */
export async function memoryDumper(browser) {
  let cdp;
  try {
    cdp = await browser.newBrowserCDPSession();
  } catch {
    return null;
  }
  /** One light dump now (the caller has just forced GC): process id → V8 space → allocated object bytes. */
  const dump = async () => {
    const events = [];
    const collect = (e) => events.push(...e.value);
    cdp.on('Tracing.dataCollected', collect);
    try {
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: { includedCategories: ['disabled-by-default-memory-infra'], excludedCategories: ['*'], memoryDumpConfig: { triggers: [] } },
      });
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      let ok = false;
      try {
        ok = (await cdp.send('Tracing.requestMemoryDump', { deterministic: false, levelOfDetail: 'light' })).success;
      } finally {
        await cdp.send('Tracing.end');
        await Promise.race([complete, new Promise((r) => setTimeout(r, 10_000))]);
      }
      if (!ok) return null;
    } catch {
      return null;
    } finally {
      cdp.off('Tracing.dataCollected', collect);
    }
    /** @type {Map<number, Record<string, number>>} */
    const byPid = new Map();
    for (const e of events) {
      if (e.ph !== 'v' || !e.args?.dumps?.allocators) continue;
      const spaces = {};
      for (const [name, d] of Object.entries(e.args.dumps.allocators)) {
        const m = /^v8\/main\/heap\/([a-z_]+)$/.exec(name);
        const size = d?.attrs?.allocated_objects_size?.value;
        if (m && typeof size === 'string') spaces[m[1]] = parseInt(size, 16);
      }
      if (Object.keys(spaces).length) byPid.set(e.pid, spaces);
    }
    return byPid;
  };
  // A first dump tells whether this browser can dump at all.
  if (!(await dump())?.size) {
    await cdp.detach().catch(() => undefined);
    return null;
  }
  return { dump, close: () => cdp.detach().catch(() => undefined) };
}

/** Total and code bytes of a space map. */
export function codeAndTotal(spaces) {
  let total = 0;
  let code = 0;
  for (const [name, bytes] of Object.entries(spaces)) {
    total += bytes;
    if (CODE_SPACES.includes(name)) code += bytes;
  }
  return { total, code };
}

/**
 * The page's own renderer among the processes of a dump: the one whose V8 heap total is closest to the page's
 * Runtime.getHeapUsage taken just before (other renderers — a spare one, another section's — hold far less).
 * Returns its spaces, or null when no process is within 2 % of it.
 */
export function pageSpaces(byPid, usedSize) {
  let best = null;
  let bestDiff = Infinity;
  for (const spaces of byPid?.values() ?? []) {
    const d = Math.abs(codeAndTotal(spaces).total - usedSize);
    if (d < bestDiff) [bestDiff, best] = [d, spaces];
  }
  return best && bestDiff <= 0.02 * usedSize ? best : null;
}
