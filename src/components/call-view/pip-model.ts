/**
 * Where the call is shown (DOM-free reference model of picture-in-picture, issue 16 req 5):
 *  - `inline`: in the widget, in the page;
 *  - `window`: moved into a Document Picture-in-Picture window (Chromium's `documentPictureInPicture`);
 *  - `mini`: the in-page floating mini player (top layer, docked at the inline-end bottom corner), either
 *    because the widget scrolled out of view during the call (`auto`) or because the visitor asked (`request`).
 *
 * Rules: only a call (connected or reconnecting) leaves `inline`; "Pop out" opens the window where the API
 * exists and is allowed, else the mini player; a refused or failed window falls back to the mini player; an
 * automatic mini player goes away when the widget is back in view, a requested one only on "Back to meeting";
 * closing the window ("Back to tab" or its close box) returns inline; leaving the call, `pip="off"` and a
 * disconnect always return inline. Each change of mode has one announcement.
 */
export type PipMode = 'inline' | 'window' | 'mini';

export interface PipState {
  readonly mode: PipMode;
  /** Why the mini player is shown (meaningful in `mini` only). */
  readonly reason: 'auto' | 'request';
  /** A Document PiP window was asked for and has not opened yet. */
  readonly opening: boolean;
  /** The widget is in the viewport (IntersectionObserver). */
  readonly inView: boolean;
  /** A call is on (connected or reconnecting). */
  readonly inCall: boolean;
  /** `pip="off"`: none of this. */
  readonly disabled: boolean;
  /** The visitor closed an automatic mini player ("Back to meeting"): no new automatic one until back in view. */
  readonly dismissed: boolean;
}

export type PipInput =
  | { readonly type: 'pop-out'; readonly documentPip: boolean }
  | { readonly type: 'window-opened' }
  | { readonly type: 'window-failed' }
  | { readonly type: 'window-closed' }
  | { readonly type: 'back' }
  | { readonly type: 'visibility'; readonly inView: boolean }
  | { readonly type: 'call'; readonly inCall: boolean }
  | { readonly type: 'disabled'; readonly disabled: boolean };

export const INITIAL_PIP: PipState = {
  mode: 'inline',
  reason: 'auto',
  opening: false,
  inView: true,
  inCall: false,
  disabled: false,
  dismissed: false,
};

const inline = (s: PipState): PipState => ({ ...s, mode: 'inline', opening: false, reason: 'auto' });

/** Out of view during a call (enabled, not dismissed, nothing opening): the automatic mini player. */
function settle(s: PipState): PipState {
  if (s.mode === 'inline' && !s.opening && s.inCall && !s.disabled && !s.inView && !s.dismissed) return { ...s, mode: 'mini', reason: 'auto' };
  return s;
}

export function pipStep(s: PipState, input: PipInput): PipState {
  return settle(step(s, input));
}

function step(s: PipState, input: PipInput): PipState {
  switch (input.type) {
    case 'pop-out':
      if (!s.inCall || s.disabled || s.mode === 'window' || s.opening) return s;
      if (input.documentPip) return { ...s, opening: true };
      return { ...s, mode: 'mini', reason: 'request', opening: false };
    case 'window-opened':
      if (!s.opening) return s;
      if (!s.inCall || s.disabled) return inline(s);
      return { ...s, mode: 'window', opening: false };
    case 'window-failed':
      if (!s.opening) return s;
      if (!s.inCall || s.disabled) return inline(s);
      return { ...s, mode: 'mini', reason: 'request', opening: false };
    case 'window-closed':
      return s.mode === 'window' ? inline(s) : s;
    case 'back':
      if (s.mode !== 'mini') return s;
      // Back from an automatic player while still out of view: stay inline until the widget is seen again.
      return { ...inline(s), dismissed: !s.inView };
    case 'visibility': {
      const next = { ...s, inView: input.inView, dismissed: input.inView ? false : s.dismissed };
      if (next.mode === 'mini' && next.reason === 'auto' && input.inView) return inline(next);
      if (next.mode === 'inline' && !next.opening && !input.inView && next.inCall && !next.disabled && !next.dismissed) {
        return { ...next, mode: 'mini', reason: 'auto' };
      }
      return next;
    }
    case 'call': {
      const next = { ...s, inCall: input.inCall };
      if (!input.inCall) return { ...inline(next), dismissed: false };
      if (!s.inCall && next.mode === 'inline' && !next.inView && !next.disabled) return { ...next, mode: 'mini', reason: 'auto' };
      return next;
    }
    case 'disabled': {
      const next = { ...s, disabled: input.disabled };
      return input.disabled ? inline(next) : next;
    }
  }
}

/** The one announcement for a change of mode (empty when the mode did not change). */
export function pipAnnouncement(
  before: PipState,
  after: PipState,
  s: { readonly pipOpened: string; readonly pipClosed: string; readonly pipMiniShown: string },
): string {
  if (before.mode === after.mode) return '';
  if (after.mode === 'window') return s.pipOpened;
  if (after.mode === 'mini') return s.pipMiniShown;
  return s.pipClosed;
}

/** Labels of the PiP controls (so every key of the catalog has its one reader). */
export function pipLabels(s: {
  readonly pipPopOut: string;
  readonly pipBackToTab: string;
  readonly pipMiniPlayer: string;
  readonly pipBackToMeeting: string;
  readonly pipMove: string;
}): { popOut: string; backToTab: string; region: string; back: string; move: string } {
  return { popOut: s.pipPopOut, backToTab: s.pipBackToTab, region: s.pipMiniPlayer, back: s.pipBackToMeeting, move: s.pipMove };
}
