import { expect } from '@open-wc/testing';
import { listen, Subscriptions } from '../../../src/session/acs/listen.js';

/** TEST DOUBLE emitter with SDK-style on/off overloads. */
class Target {
  readonly handlers = new Map<string, Set<unknown>>();
  on(event: 'a', handler: () => void): void;
  on(event: 'b', handler: (args: { n: number }) => void): void;
  on(event: string, handler: unknown): void {
    (this.handlers.get(event) ?? this.handlers.set(event, new Set()).get(event)!).add(handler);
  }
  off(event: 'a', handler: () => void): void;
  off(event: 'b', handler: (args: { n: number }) => void): void;
  off(event: string, handler: unknown): void {
    this.handlers.get(event)?.delete(handler);
  }
  count(): number {
    return [...this.handlers.values()].reduce((n, s) => n + s.size, 0);
  }
}

describe('listen(target, event, handler) → off', () => {
  it('subscribes with on and removes exactly that handler with off, once', () => {
    const t = new Target();
    const offA = listen(t, 'a', () => {});
    const offB = listen(t, 'b', (args: { n: number }) => void args.n);
    expect(t.count()).to.equal(2);
    offA();
    offA();
    expect(t.count(), 'only the a handler removed, a second off is harmless').to.equal(1);
    offB();
    expect(t.count()).to.equal(0);
  });

  it('Subscriptions.dispose runs every off even when one throws, and only once', () => {
    const t = new Target();
    const subs = new Subscriptions();
    subs.listen(t, 'a', () => {});
    subs.add(() => {
      throw new Error('boom');
    });
    subs.listen(t, 'b', (args: { n: number }) => void args.n);
    subs.dispose();
    expect(t.count()).to.equal(0);
    subs.dispose();
  });
});
