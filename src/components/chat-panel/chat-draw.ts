/**
 * How much of the chat window (./chat-window.ts) is drawn yet (DOM-free; the panel schedules and measures).
 * Opening a long chat draws the newest `FIRST_DRAW` messages in the first render — what the visitor sees at the
 * bottom of the log — and the rest of the window in steps of `DRAW_STEP` on idle callbacks, the panel keeping the
 * visitor's place while the log grows above. "Show earlier messages" (or scrolling to the top) draws the same way:
 * one step of the older messages at once, the rest in idle steps, the reader's place kept. So no render costs
 * O(window) (sanitising Teams HTML is the dominant cost: ~1 ms a message on a loaded 2-core machine, several on
 * a cold page), and no step is a long task.
 *
 * `drawn` counts messages from the newest; `Infinity` once the whole window is drawn (from then on the window
 * alone decides, including arrivals).
 */

/** Messages drawn by the first render of a history: what a 600 px panel shows, and a little more. */
export const FIRST_DRAW = 16;
/** Messages added per idle step until the window is drawn (and at once when earlier messages are asked for). */
export const DRAW_STEP = 24;

/** Everything the window holds is drawn. */
export const ALL_DRAWN = Infinity;

/** A new history (first render with messages, or a list that replaced the previous one): draw its newest part. */
export function drawFresh(windowLength: number): number {
  return windowLength > FIRST_DRAW ? FIRST_DRAW : ALL_DRAWN;
}

/** `count` messages arrived at the bottom: still drawn (the part drawn above them stays drawn). */
export function drawAppended(drawn: number, count: number): number {
  return drawn === ALL_DRAWN || !(count > 0) ? drawn : drawn + count;
}

/** One idle step further; `ALL_DRAWN` once it covers the window. */
export function drawMore(drawn: number, windowLength: number): number {
  const next = drawn + DRAW_STEP;
  return next >= windowLength ? ALL_DRAWN : next;
}

/**
 * The window grew above the `rendered` messages drawn so far (earlier messages asked for; the window is now
 * `windowLength` long): one step of the older ones now, the rest in idle steps.
 */
export function drawEarlier(rendered: number, windowLength: number): number {
  return drawMore(Math.max(0, Math.floor(rendered)), windowLength);
}

/** The first drawn index, given the window's first index and the message count. */
export function drawStart(windowStart: number, total: number, drawn: number): number {
  return drawn === ALL_DRAWN ? windowStart : Math.max(windowStart, total - Math.max(0, Math.floor(drawn)));
}

/**
 * The groups of the whole window without its `count` oldest messages (not yet drawn). Groups keep the keys they
 * have in the window, so a step that draws more of a group extends that group's DOM instead of replacing it.
 */
export function withoutOldest<G extends { readonly messages: readonly unknown[] }>(groups: readonly G[], count: number): G[] {
  if (!(count > 0)) return groups as G[];
  const out: G[] = [];
  let skip = count;
  for (const group of groups) {
    if (skip >= group.messages.length) {
      skip -= group.messages.length;
      continue;
    }
    out.push(skip > 0 ? { ...group, messages: group.messages.slice(skip) } : group);
    skip = 0;
  }
  return out;
}

/** What the scheduler needs from the panel. */
export interface ChatDrawHost {
  addController(controller: { hostUpdated?(): void; hostConnected?(): void; hostDisconnected?(): void }): void;
  requestUpdate(): void;
  readonly isConnected: boolean;
}

/**
 * Draws the rest of the window in idle steps after the first render (a Lit reactive controller of the chat
 * panel). Before each step it notes where the visitor is (`place()`: the message read and its offset, or
 * `undefined` when pinned to the bottom), and after the step's render `restore(place)` puts the log back there, so the
 * messages appearing above never move what the visitor reads.
 */
export class ChatDrawScheduler<P = number> {
  /** Messages drawn, from the newest (`ALL_DRAWN` when the window is complete). */
  drawn = ALL_DRAWN;
  #task: { idle?: number; timer?: ReturnType<typeof setTimeout> } | undefined;
  #windowLength = 0;
  #place: P | undefined | null = null;
  #waiters: (() => void)[] = [];

  constructor(
    private readonly host: ChatDrawHost,
    private readonly place: () => P | undefined,
    private readonly restore: (place: P | undefined) => void,
  ) {
    host.addController(this);
  }

  /** Called from the panel's willUpdate when the messages changed (`added` as chat-window's appendedCount). */
  messagesChanged(beforeLength: number, added: number | undefined, windowLength: number): void {
    this.#windowLength = windowLength;
    if (beforeLength === 0 || added === undefined) this.drawn = drawFresh(windowLength);
    else this.drawn = drawAppended(this.drawn, added);
  }

  /** The first index to render, for a window starting at `windowStart` of `total` messages. */
  start(windowStart: number, total: number): number {
    this.#windowLength = total - windowStart;
    if (this.drawn !== ALL_DRAWN && this.drawn >= this.#windowLength) this.drawn = ALL_DRAWN;
    return drawStart(windowStart, total, this.drawn);
  }

  /**
   * Earlier messages were asked for: `rendered` messages are drawn, the window is growing to `windowLength`.
   * Notes the reader's place now, so the render that draws the first older step puts the log back there.
   */
  earlier(rendered: number, windowLength: number): void {
    this.#windowLength = windowLength;
    this.drawn = drawEarlier(rendered, windowLength);
    this.#place = this.place();
  }

  get complete(): boolean {
    return this.drawn === ALL_DRAWN;
  }

  /** Resolves once the whole window is drawn (or the panel left the page). */
  async settled(): Promise<void> {
    if (this.complete || !this.host.isConnected) return;
    await new Promise<void>((resolve) => this.#waiters.push(resolve));
  }

  hostConnected(): void {
    this.#schedule();
  }

  hostUpdated(): void {
    if (this.#place !== null) {
      const place = this.#place;
      this.#place = null;
      this.restore(place);
    }
    if (this.complete) this.#wake();
    else this.#schedule();
  }

  hostDisconnected(): void {
    if (this.#task?.idle !== undefined) cancelIdleCallback(this.#task.idle);
    if (this.#task?.timer !== undefined) clearTimeout(this.#task.timer);
    this.#task = undefined;
    this.#wake();
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }

  #schedule(): void {
    if (this.#task || this.complete || !this.host.isConnected) return;
    const run = (): void => {
      this.#task = undefined;
      if (this.complete || !this.host.isConnected) return;
      this.#place = this.place();
      this.drawn = drawMore(this.drawn, this.#windowLength);
      this.host.requestUpdate();
    };
    // Idle time first; the timeout keeps the window filling on a busy page (each step is a short task).
    this.#task =
      typeof requestIdleCallback === 'function' ? { idle: requestIdleCallback(run, { timeout: 100 }) } : { timer: setTimeout(run, 16) };
  }
}
