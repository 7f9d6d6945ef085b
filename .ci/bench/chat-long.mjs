// `npm run bench` section "chat" (issue 14 req 3, issue 10 req 6): a 10,000-message history from ONE sender — a
// single sender group, the case a window bounded by sender groups does not bound — in the shared harness
// (./chat-history.mjs, which says how each figure is measured), plain text and Teams HTML, each in a fresh page,
// run `runs` times (median): the first panel of the page (cold: the code loaded and the page went idle once, but
// no panel rendered yet), then a second one in the same page (warm). On the text history of each page also: one
// message appended, scrolling to the top (which loads the next 200 older messages in steps); on the last page
// the main-thread task time (CDP Performance.getMetrics TaskDuration) over 30 frames of 200 px scroll steps, per
// frame. And `coldRuns` pages whose first panel opens right after the code loaded, before the page was ever idle
// (the first-use costs the idle warm-up moves out of the open: Intl time format, style sheets).
import { openChatBench } from './chat-history.mjs';

/**
 * @param {{ browser: () => Promise<import('playwright-core').Browser>, root: string, count: number, runs?: number,
 *           stats: (v: number[]) => any }} ctx
 */
export async function runLongChat(ctx) {
  const b = await ctx.browser();
  const runs = Math.max(1, Math.min(ctx.runs ?? 3, 11));
  const coldRuns = Math.min(runs, 3);
  const result = { status: 'ok', messages: ctx.count, runs, coldRuns };
  const appends = [];
  const tops = [];
  for (const html of [false, true]) {
    const opens = [];
    const colds = [];
    const notIdle = [];
    for (let i = 0; i < runs + coldRuns; i++) {
      const idle = i < runs;
      const bench = await openChatBench(b, ctx.root, { idle });
      try {
        const cold = await bench.page.evaluate(([n, h]) => window.chatBench.open(n, h, 1), [ctx.count, html]);
        if (!idle) {
          notIdle.push(cold);
          continue;
        }
        colds.push(cold);
        opens.push(await bench.page.evaluate(([n, h]) => window.chatBench.open(n, h, 1), [ctx.count, html]));
        if (html) continue;
        const { page } = bench;
        for (let k = 0; k < 3; k++) appends.push(await page.evaluate(() => window.chatBench.append()));
        tops.push(await page.evaluate(() => window.chatBench.scrollTop()));
        if (i === runs - 1) {
          const cdp = await bench.context.newCDPSession(page);
          await cdp.send('Performance.enable');
          const taskMs = async () => {
            const { metrics } = await cdp.send('Performance.getMetrics');
            return 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
          };
          const before = await taskMs();
          await page.evaluate(() => window.chatBench.scrollSteps(30));
          result.scrollTaskMsPerFrame = Math.round((((await taskMs()) - before) / 30) * 100) / 100;
        }
      } finally {
        await bench.close();
      }
    }
    const figures = (list) => ({
      first: ctx.stats(list.map((o) => o.first)),
      complete: ctx.stats(list.map((o) => o.complete)),
      longest: ctx.stats(list.map((o) => o.longest)),
      longTasks: ctx.stats(list.map((o) => o.longTasks)),
      longTasksMax: Math.max(...list.map((o) => o.longTasks)),
      firstRendered: list.at(-1).firstRendered,
      firstTimes: Math.min(...list.map((o) => o.firstTimes)),
      rendered: list.at(-1).rendered,
      shadowNodes: list.at(-1).nodes,
    });
    result[html ? 'html' : 'text'] = { cold: figures(colds), warm: figures(opens), notIdle: figures(notIdle) };
  }
  result.append = {
    ms: ctx.stats(appends.map((a) => a.ms)),
    longest: ctx.stats(appends.map((a) => a.longest)),
    longTasksMax: Math.max(...appends.map((a) => a.longTasks)),
    n: appends.length,
  };
  result.scrollToTop = {
    first: ctx.stats(tops.map((t) => t.first)),
    firstRendered: Math.max(...tops.map((t) => t.firstRendered)),
    complete: ctx.stats(tops.map((t) => t.complete)),
    rendered: tops.at(-1).rendered,
    longest: ctx.stats(tops.map((t) => t.longest)),
    longTasks: ctx.stats(tops.map((t) => t.longTasks)),
    longTasksMax: Math.max(...tops.map((t) => t.longTasks)),
  };
  return result;
}

/**
 * The section's report lines (each figure says how it is measured).
 * @param {any} H the result of runLongChat
 * @param {{ line: (s: string) => void, ms: (x: number) => string, msStats: (s: any) => string }} f
 */
export function printLongChat(H, { line, ms, msStats }) {
  const count = (s) => (s ? `${s.median} [${s.min}–${s.max}]` : '—');
  line(`   ${H.runs} fresh pages per format (median [min–max]); the page loaded the panel's code and went idle once before the first panel, as in the widget (in-call chunk at join, history later)`);
  line(`   open = append the open panel holding the whole history (built in an earlier task) → a task posted from the next frame's rAF (the frame showing it was produced); target ≤ 50 ms`);
  line(`   whole window = until updateComplete (its idle drawing steps) + a frame; long tasks = PerformanceObserver 'longtask' (> 50 ms) from the append until 50 ms after the whole window; target: none`);
  for (const [label, F] of [['text', H.text], ['Teams HTML', H.html]]) {
    if (!F) continue;
    for (const [name, G] of [['first panel (cold)', F.cold], ['second panel (warm)', F.warm], [`first panel, page never idle (${H.coldRuns} pages)`, F.notIdle]]) {
      line(`   ${label}, ${name}: open ${msStats(G.first)} (${G.firstRendered} messages drawn${G.firstTimes ? '' : ', times not yet'}), whole window ${msStats(G.complete)} (${G.rendered} messages, ${G.shadowNodes} shadow nodes)`);
      line(`       longest task ${msStats(G.longest)}; tasks over 50 ms per open ${count(G.longTasks)}, at most ${G.longTasksMax}`);
    }
  }
  const A = H.append;
  if (A) line(`   append one message (new chat state → the frame after the update), ${A.n} appends: ${msStats(A.ms)}; longest task ${msStats(A.longest)}, at most ${A.longTasksMax} over 50 ms`);
  const T = H.scrollToTop;
  if (T) {
    line(`   scroll to the top (scrollTop = 0 → the frame after the first older messages appear) ${msStats(T.first)}, ${T.firstRendered} drawn at once; all ${T.rendered} drawn ${msStats(T.complete)}`);
    line(`       longest task ${msStats(T.longest)}; tasks over 50 ms ${count(T.longTasks)}, at most ${T.longTasksMax}  (from the scroll until 50 ms after all are drawn)`);
  }
  line(`   scrolling in 200 px steps: ${H.scrollTaskMsPerFrame} ms main-thread task time per frame (CDP Performance.getMetrics TaskDuration over 30 frames)`);
}
