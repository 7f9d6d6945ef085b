// `npm run bench` section "chat" (issue 14 req 3, issue 10 req 6): a 10,000-message history from ONE sender — a
// single sender group, the case a window bounded by sender groups does not bound — in the shared harness
// (./chat-history.mjs, which says how each figure is measured), plain text and Teams HTML, each in a fresh page,
// run `runs` times (median): the first panel of the page (cold: code and templates not compiled yet), then a second
// one in the same page (warm). Then, on the text history: one message appended, scrolling to the top, and the
// main-thread task time (CDP Performance.getMetrics TaskDuration) over 30 frames of 200 px scroll steps, per frame.
import { openChatBench } from './chat-history.mjs';

/**
 * @param {{ browser: () => Promise<import('playwright-core').Browser>, root: string, count: number, runs?: number,
 *           stats: (v: number[]) => any }} ctx
 */
export async function runLongChat(ctx) {
  const b = await ctx.browser();
  const runs = Math.max(1, Math.min(ctx.runs ?? 3, 5));
  const result = { status: 'ok', messages: ctx.count };
  for (const html of [false, true]) {
    const opens = [];
    const colds = [];
    for (let i = 0; i < runs; i++) {
      const bench = await openChatBench(b, ctx.root);
      try {
        // Cold: the first panel of a fresh page (templates and code not yet compiled); warm: a second one, as
        // when the visitor opens chat again or the history is replaced.
        colds.push(await bench.page.evaluate(([n, h]) => window.chatBench.open(n, h, 1), [ctx.count, html]));
        opens.push(await bench.page.evaluate(([n, h]) => window.chatBench.open(n, h, 1), [ctx.count, html]));
        if (!html && i === runs - 1) {
          const { page } = bench;
          const cdp = await bench.context.newCDPSession(page);
          await cdp.send('Performance.enable');
          const taskMs = async () => {
            const { metrics } = await cdp.send('Performance.getMetrics');
            return 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
          };
          const appends = [];
          for (let k = 0; k < 5; k++) appends.push(await page.evaluate(() => window.chatBench.append()));
          const top = await page.evaluate(() => window.chatBench.scrollTop());
          const before = await taskMs();
          await page.evaluate(() => window.chatBench.scrollSteps(30));
          Object.assign(result, {
            append: ctx.stats(appends),
            scrollToTop: Math.round(top.ms),
            renderedAfterScrollToTop: top.rendered,
            scrollTaskMsPerFrame: Math.round((((await taskMs()) - before) / 30) * 100) / 100,
          });
        }
      } finally {
        await bench.close();
      }
    }
    const last = opens.at(-1);
    result[html ? 'html' : 'text'] = {
      coldFirst: ctx.stats(colds.map((o) => o.first)),
      coldLongest: ctx.stats(colds.map((o) => o.longest)),
      first: ctx.stats(opens.map((o) => o.first)),
      complete: ctx.stats(opens.map((o) => o.complete)),
      longest: ctx.stats(opens.map((o) => o.longest)),
      longTasks: Math.max(...opens.map((o) => o.longTasks)),
      firstRendered: last.firstRendered,
      rendered: last.rendered,
      shadowNodes: last.nodes,
    };
  }
  return result;
}
