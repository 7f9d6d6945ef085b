// The one long-chat harness (issue 10 req 6, issue 14 req 3), shared by `npm run bench` (section "chat",
// ./chat-long.mjs) and `node test/components/chat-panel/chat-history.bench.mjs`: <tmj-chat-panel> bundled from src
// with esbuild (the component the in-call chunk ships), a 360 × 600 px panel, a history of N messages from S
// senders (plain text or Teams HTML with bold and a link), in a Chromium page. Measured in the page:
//  - first render: from appending the open panel with the whole history to a task posted from the first animation
//    frame's callback, i.e. after the frame that shows it was produced; with the messages drawn by then;
//  - whole window drawn: until the panel's updateComplete (which waits for its idle drawing steps) and the frame
//    after it;
//  - longest task and number of long tasks (PerformanceObserver 'longtask', > 50 ms) from the append until 50 ms
//    after the whole window was drawn;
//  - append one message (set as a new chat state → the frame after the update), scroll to the top, scroll steps.
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
window.chatBench = {
  async open(count, html, senders) {
    window.chatBench.el?.remove();
    const messages = Array.from({ length: count }, (_, i) => message(i, html, senders));
    const longTasks = [];
    const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
    try { observer.observe({ type: 'longtask' }); } catch {}
    const el = document.createElement('tmj-chat-panel');
    el.style.cssText = 'height:600px;width:360px';
    el.open = true;
    el.chat = { available: true, messages, typing: [], maxLength: 28000 };
    const t0 = performance.now();
    document.body.append(el);
    await afterFrame();
    const first = performance.now() - t0;
    const firstRendered = rendered(el);
    await el.updateComplete;
    await afterFrame();
    const complete = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    window.chatBench.el = el;
    window.chatBench.html = html;
    window.chatBench.senders = senders;
    return {
      first, firstRendered, complete, rendered: rendered(el), nodes: el.shadowRoot.querySelectorAll('*').length,
      longest: longTasks.length ? Math.max(...longTasks) : 0, longTasks: longTasks.length,
    };
  },
  async append() {
    const { el, html, senders } = window.chatBench;
    const t0 = performance.now();
    el.chat = { ...el.chat, messages: [...el.chat.messages, message(el.chat.messages.length, html, senders)] };
    await el.updateComplete;
    await frame();
    await frame();
    return performance.now() - t0;
  },
  log() {
    return window.chatBench.el.shadowRoot.querySelector('[part~="messages"]');
  },
  async scrollTop() {
    const log = window.chatBench.log();
    const t0 = performance.now();
    log.scrollTop = 0;
    await frame();
    await frame();
    return { ms: performance.now() - t0, rendered: rendered(window.chatBench.el) };
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
 * Builds the harness and opens it in a new context of `browser`; returns the page (window.chatBench as above)
 * and a `close()` that removes the context and the temporary folder.
 * @param {import('playwright-core').Browser} browser
 * @param {string} root the repository
 */
export async function openChatBench(browser, root) {
  const dir = mkdtempSync(join(tmpdir(), 'tmj-bench-chat-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, ENTRY(join(root, 'src/components/chat-panel/chat-panel.component.ts')));
    await build({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', outfile: join(dir, 'bundle.js'), logLevel: 'error', define: { __TMJ_DEV__: 'false' } });
    const context = await browser.newContext({ viewport: { width: 800, height: 800 } });
    const page = await context.newPage();
    await page.setContent(`<!doctype html><meta charset="utf-8"><body><script>${readFileSync(join(dir, 'bundle.js'), 'utf8')}</script></body>`);
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
