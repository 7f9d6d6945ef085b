/**
 * Which messages the chat panel renders (DOM-free; the panel only measures scrolling). The window counts
 * messages, never sender groups: 10,000 messages from one sender render as many nodes as 10,000 from
 * alternating senders — the newest `CHAT_WINDOW`. The chat's message list itself stays complete (the session's
 * message store keeps every message); only rendering is bounded.
 *
 * The window is a suffix of the message list, `shown` long:
 * - following the newest (scrolled to the bottom), new messages slide it: still the newest `CHAT_WINDOW`;
 * - reading older messages (scrolled up), new messages widen it at the bottom, so what the visitor reads stays
 *   put, up to `CHAT_WINDOW` more than they had loaded (a flood while reading then trims the top);
 * - "Show earlier messages" (or scrolling to the top) adds `CHAT_WINDOW` older ones;
 * - jumping to the newest goes back to the newest `CHAT_WINDOW`.
 * A message deleted or inserted inside the window keeps the window's length (the suffix shifts by one).
 */

/** Messages rendered at first; each "Show earlier messages" adds this many more. */
export const CHAT_WINDOW = 200;

export interface ChatWindowState {
  /** Length of the rendered suffix (may exceed the message count; render `min(shown, total)`). */
  readonly shown: number;
  /** Scrolled to the newest message: new ones slide the window. */
  readonly following: boolean;
  /** Times the visitor asked for earlier messages since the last jump to the newest. */
  readonly loads: number;
}

export const INITIAL_CHAT_WINDOW: ChatWindowState = { shown: CHAT_WINDOW, following: true, loads: 0 };

/** The most messages rendered for a number of earlier loads: what was loaded plus one window of arrivals. */
export function windowCap(loads: number): number {
  return CHAT_WINDOW * (loads + 2);
}

/** `count` messages arrived after the newest one. */
export function windowAppended(state: ChatWindowState, count: number): ChatWindowState {
  if (!(count > 0)) return state;
  if (state.following) return state.shown === CHAT_WINDOW && state.loads === 0 ? state : { ...state, shown: CHAT_WINDOW, loads: 0 };
  return { ...state, shown: Math.min(state.shown + count, windowCap(state.loads)) };
}

/** The visitor asked for earlier messages (`total` = messages in the chat). */
export function windowShowEarlier(state: ChatWindowState, total: number): ChatWindowState {
  const rendered = Math.min(state.shown, total);
  if (rendered >= total) return state;
  return { shown: Math.min(total, rendered + CHAT_WINDOW), following: false, loads: state.loads + 1 };
}

/** The log was scrolled; `atBottom` = the newest message is in view. */
export function windowScrolled(state: ChatWindowState, atBottom: boolean): ChatWindowState {
  return state.following === atBottom ? state : { ...state, following: atBottom };
}

/** Jump to the newest message ("New messages" button, own message sent, panel opened). */
export function windowJump(state: ChatWindowState): ChatWindowState {
  return state.following && state.shown === CHAT_WINDOW && state.loads === 0 ? state : INITIAL_CHAT_WINDOW;
}

/** The first rendered index and how many older messages are hidden above it. */
export function windowRange(state: ChatWindowState, total: number): { readonly start: number; readonly hidden: number } {
  // Counts are array lengths; anything else (NaN, negative, fractional) is read defensively, never trusted.
  const safeTotal = Number.isFinite(total) ? Math.max(0, Math.floor(total)) : 0;
  const shown = state.shown === Infinity ? safeTotal : Number.isFinite(state.shown) ? Math.max(0, Math.floor(state.shown)) : 0;
  const start = Math.max(0, safeTotal - shown);
  return { start, hidden: start };
}

/**
 * How many messages arrived after the previous newest one, comparing two lists by id. `undefined` when the
 * previous newest is gone (a new list): the caller treats it as a fresh start.
 */
export function appendedCount(before: readonly { id: string }[], after: readonly { id: string }[]): number | undefined {
  const last = before[before.length - 1];
  if (!last) return after.length;
  for (let i = after.length - 1; i >= 0; i--) if (after[i]!.id === last.id) return after.length - 1 - i;
  return undefined;
}
