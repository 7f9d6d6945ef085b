/**
 * Idle steps (src/components/chat-panel/idle-steps.ts): the runner behind the sanitiser's warm-up, with a fake idle
 * API and clock. A seeded property over random idle deadlines, timeouts, step durations, job lengths and a cancel
 * at a random point (also from inside a step) checks it against what it promises: steps run only inside idle callbacks, each callback runs
 * at least one step while the job wants more, no callback starts a step once its slice or the deadline is used
 * up, nothing runs after the job said it was done or was cancelled, nothing stays scheduled then, and the job
 * finishes when callbacks keep coming. No timings are asserted: the clock is the fake's.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { runInIdleSteps, type IdleApi, type IdleDeadlineLike } from '../../../src/components/chat-panel/idle-steps.js';

const SEED = 20_261_203;

/** A fake idle API: callbacks are queued and run by the test, the clock advances by what the steps "take". */
class FakeIdle implements IdleApi {
  clock = 0;
  queue: { id: number; callback: (d: IdleDeadlineLike) => void; timeoutMs: number }[] = [];
  #next = 1;
  inCallback = false;
  requests = 0;
  now = (): number => this.clock;
  request(callback: (d: IdleDeadlineLike) => void, timeoutMs: number): unknown {
    this.requests++;
    const id = this.#next++;
    this.queue.push({ id, callback, timeoutMs });
    return id;
  }
  cancel(handle: unknown): void {
    this.queue = this.queue.filter((q) => q.id !== handle);
  }
  /** Runs the oldest callback with `remaining` ms of idle time (`didTimeout`: it came by its timeout, 0 ms). */
  fire(remaining: number, didTimeout = false): boolean {
    const next = this.queue.shift();
    if (!next) return false;
    const end = this.clock + (didTimeout ? 0 : remaining);
    this.inCallback = true;
    try {
      next.callback({ didTimeout, timeRemaining: () => Math.max(0, end - this.clock) });
    } finally {
      this.inCallback = false;
    }
    return true;
  }
}

describe('idle steps: small steps on idle callbacks', () => {
  it('runs nothing before the first idle callback, then steps until the job is done', () => {
    const idle = new FakeIdle();
    let steps = 0;
    runInIdleSteps(() => ++steps < 5, { api: idle, sliceMs: 100 });
    expect(steps, 'nothing runs synchronously').to.equal(0);
    idle.fire(50);
    expect(steps, 'one callback with time left runs the whole short job').to.equal(5);
    expect(idle.queue.length, 'nothing scheduled after the job said it is done').to.equal(0);
  });

  it('stops a callback at its slice and continues in the next one', () => {
    const idle = new FakeIdle();
    let steps = 0;
    runInIdleSteps(() => ((idle.clock += 3), ++steps < 100), { api: idle, sliceMs: 10 });
    idle.fire(50);
    expect(steps, '3 ms steps in a 10 ms slice: 4 steps (the 4th starts at 9 ms)').to.equal(4);
    expect(idle.queue.length, 'the rest is scheduled').to.equal(1);
    idle.fire(50);
    expect(steps).to.equal(8);
  });

  it('runs exactly one step in a callback that came by its timeout (no idle time)', () => {
    const idle = new FakeIdle();
    let steps = 0;
    runInIdleSteps(() => ++steps < 100, { api: idle });
    idle.fire(0, true);
    idle.fire(0, true);
    expect(steps, 'the job advances on a page that is never idle, one step per callback').to.equal(2);
  });

  it('cancel() stops it: no step runs and nothing stays scheduled', () => {
    const idle = new FakeIdle();
    let steps = 0;
    const cancel = runInIdleSteps(() => ++steps < 100, { api: idle, sliceMs: 0 });
    idle.fire(50);
    cancel();
    expect(idle.queue.length, 'the pending callback was cancelled').to.equal(0);
    expect(steps).to.equal(1);
  });

  it('property: steps only inside callbacks, at least one per callback, none past a slice or after done/cancel, finishes', () => {
    const event = fc.oneof(
      fc.record({ t: fc.constant('idle' as const), remaining: fc.integer({ min: 0, max: 50 }) }),
      fc.record({ t: fc.constant('timeout' as const) }),
      fc.record({ t: fc.constant('cancel' as const) }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 30 }),
        fc.array(event, { maxLength: 80 }),
        fc.option(fc.integer({ min: 0, max: 60 })),
        (jobLength, durations, sliceMs, events, cancelInStep) => {
          const idle = new FakeIdle();
          let steps = 0;
          let finished = false;
          let cancelled = false;
          let callbackSteps = 0;
          let callbackStart = 0;
          let callbackEnd = 0;
          let lastStepAt = 0;
          const step = (): boolean => {
            expect(idle.inCallback, 'a step runs only inside an idle callback').to.equal(true);
            expect(finished || cancelled, 'no step after the job is done or cancelled').to.equal(false);
            if (callbackSteps > 0) {
              // A further step in the same callback only while the slice and the deadline (> 1 ms) allowed it.
              expect(lastStepAt - callbackStart, 'no step starts past the slice').to.be.below(sliceMs);
              expect(callbackEnd - lastStepAt, 'no step starts without idle time left').to.be.above(1);
            }
            callbackSteps++;
            idle.clock += durations[steps % durations.length]!;
            lastStepAt = idle.clock;
            steps++;
            if (steps >= jobLength) finished = true;
            // The job cancelled from inside one of its steps (its page left while it ran).
            if (steps === cancelInStep && !finished) {
              cancel();
              cancelled = true;
            }
            return !finished;
          };
          const cancel = runInIdleSteps(step, { api: idle, sliceMs });
          const fire = (remaining: number, timeout: boolean): void => {
            const before = steps;
            callbackSteps = 0;
            callbackStart = idle.clock;
            callbackEnd = idle.clock + (timeout ? 0 : remaining);
            const pending = idle.queue.length > 0;
            const wasCancelled = cancelled;
            idle.fire(remaining, timeout);
            if (pending && !wasCancelled && before < jobLength) expect(steps, 'a callback runs at least one step').to.be.above(before);
            if (timeout && pending) expect(steps - before, 'a timed-out callback runs one step').to.be.at.most(1);
          };
          for (const e of events) {
            if (e.t === 'cancel') {
              cancel();
              cancelled = true;
            } else fire(e.t === 'idle' ? e.remaining : 0, e.t === 'timeout');
            expect(idle.queue.length, 'at most one callback pending').to.be.at.most(1);
            if (finished || cancelled) expect(idle.queue.length, 'nothing scheduled after done or cancel').to.equal(0);
          }
          // Callbacks keep coming (by their timeout, the worst case): the job finishes unless cancelled.
          for (let i = 0; i < jobLength + 1 && idle.queue.length; i++) fire(0, true);
          expect(finished || cancelled, 'the job finishes when callbacks keep coming').to.equal(true);
          expect(steps, 'never more steps than the job wanted').to.be.at.most(jobLength);
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });
});
