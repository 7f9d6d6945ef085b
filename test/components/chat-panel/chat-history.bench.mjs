// Prints how long <tmj-chat-panel> takes to render long chat histories, the longest task during the first
// render, and how many nodes it creates, with the render window (the newest 200 messages whatever the grouping,
// ./chat-window.ts) and content-visibility on off-screen groups. Figures only (issue 10 req 6: 10,000 messages
// from a single sender, target ≤ 50 ms with no long task over 50 ms).
// Run: node test/components/chat-panel/chat-history.bench.mjs
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../../../.ci/chromium.mjs';

const dir = mkdtempSync(join(tmpdir(), 'tmj-chat-bench-'));
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  `import { TmjChatPanel } from ${JSON.stringify(new URL('../../../src/components/chat-panel/chat-panel.component.ts', import.meta.url).pathname)};
customElements.define('tmj-chat-panel', TmjChatPanel);
(window as any).run = async (count: number, html: boolean, senders: number) => {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
  try { observer.observe({ type: 'longtask' }); } catch {}
  const messages = Array.from({ length: count }, (_, i) => ({
    id: 'm' + i, senderId: 's' + (i % senders), senderDisplayName: 'Sender ' + (i % senders), isOwn: senders > 1 && i % senders === 0,
    format: html ? 'html' : 'text',
    content: html ? '<p>Message <b>' + i + '</b> with a <a href="https://example.com">link</a></p>' : 'Message ' + i,
    createdOn: new Date(1767268800000 + i * 1000), status: senders > 1 && i % senders === 0 ? 'sent' : 'received',
  }));
  const el = document.createElement('tmj-chat-panel') as any;
  el.style.cssText = 'display:block;height:600px;width:360px';
  el.open = true;
  el.chat = { available: true, messages, typing: [], maxLength: 28000 };
  const t0 = performance.now();
  document.body.append(el);
  await el.updateComplete;
  el.getBoundingClientRect();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const first = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  const longest = longTasks.length ? Math.max(...longTasks) : 0;
  const t1 = performance.now();
  el.chat = { ...el.chat, messages: [...messages, { ...messages[1], id: 'new' }] };
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const append = performance.now() - t1;
  const nodes = el.shadowRoot.querySelectorAll('*').length;
  el.remove();
  const shown = el.shadowRoot.querySelectorAll('[part~="message"]').length;
  return { first, append, nodes, shown, longest };
};`,
);
await build({ entryPoints: [entry], bundle: true, format: 'iife', outfile: join(dir, 'bundle.js'), logLevel: 'error', define: { __TMJ_DEV__: 'false' } });
writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><body><script src="bundle.js"></script>');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage();
  await page.goto(`file://${join(dir, 'index.html')}`);
  for (const senders of [3, 1]) {
    for (const html of [false, true]) {
      for (const count of [100, 1000, 10000]) {
        const r = await page.evaluate(([c, h, n]) => window.run(c, h, n), [count, html, senders]);
        console.log(
          `${String(count).padStart(5)} ${html ? 'html' : 'text'} messages, ${senders} sender${senders > 1 ? 's' : ''}: ` +
            `first render ${r.first.toFixed(0)} ms (longest task ${r.longest.toFixed(0)} ms), ` +
            `append one ${r.append.toFixed(0)} ms, ${r.shown} messages / ${r.nodes} shadow nodes rendered`,
        );
      }
    }
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
