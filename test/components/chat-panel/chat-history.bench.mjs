// Prints how long <tmj-chat-panel> takes to render long chat histories — the first render (the newest part of the
// window, ../../../src/components/chat-panel/chat-draw.ts) and the whole window (its idle steps) — the longest
// task, and how many nodes it creates, for 100 / 1,000 / 10,000 messages, text and HTML, 3 senders and 1. Figures
// only (issue 10 req 6: 10,000 messages from a single sender, target ≤ 50 ms with no long task over 50 ms). The
// harness is the bench's (.ci/bench/chat-history.mjs says how each figure is measured).
// Run: node test/components/chat-panel/chat-history.bench.mjs
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../../../.ci/chromium.mjs';
import { openChatBench } from '../../../.ci/bench/chat-history.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  const bench = await openChatBench(browser, ROOT);
  try {
    for (const senders of [3, 1]) {
      for (const html of [false, true]) {
        for (const count of [100, 1000, 10000]) {
          const r = await bench.page.evaluate(([c, h, n]) => window.chatBench.open(c, h, n), [count, html, senders]);
          const append = await bench.page.evaluate(() => window.chatBench.append());
          console.log(
            `${String(count).padStart(5)} ${html ? 'html' : 'text'} messages, ${senders} sender${senders > 1 ? 's' : ''}: ` +
              `first render ${r.first.toFixed(0)} ms (${r.firstRendered} messages), whole window ${r.complete.toFixed(0)} ms ` +
              `(${r.rendered} messages / ${r.nodes} shadow nodes), longest task ${r.longest.toFixed(0)} ms (${r.longTasks} over 50 ms), ` +
              `append one ${append.ms.toFixed(0)} ms`,
          );
        }
      }
    }
  } finally {
    await bench.close();
  }
} finally {
  await browser.close();
}
