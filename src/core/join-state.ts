/**
 * The join state machine (DOM-free). The element renders purely from a `JoinState`.
 *
 *   idle → prejoin → connecting → lobby → connected ⇄ reconnecting
 *                        │          │         │            │
 *                        └──────────┴─────────┴────────────┴──→ left | ended | removed | denied | failed
 *
 * Any ended state may go back to `prejoin` (rejoin). `idle` and `prejoin` may go to `failed`
 * (configuration or token errors). Impossible transitions are rejected: `transition()` returns an error
 * result and the caller keeps the old state.
 */
import type { ErrorCode } from './errors.js';

export type JoinPhase =
  | 'idle'
  | 'prejoin'
  | 'connecting'
  | 'lobby'
  | 'connected'
  | 'reconnecting'
  | 'left'
  | 'ended'
  | 'removed'
  | 'denied'
  | 'failed';

export type EndPhase = 'left' | 'ended' | 'removed' | 'denied' | 'failed';

export const END_PHASES: readonly EndPhase[] = ['left', 'ended', 'removed', 'denied', 'failed'];

export interface JoinState {
  readonly phase: JoinPhase;
  /** Set for end phases: why it ended. For `left` by the visitor it is `'left'`. */
  readonly reason?: ErrorCode | 'left' | undefined;
  /** Non-secret diagnostic (e.g. `490/4525`). */
  readonly detail?: string | undefined;
  /** When the phase was entered (ms since epoch), for "waiting for 2 min" displays. */
  readonly since: number;
}

const ALLOWED: Readonly<Record<JoinPhase, readonly JoinPhase[]>> = {
  idle: ['prejoin', 'failed'],
  prejoin: ['connecting', 'failed'],
  connecting: ['lobby', 'connected', 'reconnecting', ...END_PHASES],
  lobby: ['connected', 'reconnecting', ...END_PHASES],
  connected: ['reconnecting', ...END_PHASES],
  reconnecting: ['connected', 'lobby', ...END_PHASES],
  left: ['prejoin'],
  ended: ['prejoin'],
  removed: ['prejoin'],
  denied: ['prejoin'],
  failed: ['prejoin', 'failed'],
};

export function isEndPhase(phase: JoinPhase): phase is EndPhase {
  return (END_PHASES as readonly JoinPhase[]).includes(phase);
}

/** True while a call exists (joining, waiting, in the call). */
export function isInCall(phase: JoinPhase): boolean {
  return phase === 'connecting' || phase === 'lobby' || phase === 'connected' || phase === 'reconnecting';
}

export function canTransition(from: JoinPhase, to: JoinPhase): boolean {
  return ALLOWED[from].includes(to);
}

export const INITIAL_JOIN_STATE: JoinState = { phase: 'idle', since: 0 };

export type TransitionResult =
  | { readonly ok: true; readonly state: JoinState }
  | { readonly ok: false; readonly error: string };

/**
 * Computes the next state. End phases require a reason; other phases must not carry one.
 * A transition to the current phase (other than `failed` with a new reason) is a no-op success.
 */
export function transition(
  current: JoinState,
  to: JoinPhase,
  options: { reason?: ErrorCode | 'left'; detail?: string; now?: number } = {},
): TransitionResult {
  const now = options.now ?? Date.now();
  if (current.phase === to && to !== 'failed') return { ok: true, state: current };
  if (!canTransition(current.phase, to)) {
    // Logged (development) as "ignored transition: idle → lobby": the message need not say it again.
    return { ok: false, error: `${current.phase} → ${to}` };
  }
  if (isEndPhase(to)) {
    if (!options.reason) return { ok: false, error: `${to} needs a reason` };
    if (to === 'left' && options.reason !== 'left') {
      return { ok: false, error: `left needs reason 'left', not ${options.reason}` };
    }
    return { ok: true, state: { phase: to, reason: options.reason, detail: options.detail, since: now } };
  }
  if (options.reason) return { ok: false, error: `${to} takes no reason` };
  return { ok: true, state: { phase: to, since: now } };
}
