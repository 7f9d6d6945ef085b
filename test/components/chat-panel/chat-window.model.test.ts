/**
 * The chat window (src/components/chat-panel/chat-window.ts) against a reference model, over seeded random
 * sequences of arrivals (the visitor's own and others'), late messages inserted in the middle, deletions,
 * "Show earlier messages", scrolling and jumps (issue 10, requirement 6).
 *
 * The machine only keeps a length and computes a suffix; the reference keeps the rendered message ids as an
 * explicit list and edits it message by message, so an off-by-one in the suffix arithmetic, an anchor that
 * moves while the visitor reads, or a window that grows without bound shows up as a difference.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  CHAT_WINDOW as W,
  INITIAL_CHAT_WINDOW,
  appendedCount,
  windowAppended,
  windowJump,
  windowRange,
  windowScrolled,
  windowShowEarlier,
  type ChatWindowState,
} from '../../../src/components/chat-panel/chat-window.js';

const SEED = 20_261_201;

type Command =
  | { readonly t: 'append'; readonly k: number; readonly own: boolean }
  | { readonly t: 'earlier' }
  | { readonly t: 'scroll'; readonly atBottom: boolean }
  | { readonly t: 'jump' }
  | { readonly t: 'delete'; readonly at: number }
  | { readonly t: 'insert'; readonly at: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant('append' as const), k: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 450 })), own: fc.boolean() }) },
  { weight: 2, arbitrary: fc.constant({ t: 'earlier' as const }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('scroll' as const), atBottom: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ t: 'jump' as const }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('insert' as const), at: fc.nat() }) },
);

/** Explicit lists: every message id, and the ids the visitor has on screen. */
class Reference {
  all: number[] = [];
  rendered: number[] = [];
  /** How many messages the visitor is meant to have: the window, what they loaded, what came while reading. */
  capacity = W;
  following = true;
  loads = 0;
  private next = 0;

  private newest(): number[] {
    return this.all.slice(Math.max(0, this.all.length - W));
  }

  append(k: number, own: boolean): void {
    const fresh = Array.from({ length: k }, () => this.next++);
    this.all.push(...fresh);
    if (own) return this.jump(); // sending scrolls to one's own message
    if (this.following) {
      this.capacity = W;
      this.loads = 0;
      this.rendered = this.newest();
      return;
    }
    // Reading older messages: they stay; arrivals join at the bottom, at most one window more than loaded.
    this.capacity = Math.min(this.capacity + k, W * (this.loads + 2));
    this.rendered.push(...fresh);
    while (this.rendered.length > this.capacity) this.rendered.shift();
  }

  earlier(): void {
    const first = this.rendered.length ? this.all.indexOf(this.rendered[0]!) : this.all.length;
    if (first <= 0) return;
    const older = this.all.slice(Math.max(0, first - W), first);
    this.rendered.unshift(...older);
    this.capacity = this.rendered.length;
    this.following = false;
    this.loads += 1;
  }

  jump(): void {
    this.capacity = W;
    this.loads = 0;
    this.following = true;
    this.rendered = this.newest();
  }

  delete(at: number): void {
    if (this.all.length === 0) return;
    const index = at % this.all.length;
    const [id] = this.all.splice(index, 1);
    const pos = this.rendered.indexOf(id!);
    if (pos < 0) return;
    this.rendered.splice(pos, 1);
    // The window keeps its length: the newest hidden message above moves in.
    const first = this.rendered.length ? this.all.indexOf(this.rendered[0]!) : this.all.length;
    if (first > 0 && this.rendered.length < this.capacity) this.rendered.unshift(this.all[first - 1]!);
  }

  /** A late message (older sequence id) sorted in before the message now at `at`. */
  insert(at: number): void {
    if (this.all.length === 0) return;
    const index = at % this.all.length;
    const id = this.next++;
    const firstShown = this.rendered.length ? this.all.indexOf(this.rendered[0]!) : this.all.length;
    this.all.splice(index, 0, id);
    if (this.rendered.length < this.capacity) {
      // Room to spare: everything is on screen, the late message too.
      this.rendered = [...this.all];
      return;
    }
    if (index <= firstShown) return; // sorted in above the window: hidden
    // Inside the window: it appears, and the window keeps its length (the top message moves out).
    this.rendered.splice(index - firstShown, 0, id);
    this.rendered.shift();
  }
}

function apply(state: ChatWindowState, ref: Reference, c: Command): ChatWindowState {
  switch (c.t) {
    case 'append':
      ref.append(c.k, c.own);
      return c.own ? windowJump(state) : windowAppended(state, c.k);
    case 'earlier': {
      const total = ref.all.length;
      ref.earlier();
      return windowShowEarlier(state, total);
    }
    case 'scroll':
      ref.following = c.atBottom;
      return windowScrolled(state, c.atBottom);
    case 'jump':
      ref.jump();
      return windowJump(state);
    case 'delete':
      ref.delete(c.at);
      return state;
    case 'insert':
      ref.insert(c.at);
      return state;
  }
}

describe('chat window (reference model, fast-check)', () => {
  it('renders exactly the reference\'s messages, a contiguous newest-ending run within its bounds', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 60 }), (commands) => {
        let state = INITIAL_CHAT_WINDOW;
        const ref = new Reference();
        for (const c of commands) {
          const firstBefore = ref.rendered[0];
          state = apply(state, ref, c);
          const total = ref.all.length;
          const { start, hidden } = windowRange(state, total);
          const rendered = ref.all.slice(start);
          const where = `after ${JSON.stringify(c)}`;
          expect(rendered, `rendered ids ${where}`).to.deep.equal(ref.rendered);
          expect(hidden, `hidden count ${where}`).to.equal(total - rendered.length);
          expect(state.following, where).to.equal(ref.following);
          expect(rendered.length, `never fewer than a window when there are enough ${where}`).to.be.at.least(Math.min(total, W));
          expect(rendered.length, `bounded by what was loaded plus one window ${where}`).to.be.at.most(W * (state.loads + 2));
          if (c.t === 'append' && (c.own || state.following)) {
            expect(rendered.length, `following: the newest window ${where}`).to.equal(Math.min(total, W));
          }
          if (c.t === 'append' && !c.own && !ref.following && rendered.length < W * (state.loads + 2) && firstBefore !== undefined) {
            expect(rendered[0], `reading: what the visitor reads stays ${where}`).to.equal(firstBefore);
          }
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('10,000 messages from one sender: 200 rendered; each "Show earlier" adds 200 until all are shown', () => {
    let state = INITIAL_CHAT_WINDOW;
    expect(windowRange(state, 10_000)).to.deep.equal({ start: 10_000 - W, hidden: 10_000 - W });
    let loads = 0;
    while (windowRange(state, 10_000).hidden > 0) {
      state = windowShowEarlier(state, 10_000);
      loads += 1;
    }
    expect(loads).to.equal(Math.ceil(10_000 / W) - 1);
    expect(windowShowEarlier(state, 10_000), 'nothing more to load: same state').to.equal(state);
    expect(windowRange(windowJump(state), 10_000).hidden, 'jump: back to the newest window').to.equal(10_000 - W);
  });

  it('hostile counts (NaN, negative, fractional, Infinity) never yield a negative or fractional range', () => {
    for (const total of [NaN, -5, 2.5, Infinity, -Infinity, 0]) {
      for (const shown of [NaN, -1, 0.5, Infinity, W]) {
        const { start, hidden } = windowRange({ ...INITIAL_CHAT_WINDOW, shown }, total);
        expect(Number.isInteger(start) && start >= 0, `start for ${total}/${shown}`).to.equal(true);
        expect(hidden, `hidden for ${total}/${shown}`).to.equal(start);
      }
    }
    for (const k of [NaN, -3, 0]) expect(windowAppended(INITIAL_CHAT_WINDOW, k), `append ${k}`).to.equal(INITIAL_CHAT_WINDOW);
  });

  it('appendedCount: messages after the previous newest, undefined when the previous newest is gone', () => {
    const ids = (...xs: string[]) => xs.map((id) => ({ id }));
    expect(appendedCount(ids(), ids('a', 'b'))).to.equal(2);
    expect(appendedCount(ids('a', 'b'), ids('a', 'b', 'c', 'd'))).to.equal(2);
    expect(appendedCount(ids('a', 'b'), ids('x', 'a', 'b')), 'a late message above: nothing appended').to.equal(0);
    expect(appendedCount(ids('a', 'b'), ids('a'))).to.equal(undefined);
    expect(appendedCount(ids('a'), ids())).to.equal(undefined);
  });
});
