/**
 * Reference model for BlobUrlRegistry (../../../src/components/chat-panel/blob-registry.ts): whatever the order of
 * loads, downloads finishing or failing, messages leaving the window and disposal, every blob URL created is
 * revoked exactly once — when its message leaves the window (retain/release) or on dispose — and a URL that is
 * still live belongs to a message in the window.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { BlobUrlRegistry } from '../../../src/components/chat-panel/blob-registry.js';

type Cmd =
  | { t: 'load'; m: number; k: number }
  | { t: 'settle'; i: number; ok: boolean }
  | { t: 'retain'; live: number[] }
  | { t: 'release'; m: number }
  | { t: 'dispose' };

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  fc.record({ t: fc.constant('load' as const), m: fc.nat(5), k: fc.nat(2) }),
  fc.record({ t: fc.constant('settle' as const), i: fc.nat(20), ok: fc.boolean() }),
  fc.record({ t: fc.constant('retain' as const), live: fc.array(fc.nat(5), { maxLength: 6 }) }),
  fc.record({ t: fc.constant('release' as const), m: fc.nat(5) }),
  fc.constant({ t: 'dispose' as const }),
);

describe('BlobUrlRegistry reference model', () => {
  it('every blob URL created is revoked exactly once, when its message leaves the window or on dispose', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cmd, { maxLength: 40 }), async (cmds) => {
        let n = 0;
        const created = new Map<string, string>(); // url → message id
        const revokes = new Map<string, number>();
        const registry = new BlobUrlRegistry(
          () => {
            const url = `blob:test/${n++}`;
            created.set(url, current);
            return url;
          },
          (url) => revokes.set(url, (revokes.get(url) ?? 0) + 1),
        );
        let current = '';
        // Model: the messages in the window (loaded and not dropped since).
        const inWindow = new Set<string>();
        const pending: Array<{ m: string; resolve: (b: Blob) => void; reject: (e: Error) => void }> = [];
        const flush = () => new Promise((r) => setTimeout(r, 0));
        for (const c of cmds) {
          if (c.t === 'load') {
            const m = `m${c.m}`;
            inWindow.add(m);
            void registry
              .load(m, `k${c.k}`, () => new Promise<Blob>((resolve, reject) => pending.push({ m, resolve, reject })))
              .catch(() => undefined);
          } else if (c.t === 'settle' && pending.length) {
            const p = pending.splice(c.i % pending.length, 1)[0]!;
            current = p.m;
            if (c.ok) p.resolve(new Blob(['x']));
            else p.reject(new Error('503'));
            await flush();
          } else if (c.t === 'retain') {
            const live = new Set(c.live.map((m) => `m${m}`));
            for (const m of [...inWindow]) if (!live.has(m)) inWindow.delete(m);
            registry.retain(live);
          } else if (c.t === 'release') {
            inWindow.delete(`m${c.m}`);
            registry.release(`m${c.m}`);
          } else if (c.t === 'dispose') {
            inWindow.clear();
            registry.dispose();
          }
          // Invariants after every step.
          for (const [url, count] of revokes) expect(count, `${url} revoked once`).to.equal(1);
          for (const url of registry.liveUrls) {
            expect(revokes.has(url), `${url} live and not revoked`).to.equal(false);
            expect(inWindow.has(created.get(url)!), `${url} belongs to a message in the window`).to.equal(true);
          }
          for (const url of created.keys()) {
            expect(registry.liveUrls.includes(url) || revokes.get(url) === 1, `${url} live or revoked`).to.equal(true);
          }
        }
        // Settle what is left, then dispose: nothing may stay alive.
        for (const p of pending.splice(0)) {
          current = p.m;
          p.resolve(new Blob(['x']));
        }
        await flush();
        registry.dispose();
        for (const url of created.keys()) expect(revokes.get(url), `${url} revoked at the end`).to.equal(1);
      }),
      { numRuns: 500 },
    );
  });
});
