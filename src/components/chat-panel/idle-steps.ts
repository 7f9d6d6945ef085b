/**
 * Runs a job in small steps on idle callbacks (DOM-free: the clock and the idle API are injected; the chat panel
 * uses it for the sanitiser's warm-up, src/core/sanitize.ts `warmChatSanitizer`). Each idle callback runs steps
 * while the step asks for more, the browser's deadline has time left and this callback has run less than
 * `sliceMs`; it always runs at least one step (so the job advances on a page that is never idle, when the
 * callback comes by its timeout), and never a step after the job said it is done or was cancelled. So no slice
 * is a long task unless one step is.
 */

export interface IdleDeadlineLike {
  readonly didTimeout: boolean;
  timeRemaining(): number;
}

/** The idle API and clock (the browser's by default; tests pass fakes). */
export interface IdleApi {
  request(callback: (deadline: IdleDeadlineLike) => void, timeoutMs: number): unknown;
  cancel(handle: unknown): void;
  now(): number;
}

export interface IdleStepsOptions {
  /** Longest a callback keeps running steps (the first step always runs). */
  readonly sliceMs?: number;
  /** Latest an idle callback comes on a busy page (requestIdleCallback's `timeout`). */
  readonly timeoutMs?: number;
  readonly api?: IdleApi;
}

/** requestIdleCallback where the browser has it; otherwise a timer with a nominal 8 ms deadline (WebKit). */
export const browserIdleApi: IdleApi = {
  request(callback, timeoutMs) {
    if (typeof requestIdleCallback === 'function') return { idle: requestIdleCallback(callback, { timeout: timeoutMs }) };
    const end = performance.now() + 8;
    return { timer: setTimeout(() => callback({ didTimeout: false, timeRemaining: () => Math.max(0, end - performance.now()) }), 16) };
  },
  cancel(handle) {
    const h = handle as { idle?: number; timer?: ReturnType<typeof setTimeout> };
    if (h.idle !== undefined) cancelIdleCallback(h.idle);
    if (h.timer !== undefined) clearTimeout(h.timer);
  },
  now: () => performance.now(),
};

/**
 * Runs `step` until it returns `false`, in idle slices as above. Returns `cancel()`: no step runs after it.
 */
export function runInIdleSteps(step: () => boolean, options: IdleStepsOptions = {}): () => void {
  const api = options.api ?? browserIdleApi;
  const sliceMs = options.sliceMs ?? 4;
  const timeoutMs = options.timeoutMs ?? 1000;
  let handle: unknown;
  let done = false;
  const slice = (deadline: IdleDeadlineLike): void => {
    handle = undefined;
    const start = api.now();
    do {
      if (!step()) {
        done = true;
        return;
      }
      // `done` again: a step may have cancelled the job (the page left, say).
    } while (!done && deadline.timeRemaining() > 1 && api.now() - start < sliceMs);
    if (!done) handle = api.request(slice, timeoutMs);
  };
  handle = api.request(slice, timeoutMs);
  return () => {
    done = true;
    if (handle !== undefined) api.cancel(handle);
    handle = undefined;
  };
}
