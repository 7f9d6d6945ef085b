/**
 * What the host element loads when (part of the pasted script): the join-driver chunk (in-call and end screens,
 * the session), and ahead of a click the session and calling SDK chunks, so joining never waits on a
 * driver → session → SDK waterfall.
 */
import type { SessionKind } from '../../session/types.js';

export type DriverModule = typeof import('./meeting-join.call.js');

export interface DriverLoader {
  /** The driver chunk, once it is there. */
  readonly module: DriverModule | undefined;
  /** The driver chunk (one request; a failed one is requested again next time). */
  load(): Promise<DriverModule>;
  /**
   * Starts fetching what joining needs; harmless to call repeatedly. On idle (`intent` false) the in-call chunks
   * and the session; on intent (the join button's event) or join also the calling SDK. For ACS all of them are
   * requested at once from here, where the browser can call at all (secure context, WebRTC, getUserMedia — the
   * driver's capability check says why not); the driver's own prefetch (which also warms the emulator session)
   * then finds them in the module map. `own`: the widget's own session (no `sessionFactory`).
   */
  prefetch(kind: SessionKind, own: boolean, intent: boolean): void;
}

/**
 * @param arrived called once the driver chunk is there (its English end-screen strings came with it). A closure
 * rather than a class: its locals minify, which keeps the pasted script small.
 */
export function driverLoader(arrived: () => void): DriverLoader {
  let loading: Promise<DriverModule> | undefined;
  const self = {
    module: undefined as DriverModule | undefined,
    load() {
      return (loading ??= import('./meeting-join.call.js').then(
        (module) => {
          self.module = module;
          arrived();
          return module;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      ));
    },
    prefetch(kind: SessionKind, own: boolean, intent: boolean) {
      if (own && kind === 'acs' && isSecureContext && typeof RTCPeerConnection == 'function' && typeof navigator.mediaDevices?.getUserMedia == 'function') {
        const ignore = () => undefined;
        import('../../session/acs/index.js').catch(ignore);
        if (intent) import('../../session/acs/calling-sdk.js').catch(ignore);
      }
      self.load().then((m) => own && m.prefetchSession(kind, intent), () => undefined);
    },
  };
  return self;
}

/**
 * Runs `prefetch` once the pre-join is complete *at paint* (preview playing, meter sampling, and the frame showing
 * it produced), so it never competes with the preview for the network or the main thread: the next animation
 * frame, then a task after that frame, then idle time (at the latest 5 s later) — unless `signal` aborts first.
 * Leaves nothing on `signal` once the prefetch ran.
 */
export function whenIdle(prefetch: () => void, signal: AbortSignal): void {
  if (typeof requestIdleCallback !== 'function') return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (signal.aborted) return;
      // The signal lives as long as the element is connected (every Rejoin schedules again): a listener left
      // on it after the callback ran would keep its closures for good, one per join/leave cycle.
      const cancel = () => cancelIdleCallback(id);
      const id = requestIdleCallback(() => (signal.removeEventListener('abort', cancel), prefetch()), { timeout: 5000 });
      signal.addEventListener('abort', cancel);
    }),
  );
}
