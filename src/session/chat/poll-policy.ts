/**
 * When chat polls (DOM-free, SDK-free; property-tested): the documented List-messages limits, exponential
 * backoff with jitter after failures, and `Retry-After` on 429/503.
 *
 * Source: Microsoft Learn, "Service limits for Azure Communication Services", section Chat → Rate Limits
 * (https://learn.microsoft.com/azure/communication-services/concepts/service-limits):
 *   List chat messages — per user per chat thread: 50 per 10 s, 200 per minute;
 *                        per chat thread:          250 per 10 s, 400 per minute;
 *   Size limits — Page size ListMessages: 200.
 * Same page: on 429, "Avoid immediate retries because all requests accrue against your usage limits."
 *
 * Every widget in a meeting polls the same thread, so the per-thread minute limit is the one that binds:
 * 20 widgets × 60 s / `MIN_POLL_INTERVAL_MS` must stay under 400. The base interval is 4 s with ±20 % jitter,
 * so no interval is shorter than 3.2 s: 20 × 60 / 3.2 = 375 requests a minute (≤ 400), and at most 4 per
 * widget in any 10 s (20 × 4 = 80 ≤ 250; one user: 4 ≤ 50, and 19 a minute ≤ 200). A burst read in pages adds
 * a request per extra page of 200, rare and bounded by the burst itself.
 */

export const LIST_MESSAGES_LIMITS = {
  perUserPerThread: { per10s: 50, perMinute: 200 },
  perThread: { per10s: 250, perMinute: 400 },
  pageSize: 200,
} as const;

/** Widgets of one meeting the default schedule is sized for. */
export const PLANNED_WIDGETS_PER_MEETING = 20;
export const BASE_POLL_INTERVAL_MS = 4000;
/** ±20 % around the base. */
export const POLL_JITTER = 0.2;
export const MIN_POLL_INTERVAL_MS = BASE_POLL_INTERVAL_MS * (1 - POLL_JITTER);
/** Backoff stops growing here. */
export const MAX_BACKOFF_MS = 60_000;

export interface PollDelayInput {
  /** Base interval; never below `MIN_POLL_INTERVAL_MS` unless a test asks for it explicitly. */
  readonly baseMs: number;
  /** Consecutive failed polls (0 after a success). */
  readonly failures: number;
  /** What the service asked for with `Retry-After` (ms), if it did. */
  readonly retryAfterMs?: number | undefined;
  /** A number in [0, 1). */
  readonly random: number;
}

/**
 * The delay before the next poll. Without failures: the base ±20 %. After n failures: an exponential
 * backoff, base × 2ⁿ capped at 60 s, with "equal jitter" (half fixed, half random) so that widgets that failed
 * together do not retry together. A `Retry-After` is a floor: never poll earlier than the service asked.
 */
export function nextPollDelay({ baseMs, failures, retryAfterMs, random }: PollDelayInput): number {
  const r = Math.min(Math.max(Number.isFinite(random) ? random : 0.5, 0), 1);
  let delay: number;
  if (failures <= 0) {
    delay = baseMs * (1 - POLL_JITTER + 2 * POLL_JITTER * r);
  } else {
    const ceiling = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.min(failures, 16));
    delay = Math.max(baseMs, ceiling / 2 + (ceiling / 2) * r);
  }
  if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs > 0) {
    delay = Math.max(delay, Math.min(retryAfterMs, 10 * MAX_BACKOFF_MS));
  }
  return Math.round(delay);
}

/**
 * `Retry-After` as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or
 * unreadable. Also reads the `retry-after-ms` / `x-ms-retry-after-ms` headers Azure services send.
 */
export function parseRetryAfter(headers: { get(name: string): string | undefined | null } | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const ms = Number(headers.get(name));
    if (headers.get(name) && Number.isFinite(ms) && ms >= 0) return ms;
  }
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
