/**
 * Progressive drawing of the chat window (src/components/chat-panel/chat-draw.ts; issue 10 req 6, issue 14):
 * - the DOM-free functions against a reference model that keeps the drawn message ids explicitly, over seeded
 *   random sequences of fresh histories, arrivals and idle steps;
 * - the panel in a real page: a 10,000-message single-sender history draws only the newest messages in its first
 *   render, fills the rest of the window in idle steps (no step draws more than one step's messages), keeps the
 *   visitor's place while doing so, and stops when the panel leaves the page.
 * No timings are asserted (they are `npm run bench` figures).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ALL_DRAWN,
  DRAW_STEP,
  FIRST_DRAW,
  drawAppended,
  drawFresh,
  drawMore,
  drawStart,
} from '../../../src/components/chat-panel/chat-draw.js';
import { CHAT_WINDOW } from '../../../src/components/chat-panel/chat-window.js';
import '../../../src/components/chat-panel/chat-panel.js';
import type { TmjChatPanel } from '../../../src/components/chat-panel/chat-panel.component.js';
import type { ChatMessage } from '../../../src/session/types.js';

const SEED = 20_261_202;

type Command = { readonly t: 'fresh'; readonly n: number } | { readonly t: 'append'; readonly k: number } | { readonly t: 'step' };

describe('chat-draw: progressive drawing against a reference model', () => {
  it('always draws a suffix of the window, never drops a drawn message, and completes in bounded steps', () => {
    const command = fc.oneof(
      fc.record({ t: fc.constant('fresh' as const), n: fc.integer({ min: 0, max: 600 }) }),
      fc.record({ t: fc.constant('append' as const), k: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ t: fc.constant('step' as const) }),
    );
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands: Command[]) => {
        let total = 0;
        let drawn = ALL_DRAWN;
        // Reference: the ids (indexes) drawn, kept explicitly.
        let ref = new Set<number>();
        const windowStart = () => Math.max(0, total - CHAT_WINDOW);
        for (const c of commands) {
          if (c.t === 'fresh') {
            total = c.n;
            drawn = drawFresh(total - windowStart());
            ref = new Set();
            const first = Math.max(windowStart(), total - FIRST_DRAW);
            for (let i = first; i < total; i++) ref.add(i);
          } else if (c.t === 'append') {
            const before = new Set(ref);
            total += c.k;
            drawn = drawAppended(drawn, c.k);
            for (let i = total - c.k; i < total; i++) ref.add(i);
            // The window slides: what fell out of it is no longer drawn, what stays drawn stays.
            for (const i of before) if (i < windowStart()) ref.delete(i);
          } else {
            const next = drawMore(drawn, total - windowStart());
            if (drawn !== ALL_DRAWN) {
              const from = Math.max(windowStart(), total - (drawn + DRAW_STEP));
              for (let i = from; i < total; i++) ref.add(i);
            }
            drawn = next;
          }
          for (const i of [...ref]) if (i < windowStart()) ref.delete(i);
          const start = drawStart(windowStart(), total, drawn);
          const drawnNow = new Set(Array.from({ length: total - start }, (_, j) => start + j));
          expect([...drawnNow].sort((a, b) => a - b)).to.deep.equal([...ref].sort((a, b) => a - b));
          expect(start).to.be.at.least(windowStart());
        }
        // Bounded: from any state, at most ceil(window / step) steps complete the window.
        let steps = 0;
        while (drawn !== ALL_DRAWN && steps < 100) {
          drawn = drawMore(drawn, total - windowStart());
          steps++;
        }
        expect(steps).to.be.at.most(Math.ceil(CHAT_WINDOW / DRAW_STEP));
        expect(drawStart(windowStart(), total, drawn)).to.equal(windowStart());
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('a short history is drawn whole at once; a long one starts with the newest FIRST_DRAW', () => {
    expect(drawFresh(FIRST_DRAW)).to.equal(ALL_DRAWN);
    expect(drawFresh(FIRST_DRAW + 1)).to.equal(FIRST_DRAW);
    expect(drawStart(9_800, 10_000, drawFresh(CHAT_WINDOW))).to.equal(10_000 - FIRST_DRAW);
  });
});

const message = (i: number): ChatMessage => ({
  id: `m${i}`,
  senderId: 'teams-user',
  senderDisplayName: 'Grace Hopper',
  isOwn: false,
  format: i % 2 ? 'html' : 'text',
  content: i % 2 ? `<p>Message <b>${i}</b> with a <a href="https://example.com">link</a></p>` : `Message ${i}`,
  createdOn: new Date(1_767_268_800_000 + i * 1000),
  status: 'received',
});

describe('chat-draw: the panel draws a long history progressively', () => {
  const rendered = (el: TmjChatPanel) => [...el.shadowRoot!.querySelectorAll('[data-message-id]')].map((n) => n.getAttribute('data-message-id'));
  /**
   * Appends the panel and resolves right after its first render (a microtask after Lit's update, before any idle
   * step or timer can run), so the first render is observed whatever the engine's timing.
   */
  const appendAndFirstRender = (el: TmjChatPanel) =>
    new Promise<void>((resolve) => {
      document.body.append(el);
      const observer = new MutationObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    });

  it('first render: the newest FIRST_DRAW of 10,000 single-sender messages; then the window in idle steps, at the bottom', async () => {
    const messages = Array.from({ length: 10_000 }, (_, i) => message(i));
    const el = document.createElement('tmj-chat-panel') as TmjChatPanel;
    el.style.cssText = 'height:600px;width:360px';
    el.open = true;
    el.chat = { available: true, messages, typing: [], maxLength: 28_000 };
    const counts: number[] = [];
    const observer = new MutationObserver(() => counts.push(rendered(el).length));
    await appendAndFirstRender(el);
    const first = rendered(el);
    expect(first.length).to.equal(FIRST_DRAW);
    expect(first.at(-1)).to.equal('m9999');
    expect(first[0]).to.equal(`m${10_000 - FIRST_DRAW}`);
    expect(el.shadowRoot!.querySelector('button.earlier'), 'no "Show earlier" until the window is drawn').to.equal(null);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    observer.disconnect();
    const all = rendered(el);
    expect(all.length).to.equal(CHAT_WINDOW);
    expect(all[0]).to.equal(`m${10_000 - CHAT_WINDOW}`);
    // Each step added at most one step's messages (no step renders the whole window).
    const growth = [FIRST_DRAW, ...counts].map((n, i, a) => (i ? n - a[i - 1]! : 0));
    expect(Math.max(...growth)).to.be.at.most(DRAW_STEP);
    expect(el.shadowRoot!.querySelector('button.earlier')).to.not.equal(null);
    // Pinned to the bottom all along: the newest message is in view.
    const log = el.shadowRoot!.querySelector<HTMLElement>('[part~="messages"]')!;
    await new Promise((r) => requestAnimationFrame(r));
    expect(log.scrollHeight - log.scrollTop - log.clientHeight).to.be.below(33);
    el.remove();
  });

  it('keeps the visitor\'s place while the window fills above it', async () => {
    const messages = Array.from({ length: 1_000 }, (_, i) => message(i));
    const el = document.createElement('tmj-chat-panel') as TmjChatPanel;
    el.style.cssText = 'height:400px;width:360px';
    el.open = true;
    el.chat = { available: true, messages, typing: [], maxLength: 28_000 };
    await appendAndFirstRender(el);
    const log = el.shadowRoot!.querySelector<HTMLElement>('[part~="messages"]')!;
    // Scroll up from the bottom once the first part has been laid out in a frame (content-visibility sizes the
    // group then), while the window is still filling: the visitor starts reading.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(rendered(el).length).to.be.below(CHAT_WINDOW);
    expect(log.scrollHeight, 'the first part overflows the log').to.be.above(log.clientHeight + 150);
    log.scrollTop = log.scrollHeight - log.clientHeight - 150;
    log.dispatchEvent(new Event('scroll'));
    const top0 = log.getBoundingClientRect().top;
    const anchor = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-message-id]')].find((n) => n.getBoundingClientRect().top >= top0)!;
    const top = anchor.getBoundingClientRect().top;
    await el.updateComplete;
    expect(rendered(el).length).to.equal(CHAT_WINDOW);
    expect(anchor.isConnected, 'the message read is the same node (its group was extended, not replaced)').to.equal(true);
    expect(Math.abs(anchor.getBoundingClientRect().top - top), 'the message read stays where it was').to.be.below(2);
    el.remove();
  });

  it('stops drawing when the panel leaves the page (no step runs on a removed panel)', async () => {
    const messages = Array.from({ length: 1_000 }, (_, i) => message(i));
    const el = document.createElement('tmj-chat-panel') as TmjChatPanel;
    el.chat = { available: true, messages, typing: [], maxLength: 28_000 };
    await appendAndFirstRender(el);
    expect(rendered(el).length).to.equal(FIRST_DRAW);
    el.remove();
    // updateComplete resolves for a removed panel instead of waiting for steps that will not come.
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    expect(rendered(el).length).to.equal(FIRST_DRAW);
  });
});
