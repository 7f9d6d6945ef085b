// Heap snapshots through the DevTools protocol, and the "comparison" a person would do in DevTools' Memory panel:
// which objects exist in the later snapshot that did not exist in the earlier one (V8's snapshot node ids are
// stable for the life of a page), grouped by constructor, with their shallow size and the retained size of the
// new objects (dominator tree of the later snapshot), plus one retainer path per top constructor to a GC root.
// Used by the "cycles" section of `npm run bench` (issue 10 req 3) to name what grows between cycle 10 and cycle N.

/**
 * Takes a heap snapshot (after the caller forced GC) and returns it parsed.
 * @param {any} cdp a Playwright CDPSession
 */
export async function takeSnapshot(cdp) {
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const text = chunks.join('');
  // For a closer look in DevTools (Memory → Load): TMJ_BENCH_HEAP_DIR=/some/dir keeps each snapshot there.
  if (process.env.TMJ_BENCH_HEAP_DIR) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${process.env.TMJ_BENCH_HEAP_DIR}/cycles-${Date.now()}.heapsnapshot`, text);
  }
  return parseSnapshot(JSON.parse(text));
}

/** The flat arrays of a .heapsnapshot, indexed for walking. */
export function parseSnapshot(raw) {
  const meta = raw.snapshot.meta;
  const nf = meta.node_fields;
  const ef = meta.edge_fields;
  const N = nf.length;
  const E = ef.length;
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const { nodes, edges, strings } = raw;
  const count = nodes.length / N;
  const iType = nf.indexOf('type');
  const iName = nf.indexOf('name');
  const iId = nf.indexOf('id');
  const iSize = nf.indexOf('self_size');
  const iEdges = nf.indexOf('edge_count');
  const iDetached = nf.indexOf('detachedness');
  const eType = ef.indexOf('type');
  const eName = ef.indexOf('name_or_index');
  const eTo = ef.indexOf('to_node');
  /** First edge (index into edges / E) of each node. */
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    firstEdge[i] = e;
    e += nodes[i * N + iEdges];
    firstEdge[i + 1] = e;
  }
  const type = (i) => nodeTypes[nodes[i * N + iType]];
  const name = (i) => strings[nodes[i * N + iName]];
  return {
    count,
    type,
    name,
    id: (i) => nodes[i * N + iId],
    selfSize: (i) => nodes[i * N + iSize],
    detached: (i) => (iDetached >= 0 ? nodes[i * N + iDetached] === 2 : false),
    /** What DevTools shows as the constructor column. */
    className(i) {
      const t = type(i);
      if (t === 'object' || t === 'native') return name(i).split(' ')[0] || `(${t})`;
      if (t === 'closure') return '(closure)';
      if (t === 'string' || t === 'concatenated string' || t === 'sliced string') return '(string)';
      return `(${t})`;
    },
    /** @returns {Iterable<{ type: string, name: string, to: number }>} */
    *edgesOf(i) {
      for (let e = firstEdge[i]; e < firstEdge[i + 1]; e++) {
        const t = edgeTypes[edges[e * E + eType]];
        const n = edges[e * E + eName];
        yield { type: t, name: t === 'element' || t === 'hidden' ? String(n) : strings[n], to: edges[e * E + eTo] / N };
      }
    },
    firstEdge,
  };
}

/** A script URL as a short label: its file name; evaluations (no URL) and unattributed code named as such. */
export function defaultLabel(url) {
  if (url === null) return '(code not attributed to a script)';
  if (url === '') return '(scripts without a URL: DevTools-protocol / harness evaluations)';
  return url.replace(/[?#].*$/, '').replace(/^.*\//, '') || url;
}

/** Cooper–Harvey–Kennedy iterative dominators over the strong edges from node 0 (the synthetic root). */
function retainedSizes(s) {
  const n = s.count;
  const preds = Array.from({ length: n }, () => /** @type {number[]} */ ([]));
  const order = new Int32Array(n).fill(-1);
  const post = [];
  // Iterative DFS for post-order.
  const stack = [0];
  const iter = [s.edgesOf(0)];
  order[0] = -2;
  while (stack.length) {
    const next = iter[iter.length - 1].next();
    if (next.done) {
      post.push(stack.pop());
      iter.pop();
      continue;
    }
    const { type, to } = next.value;
    if (type === 'weak' || type === 'shortcut') continue;
    preds[to].push(stack[stack.length - 1]);
    if (order[to] === -1) {
      order[to] = -2;
      stack.push(to);
      iter.push(s.edgesOf(to));
    }
  }
  const rpo = new Int32Array(n).fill(-1);
  post.forEach((v, k) => (rpo[v] = k));
  const idom = new Int32Array(n).fill(-1);
  idom[0] = 0;
  const intersect = (a, b) => {
    while (a !== b) {
      while (rpo[a] < rpo[b]) a = idom[a];
      while (rpo[b] < rpo[a]) b = idom[b];
    }
    return a;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = post.length - 1; k >= 0; k--) {
      const v = post[k];
      if (v === 0) continue;
      let d = -1;
      for (const p of preds[v]) if (idom[p] !== -1) d = d === -1 ? p : intersect(p, d);
      if (d !== -1 && idom[v] !== d) {
        idom[v] = d;
        changed = true;
      }
    }
  }
  const retained = new Float64Array(n);
  for (let i = 0; i < n; i++) retained[i] = s.selfSize(i);
  for (const v of post) if (v !== 0 && idom[v] >= 0 && idom[v] !== v) retained[idom[v]] += retained[v];
  return { retained, idom };
}

/** One retainer path from node `i` to a GC root (breadth-first over reverse strong edges), as text. */
function retainerPath(s, reverse, i, maxDepth = 14) {
  const prev = new Map([[i, null]]);
  const queue = [i];
  let root = -1;
  while (queue.length && root < 0) {
    const v = queue.shift();
    for (const [p, edge] of reverse.get(v) ?? []) {
      if (prev.has(p)) continue;
      prev.set(p, [v, edge]);
      const t = s.type(p);
      if (p === 0 || t === 'synthetic' || /^\(Global handles|Window /.test(s.name(p))) {
        root = p;
        break;
      }
      queue.push(p);
    }
  }
  if (root < 0) return '(no strong path found)';
  const steps = [];
  for (let v = root; v !== i && steps.length < maxDepth; ) {
    const [child, edge] = prev.get(v);
    steps.push(`${s.className(v)}.${edge}`);
    v = child;
  }
  steps.push(s.className(i));
  return steps.join(' → ');
}

/** Reverse strong edges of a snapshot: node → [[retainer, edge name], …]. */
function reverseEdges(s, { weak = false } = {}) {
  const reverse = new Map();
  for (let i = 0; i < s.count; i++) {
    for (const edge of s.edgesOf(i)) {
      if (!weak && (edge.type === 'weak' || edge.type === 'shortcut')) continue;
      let list = reverse.get(edge.to);
      if (!list) reverse.set(edge.to, (list = []));
      list.push([i, `${edge.type === 'element' ? `[${edge.name}]` : edge.name}`]);
    }
  }
  return reverse;
}

/**
 * Which script a V8 code object belongs to: up from the node (bytecode, machine code, feedback, IC handlers…)
 * through code-like retainers to the nearest SharedFunctionInfo or closure, then its `script` edge, whose node
 * V8 names `system / Script / <url>`. Scripts without a URL are evaluations (DevTools protocol, Playwright's
 * injected and utility scripts, `new Function`/eval). Returns the URL, '' for no URL, or null when unknown.
 */
function codeOwner(s) {
  const reverse = reverseEdges(s, { weak: true });
  const scriptOf = (sfi) => {
    for (const e of s.edgesOf(sfi)) {
      if (e.name !== 'script' && e.name !== 'script_or_debug_info') continue;
      const n = s.name(e.to);
      if (n.startsWith('system / Script')) return n.slice('system / Script'.length).replace(/^ \/ /, '');
    }
    return null;
  };
  const memo = new Map();
  return (i) => {
    if (memo.has(i)) return memo.get(i);
    const seen = new Set([i]);
    let frontier = [i];
    let found = null;
    for (let depth = 0; depth < 6 && frontier.length && found === null; depth++) {
      const next = [];
      for (const v of frontier) {
        const n = s.name(v);
        if (n.startsWith('system / Script')) found = n.slice('system / Script'.length).replace(/^ \/ /, '');
        else if (n.startsWith('system / SharedFunctionInfo')) found = scriptOf(v);
        else if (s.type(v) === 'closure') for (const e of s.edgesOf(v)) if (e.name === 'shared') found = scriptOf(e.to);
        if (found !== null) break;
        if (memo.has(v) && memo.get(v) !== null) {
          found = memo.get(v);
          break;
        }
        for (const [p] of reverse.get(v) ?? []) {
          const t = s.type(p);
          if (seen.has(p) || (t !== 'code' && t !== 'closure' && t !== 'hidden' && t !== 'array')) continue;
          seen.add(p);
          next.push(p);
        }
      }
      frontier = next;
    }
    memo.set(i, found);
    return found;
  };
}

/**
 * Objects of `later` whose id is not in `earlier`, by constructor: count, shallow bytes, retained bytes, and
 * the net change (new minus deleted shallow bytes); rows ranked by that net change.
 * @returns {{ rows: { className: string, count: number, self: number, retained: number, path: string }[],
 *            newCount: number, newSelf: number, detachedDom: number, netV8: number, netV8Code: number }}
 */
export function compareSnapshots(earlier, later, top = 8, label = defaultLabel) {
  const before = new Set();
  for (let i = 0; i < earlier.count; i++) before.add(earlier.id(i));
  const { retained, idom } = retainedSizes(later);
  const isNew = new Uint8Array(later.count);
  for (let i = 0; i < later.count; i++) if (!before.has(later.id(i)) && idom[i] !== -1) isNew[i] = 1;
  /** @type {Map<string, { className: string, count: number, self: number, retained: number, sample: number, sampleRetained: number }>} */
  const groups = new Map();
  let newCount = 0;
  let newSelf = 0;
  let detachedDom = 0;
  // Net shallow change of the V8 heap (what Runtime.getHeapUsage counts: not Blink's "native" objects), and of
  // it everything but compiled code ("(code)": bytecode, optimized machine code, feedback — V8 tiering up hot
  // functions over time, owned by the functions, not retained by any object of ours).
  let netV8 = 0;
  let netV8Code = 0;
  let netNative = 0;
  const v8Delta = (snap, i, sign) => {
    if (snap.type(i) === 'native') return void (netNative += sign * snap.selfSize(i));
    const size = sign * snap.selfSize(i);
    netV8 += size;
    if (snap.className(i) === '(code)') netV8Code += size;
  };
  for (let i = 0; i < later.count; i++) {
    if (!isNew[i]) continue;
    v8Delta(later, i, 1);
    newCount++;
    newSelf += later.selfSize(i);
    if (later.detached(i)) detachedDom++;
    const c = later.className(i);
    let g = groups.get(c);
    if (!g) groups.set(c, (g = { className: c, count: 0, self: 0, retained: 0, sample: i, sampleRetained: -1 }));
    g.count++;
    g.self += later.selfSize(i);
    // Retained size of the new objects not dominated by another new object (no double counting).
    if (!isNew[idom[i]]) g.retained += retained[i];
    if (retained[i] > g.sampleRetained) {
      g.sample = i;
      g.sampleRetained = retained[i];
    }
  }
  // Deleted objects (in the earlier snapshot, gone from the later one), so each row also has a net delta as in
  // DevTools' comparison view: code that V8 flushes and recompiles shows as new and deleted alike.
  const after = new Set();
  for (let i = 0; i < later.count; i++) after.add(later.id(i));
  for (let i = 0; i < earlier.count; i++) {
    if (after.has(earlier.id(i))) continue;
    v8Delta(earlier, i, -1);
    const c = earlier.className(i);
    let g = groups.get(c);
    if (!g) groups.set(c, (g = { className: c, count: 0, self: 0, retained: 0, sample: -1, sampleRetained: -1, deleted: 0, deletedSelf: 0 }));
    g.deleted = (g.deleted ?? 0) + 1;
    g.deletedSelf = (g.deletedSelf ?? 0) + earlier.selfSize(i);
  }
  // Net V8 code by the script it belongs to (new minus deleted code objects, each attributed to its script).
  /** @type {Map<string, number>} */
  const codeByScript = new Map();
  const ownerLater = codeOwner(later);
  const ownerEarlier = codeOwner(earlier);
  const addCode = (owner, snap, i, sign) => {
    const key = label(owner(i));
    codeByScript.set(key, (codeByScript.get(key) ?? 0) + sign * snap.selfSize(i));
  };
  for (let i = 0; i < later.count; i++) if (isNew[i] && later.className(i) === '(code)') addCode(ownerLater, later, i, 1);
  for (let i = 0; i < earlier.count; i++) if (!after.has(earlier.id(i)) && earlier.className(i) === '(code)') addCode(ownerEarlier, earlier, i, -1);
  const rows = [...groups.values()]
    .map((g) => ({ ...g, deleted: g.deleted ?? 0, deletedSelf: g.deletedSelf ?? 0, delta: g.self - (g.deletedSelf ?? 0) }))
    .sort((a, b) => b.delta - a.delta)
    .slice(0, top);
  const reverse = reverseEdges(later);
  return {
    codeByScript: [...codeByScript].map(([script, bytes]) => ({ script, bytes })).sort((a, b) => b.bytes - a.bytes),
    newCount,
    newSelf,
    detachedDom,
    netV8,
    netV8Code,
    netNative,
    rows: rows.map((g) => ({
      className: g.className,
      count: g.count,
      self: g.self,
      deleted: g.deleted,
      delta: g.delta,
      countDelta: g.count - g.deleted,
      retained: g.retained,
      path: g.sample >= 0 ? retainerPath(later, reverse, g.sample) : '(only deleted)',
    })),
  };
}
