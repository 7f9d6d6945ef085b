// `npm run bench` section "chat" (issue 14 req 3, issue 10 req 6): <tmj-chat-panel> (bundled from src with esbuild,
// the same component the in-call chunk ships) with a 10,000-message history from ONE sender — a single sender group,
// the case a window bounded by sender groups does not bound — in a 360 × 600 px panel, in Chromium. Each figure is
// measured in the page:
//  - open: from appending the open panel with the whole history to the next animation frame after its first update
//    (the frame that shows it has been produced), plus the DOM nodes in its shadow root;
//  - append: one more message from the same sender, set as a new chat state → the next frame after the update;
//  - scroll: from scrollTop = 0 on the message log (to the oldest rendered message) to the second frame after it
//    (scroll handlers and any windowing re-render included), and main-thread task time (CDP Performance.getMetrics
//    TaskDuration) spent over 30 frames of 200 px scroll steps, per frame.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ENTRY = (panelPath) => `import { TmjChatPanel } from ${JSON.stringify(panelPath)};
customElements.define('tmj-chat-panel', TmjChatPanel);
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const message = (i) => ({
  id: 'm' + i, senderId: 'teams-user', senderDisplayName: 'Grace Hopper', isOwn: false, format: 'text',
  content: 'Message number ' + i + ': a line of the kind people write in a meeting chat.', createdOn: new Date(1767268800000 + i * 1000),
  status: 'received',
});
window.chatBench = {
  async open(count) {
    const messages = Array.from({ length: count }, (_, i) => message(i));
    const el = document.createElement('tmj-chat-panel');
    el.style.cssText = 'display:block;height:600px;width:360px';
    el.open = true;
    el.chat = { available: true, messages, typing: [], maxLength: 28000 };
    const t0 = performance.now();
    document.body.append(el);
    await el.updateComplete;
    await frame();
    await frame();
    const open = performance.now() - t0;
    window.chatBench.el = el;
    return { open, nodes: el.shadowRoot.querySelectorAll('*').length, rendered: el.shadowRoot.querySelectorAll('[data-message-id]').length };
  },
  async append() {
    const el = window.chatBench.el;
    const t0 = performance.now();
    el.chat = { ...el.chat, messages: [...el.chat.messages, message(el.chat.messages.length)] };
    await el.updateComplete;
    await frame();
    await frame();
    return performance.now() - t0;
  },
  log() {
    const el = window.chatBench.el;
    return el.shadowRoot.querySelector('[part~="messages"]');
  },
  async scrollTop() {
    const log = window.chatBench.log();
    const t0 = performance.now();
    log.scrollTop = 0;
    await frame();
    await frame();
    return { ms: performance.now() - t0, rendered: window.chatBench.el.shadowRoot.querySelectorAll('[data-message-id]').length };
  },
  async scrollSteps(n) {
    const log = window.chatBench.log();
    for (let i = 0; i < n; i++) {
      log.scrollTop += 200;
      await frame();
    }
  },
};
`;

/**
 * @param {{ browser: () => Promise<import('playwright-core').Browser>, root: string, count: number, stats: (v: number[]) => any }} ctx
 */
export async function runLongChat(ctx) {
  const dir = mkdtempSync(join(tmpdir(), 'tmj-bench-chat-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, ENTRY(join(ctx.root, 'src/components/chat-panel/chat-panel.component.ts')));
    await build({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', outfile: join(dir, 'bundle.js'), logLevel: 'error', define: { __TMJ_DEV__: 'false' } });
    const b = await ctx.browser();
    const context = await b.newContext({ viewport: { width: 800, height: 800 } });
    try {
      const page = await context.newPage();
      await page.setContent(`<!doctype html><meta charset="utf-8"><body><script>${readFileSync(join(dir, 'bundle.js'), 'utf8')}</script></body>`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const taskMs = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
      };
      const opened = await page.evaluate((n) => window.chatBench.open(n), ctx.count);
      const appends = [];
      for (let i = 0; i < 5; i++) appends.push(await page.evaluate(() => window.chatBench.append()));
      const top = await page.evaluate(() => window.chatBench.scrollTop());
      const before = await taskMs();
      await page.evaluate(() => window.chatBench.scrollSteps(30));
      const perFrame = ((await taskMs()) - before) / 30;
      return {
        status: 'ok',
        messages: ctx.count,
        open: Math.round(opened.open),
        shadowNodes: opened.nodes,
        renderedMessages: opened.rendered,
        append: ctx.stats(appends),
        scrollToTop: Math.round(top.ms),
        renderedAfterScrollToTop: top.rendered,
        scrollTaskMsPerFrame: Math.round(perFrame * 100) / 100,
      };
    } finally {
      await context.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
