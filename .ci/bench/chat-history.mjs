// The one long-chat harness (issue 10 req 6, issue 14 req 3), shared by `npm run bench` (section "chat",
// ./chat-long.mjs) and `node test/components/chat-panel/chat-history.bench.mjs`: <tmj-chat-panel> bundled from src
// with esbuild (the component the in-call chunk ships), a 360 × 600 px panel, a history of N messages from S
// senders (plain text or Teams HTML with bold and a link), in a Chromium page that loaded the bundle and went idle
// once (as the widget: the in-call chunk loads at join, the history arrives later). Measured in the page:
//  - first render: from appending the open panel with the whole history (built in an earlier task) to a task
//    posted from the first animation frame's callback, i.e. after the frame that shows it was produced; with the
//    messages (and group times) drawn by then, and whether that frame showed the newest message inside the log
//    (`firstAtBottom`: the list at its end, as the visitor should see it);
//  - whole window drawn: until the panel's updateComplete (which waits for its idle drawing steps) and the frame
//    after it;
//  - longest task and number of long tasks (PerformanceObserver 'longtask', > 50 ms) from the append until 50 ms
//    after the whole window was drawn;
//  - user-timing marks `<mark>`, `<mark>-first`, `<mark>-complete` at those three points, for a trace reader (the
//    bench's main-thread CPU time of the open, ./chat-long.mjs);
//  - append one message (set as a new chat state → the frame after the update), with its long tasks;
//  - scroll to the top (scrollTop = 0 loads earlier messages): the frame after the first older ones appear, all
//    of them drawn, long tasks from the scroll until 50 ms after; then scroll steps.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ENTRY = (panelPath) => `import { TmjChatPanel } from ${JSON.stringify(panelPath)};
customElements.define('tmj-chat-panel', TmjChatPanel);
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const afterFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const message = (i, html, senders) => ({
  id: 'm' + i, senderId: 's' + (i % senders), senderDisplayName: 'Sender ' + (i % senders), isOwn: senders > 1 && i % senders === 0,
  format: html ? 'html' : 'text',
  content: html ? '<p>Message <b>' + i + '</b> with a <a href="https://example.com">link</a></p>' : 'Message number ' + i + ': a line of the kind people write in a meeting chat.',
  createdOn: new Date(1767268800000 + i * 1000), status: senders > 1 && i % senders === 0 ? 'sent' : 'received',
});
const rendered = (el) => el.shadowRoot.querySelectorAll('[data-message-id]').length;
/** Long tasks (PerformanceObserver 'longtask': over 50 ms) from now until stop(), which waits 50 ms first. */
const watchLongTasks = () => {
  const tasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
  try { observer.observe({ type: 'longtask' }); } catch {}
  return async () => {
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    return { longest: tasks.length ? Math.max(...tasks) : 0, longTasks: tasks.length };
  };
};
window.chatBench = {
  /** \`mark\`: the user-timing marks of this open, \`<mark>\` at the append, \`<mark>-first\`, \`<mark>-complete\`. */
  async open(count, html, senders, mark = 'chat-open') {
    window.chatBench.el?.remove();
    const messages = Array.from({ length: count }, (_, i) => message(i, html, senders));
    // The history exists before the panel does (the session holds it): built in its own task, so neither its
    // time nor its garbage lands in the measured tasks.
    await new Promise((r) => setTimeout(r, 0));
    const stop = watchLongTasks();
    const el = document.createElement('tmj-chat-panel');
    el.style.cssText = 'height:600px;width:360px';
    el.open = true;
    el.chat = { available: true, messages, typing: [], maxLength: 28000 };
    // Marks for a trace reader (blink.user_timing, ./chat-long.mjs openCpu).
    performance.mark(mark);
    const t0 = performance.now();
    document.body.append(el);
    await afterFrame();
    const first = performance.now() - t0;
    performance.mark(mark + '-first');
    // Did that frame show the newest message, inside the log (the list at its end)? (Read after the timestamp.)
    const logBox = el.shadowRoot.querySelector('[part~="messages"]').getBoundingClientRect();
    const newest = el.shadowRoot.querySelector('[data-message-id="m' + (count - 1) + '"]')?.getBoundingClientRect();
    const firstAtBottom = !!newest && newest.bottom <= logBox.bottom + 1 && newest.top >= logBox.top - 1;
    const firstRendered = rendered(el);
    const firstTimes = [...el.shadowRoot.querySelectorAll('time')].filter((t) => t.textContent.trim() !== '').length;
    await el.updateComplete;
    await afterFrame();
    const complete = performance.now() - t0;
    performance.mark(mark + '-complete');
    const tasks = await stop();
    window.chatBench.el = el;
    window.chatBench.html = html;
    window.chatBench.senders = senders;
    return { first, firstAtBottom, firstRendered, firstTimes, complete, rendered: rendered(el), nodes: el.shadowRoot.querySelectorAll('*').length, ...tasks };
  },
  /** One message appended (a new chat state, as the session publishes it) → the frame after the update. */
  async append() {
    const { el, html, senders } = window.chatBench;
    const stop = watchLongTasks();
    const t0 = performance.now();
    el.chat = { ...el.chat, messages: [...el.chat.messages, message(el.chat.messages.length, html, senders)] };
    await el.updateComplete;
    await afterFrame();
    const ms = performance.now() - t0;
    return { ms, ...(await stop()) };
  },
  log() {
    return window.chatBench.el.shadowRoot.querySelector('[part~="messages"]');
  },
  /**
   * Scrolled to the top of the drawn window (which loads earlier messages): until the frame after the first
   * older messages appear (first), and until they are all drawn (updateComplete + a frame: complete).
   */
  async scrollTop() {
    const { el } = window.chatBench;
    const log = window.chatBench.log();
    const before = rendered(el);
    const stop = watchLongTasks();
    const t0 = performance.now();
    log.scrollTop = 0;
    let first = NaN;
    for (let i = 0; i < 60 && Number.isNaN(first); i++) {
      await afterFrame();
      if (rendered(el) > before) first = performance.now() - t0;
    }
    const firstRendered = rendered(el) - before;
    await el.updateComplete;
    await afterFrame();
    const complete = performance.now() - t0;
    return { first, firstRendered, complete, rendered: rendered(el), ...(await stop()) };
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

/** Bundles built in this process, by root and minification (the source does not change during a bench). */
const bundles = new Map();

/**
 * Builds the harness (once per process) and opens it in a new context of `browser`; returns the page (window.chatBench as above)
 * and a `close()` that removes the context and the temporary folder.
 * @param {import('playwright-core').Browser} browser
 * @param {string} root the repository
 * @param {{ minify?: boolean, idle?: boolean | 'once' }} [options] `minify: false` keeps function names readable in
 *   CPU profiles; `idle`: how long the page waits after the code loaded, before the first panel — `true` (default)
 *   until it is idle: an idle callback that finds at least 40 of an idle period's 50 ms left, so nothing queued
 *   ran before it (the warm-ups the panel's modules start when they load — style sheets, the time format, the
 *   sanitiser's rounds — are done; at most 3 s); `'once'` for one idle callback only (those warm-ups may be
 *   partly done); `false` not at all (the first panel right after the code loaded)
 */
export async function openChatBench(browser, root, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tmj-bench-chat-'));
  try {
    const minify = options.minify ?? true;
    const key = `${root} ${minify}`;
    if (!bundles.has(key)) {
      const entry = join(dir, 'entry.ts');
      writeFileSync(entry, ENTRY(join(root, 'src/components/chat-panel/chat-panel.component.ts')));
      await build({ entryPoints: [entry], bundle: true, minify, format: 'iife', outfile: join(dir, 'bundle.js'), logLevel: 'error', define: { __TMJ_DEV__: 'false' } });
      bundles.set(key, readFileSync(join(dir, 'bundle.js'), 'utf8'));
    }
    const context = await browser.newContext({ viewport: { width: 800, height: 800 } });
    const page = await context.newPage();
    await page.setContent(`<!doctype html><meta charset="utf-8"><body><script>${bundles.get(key)}</script></body>`);
    // As in the widget, where the in-call chunk loads at prefetch or join and the chat history arrives later (after
    // the call connected and the Chat SDK loaded its thread): the page goes idle after the panel's code loaded.
    const idle = options.idle ?? true;
    if (idle === 'once') await page.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 0), { timeout: 2000 })));
    else if (idle) {
      await page.evaluate(async () => {
        const end = performance.now() + 3000;
        while (performance.now() < end) {
          const left = await new Promise((r) => requestIdleCallback((d) => r(d.timeRemaining()), { timeout: 1000 }));
          if (left >= 40) break;
        }
        await new Promise((r) => setTimeout(r, 0));
      });
    }
    return {
      page,
      context,
      close: async () => {
        await context.close().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
