// Reads the script-tag build (cdn/) as a module graph, starting from the pasted file, by scanning the built
// files' own `import`/`export … from` and `import()` statements. Nothing is guessed from file names alone:
// what a chunk *is* comes from strings the SDKs and our own modules leave in their output.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync, constants as zlib } from 'node:zlib';

export const GZIP_LEVEL = 9;

/** Development-only entries of the script-tag build (see rollup.config.mjs). */
export const DEV_ENTRIES = ['dev/emulator.js'];

/**
 * Strings that survive minification and identify what a chunk contains. (Our own element names are no good:
 * the host element mentions `tmj-call-view` too; our chunks are recognised by rollup's names below.)
 */
const MARKERS = {
  'calling-sdk': ['azsdk-js-communication-calling'],
  'chat-sdk': ['azsdk-js-communication-chat'],
  'emulator-session': ['/emulator/ws'],
};

// `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`, `export{a}from"./x.js"` (minified or not).
const STATIC_RE = /(?:^|[^\w$.])(?:import|export)\s*(?:[^'"`();=]*?\bfrom\s*)?["'](\.{1,2}\/[^"'\n]+)["']/g;
const DYNAMIC_RE = /(?:^|[^\w$.])import\s*\(\s*["'](\.{1,2}\/[^"'\n]+)["']\s*\)/g;

export function gzipSize(buffer) {
  return gzipSync(buffer, { level: GZIP_LEVEL, params: { [zlib.Z_PARAM_STRATEGY]: zlib.Z_DEFAULT_STRATEGY } }).length;
}

/**
 * @param {string} cdnDir absolute path of cdn/
 * @param {string} entryName the pasted file, relative to cdnDir
 * @param {{devEntries?: boolean}} [options] devEntries: also read the development-only entries (default true)
 */
export function readGraph(cdnDir, entryName = 'teams-meeting-join.js', { devEntries = true } = {}) {
  const entry = entryName;
  /** @type {Map<string, {file: string, raw: number, gzip: number, staticImports: string[], dynamicImports: string[], tags: Set<string>}>} */
  const files = new Map();
  // The development-only emulator entry (cdn/dev/emulator.js) is a second root: the emulator session is
  // reachable only from it, never from the pasted script.
  const queue = [entry, ...(devEntries ? DEV_ENTRIES : []).filter((f) => f !== entry && existsSync(join(cdnDir, f)))];
  const missing = [];
  while (queue.length) {
    const rel = /** @type {string} */ (queue.shift());
    if (files.has(rel)) continue;
    const abs = join(cdnDir, rel);
    if (!existsSync(abs)) {
      missing.push(rel);
      continue;
    }
    const buffer = readFileSync(abs);
    const code = buffer.toString('utf8');
    const resolveSpec = (spec) => posix.normalize(posix.join(posix.dirname(rel), spec));
    const keep = (spec) => existsSync(join(cdnDir, resolveSpec(spec)));
    const staticImports = [...new Set([...code.matchAll(STATIC_RE)].map((m) => m[1]).filter(keep).map(resolveSpec))];
    const dynamicImports = [...new Set([...code.matchAll(DYNAMIC_RE)].map((m) => m[1]).filter(keep).map(resolveSpec))];
    const tags = new Set();
    for (const [tag, needles] of Object.entries(MARKERS)) if (needles.some((n) => code.includes(n))) tags.add(tag);
    const base = posix.basename(rel);
    // Rollup names a dynamic-import chunk after its module (`acs/index.js` → `acs-<hash>.js`).
    if (/^acs-[\w-]+\.js$/.test(base)) tags.add('acs-session');
    if (/^emulator-[\w-]+\.js$/.test(base)) tags.add('emulator-session');
    // The in-call view is imported statically by the join driver, so it may share the driver's chunk.
    if (/^(?:call-view|meeting-join\.call)-[\w-]+\.js$/.test(base)) tags.add('call-view');
    files.set(rel, { file: rel, raw: buffer.length, gzip: gzipSize(buffer), staticImports, dynamicImports, tags });
    queue.push(...staticImports, ...dynamicImports);
  }

  const staticClosure = (roots) => {
    const seen = new Set();
    const stack = [...roots];
    while (stack.length) {
      const f = /** @type {string} */ (stack.pop());
      if (seen.has(f) || !files.has(f)) continue;
      seen.add(f);
      stack.push(...(files.get(f)?.staticImports ?? []));
    }
    return seen;
  };
  const pasted = staticClosure([entry]);
  const totals = (set) => {
    let raw = 0;
    let gzip = 0;
    for (const f of set) {
      raw += files.get(f)?.raw ?? 0;
      gzip += files.get(f)?.gzip ?? 0;
    }
    return { raw, gzip, files: [...set].sort() };
  };
  /** What loading `roots` adds on top of the pasted script: their static closure minus what is already there. */
  const lazyGroup = (roots) => {
    const set = staticClosure(roots);
    for (const f of pasted) set.delete(f);
    return totals(set);
  };
  const tagged = (tag) => [...files.values()].filter((f) => f.tags.has(tag)).map((f) => f.file);

  const groups = {};
  groups.pasted = { label: 'pasted script (pre-join: entry + static imports)', ...totals(pasted) };
  const roles = [
    ['inCall', 'in-call view (lazy, incl. its static imports)', 'call-view'],
    ['emulatorSession', 'emulator session (lazy)', 'emulator-session'],
    ['acsSession', 'ACS session (lazy)', 'acs-session'],
    ['callingSdk', 'calling SDK chunk(s)', 'calling-sdk'],
    ['chatSdk', 'chat SDK chunk(s)', 'chat-sdk'],
  ];
  for (const [key, label, tag] of roles) {
    const roots = tagged(tag).filter((f) => !pasted.has(f));
    const inPasted = tagged(tag).filter((f) => pasted.has(f));
    if (key === 'callingSdk' || key === 'chatSdk') {
      // The SDK itself: just the chunks that contain it (they may also hold our session code).
      groups[key] = roots.length || inPasted.length
        ? { label, ...totals(new Set([...roots, ...inPasted])), inPasted: inPasted.length > 0 }
        : { label, missing: `no chunk contains ${MARKERS[tag][0]}` };
    } else {
      groups[key] = roots.length
        ? { label, ...lazyGroup(roots), inPasted: inPasted.length > 0 }
        : { label, missing: inPasted.length ? 'inside the pasted script' : `no ${tag} chunk found` };
    }
  }
  const everything = new Set(files.keys());
  const lazyAll = new Set([...everything].filter((f) => !pasted.has(f)));
  groups.allLazy = { label: 'all lazy chunks together', ...totals(lazyAll) };

  const onDisk = existsSync(join(cdnDir, 'chunks')) ? readdirSync(join(cdnDir, 'chunks')).filter((f) => f.endsWith('.js')) : [];
  const unreachable = onDisk.map((f) => `chunks/${f}`).filter((f) => !files.has(f));
  return { entry, files, pasted, groups, missing, unreachable, staticClosure, lazyGroup };
}
