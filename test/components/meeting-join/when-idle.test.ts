/**
 * `whenIdle` (the pre-join's idle prefetch, meeting-join.loader.ts) on the element's connection signal, which
 * lives as long as the element stays connected: every Rejoin shows the pre-join again and schedules another
 * idle prefetch. Each schedule must leave nothing on that signal once its idle callback has run — the cycles
 * bench found one 'abort' listener (and its closures) kept per join/leave cycle (issue 10 req 3). An abort
 * before the idle callback still cancels it. requestIdleCallback is replaced by a recording fake (so the test
 * decides when "idle" comes, and runs in WebKit, which has none).
 */
import { expect } from '@open-wc/testing';
import { whenIdle } from '../../../src/components/meeting-join/meeting-join.loader.js';
import { until } from './media-tracker.js';

/** A real AbortSignal whose 'abort' listeners are counted (added minus removed). */
function countedSignal(): { controller: AbortController; live: () => number } {
  const controller = new AbortController();
  const signal = controller.signal;
  const listeners = new Set<unknown>();
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((type: string, fn: EventListenerOrEventListenerObject, options?: AddEventListenerOptions | boolean) => {
    if (type === 'abort') listeners.add(fn);
    add(type, fn, options);
  }) as typeof signal.addEventListener;
  signal.removeEventListener = ((type: string, fn: EventListenerOrEventListenerObject, options?: EventListenerOptions | boolean) => {
    if (type === 'abort') listeners.delete(fn);
    remove(type, fn, options);
  }) as typeof signal.removeEventListener;
  return { controller, live: () => listeners.size };
}

describe('whenIdle (idle prefetch of the pre-join)', () => {
  const W = window as unknown as Record<string, unknown>;
  const saved = { request: Object.getOwnPropertyDescriptor(window, 'requestIdleCallback'), cancel: Object.getOwnPropertyDescriptor(window, 'cancelIdleCallback') };
  let scheduled: Map<number, () => void>;
  let cancelled: number[];
  beforeEach(() => {
    scheduled = new Map();
    cancelled = [];
    let next = 1;
    Object.defineProperty(window, 'requestIdleCallback', { configurable: true, writable: true, value: (fn: () => void) => (scheduled.set(next, fn), next++) });
    Object.defineProperty(window, 'cancelIdleCallback', { configurable: true, writable: true, value: (id: number) => (cancelled.push(id), scheduled.delete(id)) });
  });
  afterEach(() => {
    for (const [key, d] of [['requestIdleCallback', saved.request], ['cancelIdleCallback', saved.cancel]] as const) {
      if (d) Object.defineProperty(window, key, d);
      else delete W[key];
    }
  });
  const idleNow = () => {
    const due = [...scheduled.values()];
    scheduled.clear();
    for (const fn of due) fn();
  };

  it('runs the prefetch and keeps no listener on the long-lived signal afterwards, however often it is scheduled', async () => {
    const counted = countedSignal();
    let runs = 0;
    for (let i = 0; i < 5; i++) whenIdle(() => runs++, counted.controller.signal);
    await until(() => scheduled.size === 5, 'the five idle callbacks to be scheduled (after a frame and a task)');
    expect(runs, 'nothing runs before idle time').to.equal(0);
    idleNow();
    expect(runs).to.equal(5);
    expect(counted.live(), "'abort' listeners left on the signal after the prefetches ran").to.equal(0);
    counted.controller.abort();
    expect(cancelled, 'nothing left to cancel').to.deep.equal([]);
  });

  it('an abort before the idle callback cancels it, and the prefetch never runs', async () => {
    const counted = countedSignal();
    let runs = 0;
    whenIdle(() => runs++, counted.controller.signal);
    await until(() => scheduled.size === 1, 'the idle callback to be scheduled');
    const [id] = [...scheduled.keys()];
    counted.controller.abort();
    expect(cancelled).to.deep.equal([id]);
    idleNow();
    expect(runs).to.equal(0);
  });

  it('an abort before the frame schedules nothing', async () => {
    const counted = countedSignal();
    let runs = 0;
    whenIdle(() => runs++, counted.controller.signal);
    counted.controller.abort();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
    expect(scheduled.size).to.equal(0);
    expect(runs).to.equal(0);
    expect(counted.live()).to.equal(0);
  });
});
