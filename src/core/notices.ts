/**
 * The notice queue (DOM-free): what the visitor is told about the state they are in, and which action fits.
 *
 * Rules from the issue: never more than two notices on screen; the most important first (errors that need an
 * action before anything else); none steals focus except those that need action (`needsAction`, which the
 * element uses to move focus). A notice can replace others by code ("reconnected" replaces "reconnecting";
 * the end of a call replaces the lobby and reconnection notices), and pushing a code that is already queued
 * replaces the old one instead of stacking duplicates.
 *
 * Time is explicit: pass `now` (ms). `nextExpiry()` tells the owner when to call `expire()`;
 * `scheduleNoticeExpiry()` does that with real timers.
 */
import type { ErrorCode } from './errors.js';

export type NoticeKey =
  | 'lobby-waiting'
  | 'reconnecting'
  | 'reconnected'
  | 'muted-by-others'
  | 'permission-denied'
  | 'network'
  | 'device-failed'
  // The visitor's devices (src/session/diagnostic-notices.ts): none connected, or the selected one unplugged.
  | 'no-microphone'
  | 'no-camera'
  | 'microphone-switched'
  | 'camera-switched'
  | 'speaker-switched';

export type NoticeCode = ErrorCode | NoticeKey;
export type NoticeSeverity = 'info' | 'warning' | 'error';
export type NoticeAction = 'rejoin' | 'retry' | 'dismiss' | 'cancel' | 'fix-permissions';

export interface Notice {
  readonly id: string;
  readonly code: NoticeCode;
  readonly severity: NoticeSeverity;
  /** The one action that makes sense; `dismiss` means the dismiss button is the action. */
  readonly action?: NoticeAction | undefined;
  /** The visitor must act (e.g. rejoin after being denied). Only these may take focus. */
  readonly needsAction: boolean;
  /** Cannot be dismissed by the visitor; goes when replaced or dismissed by code (e.g. lobby, reconnecting). */
  readonly sticky?: boolean | undefined;
  /** Removed automatically this long after it was pushed. */
  readonly autoDismissMs?: number | undefined;
  /** When it was pushed (ms); also the start of "waiting for 2:15" in the lobby. */
  readonly createdAt: number;
}

export type NoticeInput = Pick<Notice, 'code'> & Partial<Omit<Notice, 'id' | 'code' | 'createdAt'>>;

export const MAX_VISIBLE_NOTICES = 2;

type Defaults = Omit<Notice, 'id' | 'code' | 'createdAt'>;

const ENDED: Defaults = { severity: 'error', action: 'rejoin', needsAction: true, sticky: true };

/** What each code means by default: severity, action, whether it needs the visitor, how long it stays. */
const DEFAULTS: Partial<Record<NoticeCode, Defaults>> = {
  'lobby-waiting': { severity: 'info', action: 'cancel', needsAction: false, sticky: true },
  reconnecting: { severity: 'warning', needsAction: false, sticky: true },
  reconnected: { severity: 'info', action: 'dismiss', needsAction: false, autoDismissMs: 4000 },
  'muted-by-others': { severity: 'info', action: 'dismiss', needsAction: false, autoDismissMs: 8000 },
  'permission-denied': { severity: 'warning', action: 'fix-permissions', needsAction: false },
  'media-permission-denied': { severity: 'warning', action: 'fix-permissions', needsAction: false },
  network: { severity: 'warning', action: 'dismiss', needsAction: false },
  'device-failed': { severity: 'warning', action: 'retry', needsAction: false },
  'media-device-failed': { severity: 'warning', action: 'retry', needsAction: false },
  'media-no-device': { severity: 'warning', action: 'dismiss', needsAction: false },
  'token-refresh-failed': { severity: 'warning', action: 'dismiss', needsAction: false },
  'chat-polling': { severity: 'info', action: 'dismiss', needsAction: false, autoDismissMs: 8000 },
  'chat-send-failed': { severity: 'warning', action: 'dismiss', needsAction: false, autoDismissMs: 8000 },
  'chat-load-failed': { severity: 'warning', action: 'dismiss', needsAction: false },
  'chat-unavailable': { severity: 'info', action: 'dismiss', needsAction: false },
  // The page's Trusted Types policy refuses our sanitiser's name: formatted messages show as plain text.
  'chat-html-blocked': { severity: 'warning', action: 'dismiss', needsAction: false },
  // The page's policy refuses the ACS effects package: the camera is sent without a background effect.
  'background-effects-blocked': { severity: 'warning', action: 'dismiss', needsAction: false },
  'speaking-while-muted': { severity: 'info', action: 'dismiss', needsAction: false, autoDismissMs: 6000 },
  'mic-muted-by-system': { severity: 'warning', action: 'dismiss', needsAction: false },
  'no-microphone': { severity: 'warning', action: 'dismiss', needsAction: false },
  'no-camera': { severity: 'info', action: 'dismiss', needsAction: false, autoDismissMs: 8000 },
  'microphone-switched': { severity: 'info', action: 'dismiss', needsAction: false, autoDismissMs: 8000 },
  'camera-switched': { severity: 'info', action: 'dismiss', needsAction: false, autoDismissMs: 8000 },
  'speaker-switched': { severity: 'info', action: 'dismiss', needsAction: false, autoDismissMs: 8000 },
  'screen-share-failed': { severity: 'warning', action: 'dismiss', needsAction: false, autoDismissMs: 8000 },
  denied: ENDED,
  removed: ENDED,
  'meeting-ended': { ...ENDED, severity: 'info' },
  'lobby-timeout': ENDED,
  'call-failed': ENDED,
  'join-failed': { ...ENDED, action: 'retry' },
  'meeting-not-found': ENDED,
  'not-permitted': ENDED,
  'token-rejected': { ...ENDED, action: 'retry' },
  'service-unavailable': { ...ENDED, action: 'retry' },
  'guest-join-disabled': ENDED,
};

/** Anything else (configuration errors, …) is an error the visitor can dismiss. */
const FALLBACK: Defaults = { severity: 'error', action: 'dismiss', needsAction: false };

const CALL_STATE_NOTICES: readonly NoticeCode[] = ['lobby-waiting', 'reconnecting', 'reconnected'];

/** Codes a notice removes when it is pushed (besides its own code). */
const REPLACES: Partial<Record<NoticeCode, readonly NoticeCode[]>> = {
  reconnected: ['reconnecting', 'network'],
  reconnecting: ['reconnected'],
  denied: CALL_STATE_NOTICES,
  removed: CALL_STATE_NOTICES,
  'meeting-ended': CALL_STATE_NOTICES,
  'lobby-timeout': CALL_STATE_NOTICES,
  'call-failed': CALL_STATE_NOTICES,
  'join-failed': CALL_STATE_NOTICES,
  'meeting-not-found': CALL_STATE_NOTICES,
  'not-permitted': CALL_STATE_NOTICES,
  'token-rejected': CALL_STATE_NOTICES,
  'service-unavailable': CALL_STATE_NOTICES,
  'guest-join-disabled': CALL_STATE_NOTICES,
};

export function noticeDefaults(code: NoticeCode): Defaults {
  return DEFAULTS[code] ?? FALLBACK;
}

const SEVERITY_RANK: Record<NoticeSeverity, number> = { error: 3, warning: 2, info: 1 };

/** Higher first: needs action, then severity, then the newest. */
export function compareNotices(a: Notice, b: Notice): number {
  return (
    Number(b.needsAction) - Number(a.needsAction) ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    b.createdAt - a.createdAt
  );
}

export class NoticeQueue {
  #notices: Notice[] = [];
  #seq = 0;
  #listeners = new Set<() => void>();

  /** Every queued notice, highest priority first. */
  all(): readonly Notice[] {
    return [...this.#notices].sort(compareNotices);
  }

  /** The notices to show: at most two, highest priority first. */
  visible(): readonly Notice[] {
    return this.all().slice(0, MAX_VISIBLE_NOTICES);
  }

  /** Listen for changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Adds a notice (defaults from its code). Replaces a queued notice with the same code and the codes this
   * one supersedes. Returns the new notice.
   */
  push(input: NoticeInput, now: number): Notice {
    const defaults = noticeDefaults(input.code);
    const notice: Notice = {
      id: `notice-${++this.#seq}`,
      code: input.code,
      severity: input.severity ?? defaults.severity,
      action: input.action ?? defaults.action,
      needsAction: input.needsAction ?? defaults.needsAction,
      sticky: input.sticky ?? defaults.sticky,
      autoDismissMs: input.autoDismissMs ?? defaults.autoDismissMs,
      createdAt: now,
    };
    const superseded = new Set<NoticeCode>([input.code, ...(REPLACES[input.code] ?? [])]);
    this.#notices = [...this.#notices.filter((n) => !superseded.has(n.code)), notice];
    this.#changed();
    return notice;
  }

  /** Replaces every notice with code `code` by a new notice (pushes it even if none was queued). */
  replace(code: NoticeCode, input: NoticeInput, now: number): Notice {
    this.#notices = this.#notices.filter((n) => n.code !== code);
    return this.push(input, now);
  }

  /** Removes one notice by id (the visitor dismissed it, or its action was taken). */
  dismiss(id: string): boolean {
    return this.#remove((n) => n.id === id);
  }

  /** Removes every notice with one of these codes (e.g. `lobby-waiting` once admitted). */
  dismissCode(...codes: NoticeCode[]): boolean {
    return this.#remove((n) => codes.includes(n.code));
  }

  clear(): void {
    this.#remove(() => true);
  }

  /** Removes notices whose auto-dismiss time has come. */
  expire(now: number): boolean {
    return this.#remove((n) => n.autoDismissMs !== undefined && n.createdAt + n.autoDismissMs <= now);
  }

  /** When the next notice expires (ms), or null. */
  nextExpiry(): number | null {
    let next: number | null = null;
    for (const n of this.#notices) {
      if (n.autoDismissMs === undefined) continue;
      const at = n.createdAt + n.autoDismissMs;
      if (next === null || at < next) next = at;
    }
    return next;
  }

  #remove(predicate: (n: Notice) => boolean): boolean {
    const kept = this.#notices.filter((n) => !predicate(n));
    if (kept.length === this.#notices.length) return false;
    this.#notices = kept;
    this.#changed();
    return true;
  }

  #changed(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}

/**
 * Expires auto-dismissing notices on time with real timers until `signal` aborts. The owner (the call view)
 * starts it on connect and aborts it on disconnect.
 */
export function scheduleNoticeExpiry(
  queue: NoticeQueue,
  signal: AbortSignal,
  clock: () => number = () => Date.now(),
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const plan = () => {
    clearTimeout(timer);
    timer = undefined;
    const at = queue.nextExpiry();
    if (at === null || signal.aborted) return;
    timer = setTimeout(() => queue.expire(Math.max(clock(), at)), Math.max(0, at - clock()));
  };
  const unsubscribe = queue.subscribe(plan);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    unsubscribe();
  });
  plan();
}
