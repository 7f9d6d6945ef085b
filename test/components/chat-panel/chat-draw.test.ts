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
  drawEarlier,
  drawFresh,
  drawMore,
  drawStart,
} from '../../../src/components/chat-panel/chat-draw.js';
import {
  CHAT_WINDOW,
  INITIAL_CHAT_WINDOW,
  windowAppended,
  windowRange,
  windowShowEarlier,
  type ChatWindowState,
} from '../../../src/components/chat-panel/chat-window.js';
import '../../../src/components/chat-panel/chat-panel.js';
import { groupMessages, type TmjChatPanel } from '../../../src/components/chat-panel/chat-panel.component.js';
import { keyGroups } from '../../../src/components/chat-panel/chat-message.js';
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

  it('"Show earlier messages" draws one step of the older messages at once and the rest in steps, keeping all drawn ones', () => {
    type Cmd = Command | { readonly t: 'earlier' };
    const command = fc.oneof(
      fc.record({ t: fc.constant('fresh' as const), n: fc.integer({ min: 0, max: 1_200 }) }),
      fc.record({ t: fc.constant('append' as const), k: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ t: fc.constant('step' as const) }),
      fc.record({ t: fc.constant('earlier' as const) }),
    );
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands: Cmd[]) => {
        let total = 0;
        let win: ChatWindowState = INITIAL_CHAT_WINDOW;
        let drawn = ALL_DRAWN;
        // Reference: the drawn message indexes, kept explicitly; the window from chat-window's own functions.
        let ref = new Set<number>();
        const windowStart = () => windowRange(win, total).start;
        const drawnStart = () => drawStart(windowStart(), total, drawn);
        for (const c of commands) {
          if (c.t === 'fresh') {
            total = c.n;
            win = INITIAL_CHAT_WINDOW;
            drawn = drawFresh(total - windowStart());
            ref = new Set();
            for (let i = Math.max(windowStart(), total - FIRST_DRAW); i < total; i++) ref.add(i);
          } else if (c.t === 'append') {
            total += c.k;
            win = windowAppended(win, c.k);
            drawn = drawAppended(drawn, c.k);
            for (let i = total - c.k; i < total; i++) ref.add(i);
          } else if (c.t === 'step') {
            if (drawn !== ALL_DRAWN) {
              for (let i = Math.max(windowStart(), total - (drawn + DRAW_STEP)); i < total; i++) ref.add(i);
              drawn = drawMore(drawn, total - windowStart());
            }
          } else {
            const next = windowShowEarlier(win, total);
            if (next === win) continue;
            const rendered = total - drawnStart();
            win = next;
            drawn = drawEarlier(rendered, total - windowStart());
            // At once: exactly one step more than was drawn (or the whole window when less is left).
            for (let i = Math.max(windowStart(), total - rendered - DRAW_STEP); i < total; i++) ref.add(i);
          }
          for (const i of [...ref]) if (i < windowStart()) ref.delete(i);
          if (drawn !== ALL_DRAWN && drawn >= total - windowStart()) drawn = ALL_DRAWN;
          const start = drawnStart();
          expect(start).to.be.at.least(windowStart());
          expect(Array.from({ length: total - start }, (_, j) => start + j)).to.deep.equal([...ref].sort((a, b) => a - b));
        }
        // Bounded: at most ceil(window / step) steps complete whatever the window grew to.
        const length = total - windowStart();
        let steps = 0;
        while (drawn !== ALL_DRAWN && steps < 1_000) {
          drawn = drawMore(drawn, length);
          steps++;
        }
        expect(steps).to.be.at.most(Math.ceil(length / DRAW_STEP));
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('group keys survive the window moving (slides, steps, earlier loads) and stay unique', () => {
    const history = (senders: number[]): ChatMessage[] =>
      senders.map((s, i) => ({ ...message(i), senderId: `s${s}`, senderDisplayName: `S${s}`, format: 'text', content: `m${i}` }));
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 120 }),
        fc.array(fc.record({ top: fc.integer({ min: -30, max: 30 }), bottom: fc.integer({ min: 0, max: 5 }) }), { maxLength: 20 }),
        (senders, moves) => {
          const all = history(senders);
          let [from, to] = [Math.floor(all.length / 2), all.length - Math.floor(all.length / 4)];
          let keys: ReadonlyMap<string, string> = new Map();
          let before: { key: string; ids: string[] }[] = [];
          for (const move of [{ top: 0, bottom: 0 }, ...moves]) {
            to = Math.min(all.length, to + move.bottom);
            from = Math.max(0, Math.min(to - 1, from + move.top));
            const keyed = keyGroups(groupMessages(all.slice(from, to)), keys);
            keys = keyed.keys;
            const now = keyed.groups.map((g) => ({ key: g.key, ids: g.messages.map((m) => m.id) }));
            expect(new Set(now.map((g) => g.key)).size, 'unique keys').to.equal(now.length);
            // A group that only grew or shrank at one end (its first or last message unchanged) keeps its key.
            for (const g of now) {
              const same = before.find((h) => h.ids[0] === g.ids[0] || h.ids.at(-1) === g.ids.at(-1));
              if (same && now.filter((o) => o.ids.some((id) => same.ids.includes(id))).length === 1) expect(g.key).to.equal(same.key);
            }
            before = now;
          }
        },
      ),
      { seed: SEED, numRuns: 500 },
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

  for (const senders of [1, 3]) {
    it(`the first frame of a 10,000-message history (${senders} sender${senders > 1 ? 's' : ''}) shows the newest message at the bottom`, async () => {
      // Before the browser decided which sender groups are on screen (content-visibility), the list was put at an
      // end computed from 72px placeholders: the first frame showed older messages, the newest one frame later.
      const messages = Array.from({ length: 10_000 }, (_, i) => ({ ...message(i), senderId: `s${i % senders}`, senderDisplayName: `Sender ${i % senders}` }));
      const el = document.createElement('tmj-chat-panel') as TmjChatPanel;
      el.style.cssText = 'height:600px;width:360px';
      el.open = true;
      el.chat = { available: true, messages, typing: [], maxLength: 28_000 };
      document.body.append(el);
      // After the first frame was produced (a task posted from its animation-frame callback), before the next one.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const log = el.shadowRoot!.querySelector<HTMLElement>('[part~="messages"]')!.getBoundingClientRect();
      const newest = el.shadowRoot!.querySelector<HTMLElement>('[data-message-id="m9999"]')!.getBoundingClientRect();
      expect(newest.bottom, 'the newest message ends inside the log').to.be.at.most(log.bottom + 1);
      expect(newest.top, 'and starts inside it').to.be.at.least(log.top - 1);
      el.remove();
    });
  }

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

  for (const how of ['scrolling to the top', 'the "Show earlier messages" button'] as const) {
    it(`earlier messages (${how}): one step at once, the rest in idle steps, the reader's place kept`, async () => {
      const messages = Array.from({ length: 10_000 }, (_, i) => message(i));
      const el = document.createElement('tmj-chat-panel') as TmjChatPanel;
      el.style.cssText = 'height:400px;width:360px';
      el.open = true;
      el.chat = { available: true, messages, typing: [], maxLength: 28_000 };
      document.body.append(el);
      await el.updateComplete;
      const log = el.shadowRoot!.querySelector<HTMLElement>('[part~="messages"]')!;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(rendered(el).length).to.equal(CHAT_WINDOW);
      // After each render (a mutation callback runs after Lit's update and the place it restores).
      const counts: number[] = [];
      const tops: number[] = [];
      const observer = new MutationObserver(() => {
        counts.push(rendered(el).length);
        tops.push(anchor.getBoundingClientRect().top);
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      let anchor: HTMLElement;
      if (how === 'the "Show earlier messages" button') {
        // Reading the newest message; the button sits at the top of the log.
        anchor = el.shadowRoot!.querySelector<HTMLElement>('[data-message-id="m9999"]')!;
        el.shadowRoot!.querySelector<HTMLButtonElement>('button.earlier')!.click();
      } else {
        // Up to the oldest drawn message: its scroll event asks for the earlier ones.
        anchor = el.shadowRoot!.querySelector<HTMLElement>(`[data-message-id="m${10_000 - CHAT_WINDOW}"]`)!;
        log.scrollTop = 0;
      }
      const top = anchor.getBoundingClientRect().top;
      // (The scroll event now, not at the next frame, where a re-pin of the pinned list could come first.)
      if (how === 'scrolling to the top') log.dispatchEvent(new Event('scroll'));
      await el.updateComplete;
      observer.disconnect();
      // The render the request caused: one step of older messages, not the next 200.
      expect(counts[0], 'drawn at once').to.equal(CHAT_WINDOW + DRAW_STEP);
      expect(Math.max(...tops.map((t) => Math.abs(t - top))), 'the message read stays where it was, at every step').to.be.below(2);
      expect(rendered(el).length).to.equal(2 * CHAT_WINDOW);
      const growth = [CHAT_WINDOW, ...counts].map((n, i, a) => (i ? n - a[i - 1]! : 0));
      expect(Math.max(...growth), 'no render draws more than one step').to.be.at.most(DRAW_STEP);
      expect(counts.filter((n, i) => n !== counts[i - 1]).length, 'in steps').to.be.at.least(Math.ceil(CHAT_WINDOW / DRAW_STEP));
      expect(anchor.isConnected, 'the message read is the same node').to.equal(true);
      expect(Math.abs(anchor.getBoundingClientRect().top - top), 'and still where it was').to.be.below(2);
      expect(el.shadowRoot!.querySelector('button.earlier'), 'more to load: the button is back').to.not.equal(null);
      el.remove();
    });
  }

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
