import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  BASE_POLL_INTERVAL_MS,
  LIST_MESSAGES_LIMITS,
  MAX_BACKOFF_MS,
  MIN_POLL_INTERVAL_MS,
  nextPollDelay,
  parseRetryAfter,
  PLANNED_WIDGETS_PER_MEETING,
} from '../../../src/session/chat/poll-policy.js';
import { chatUnavailableReason } from '../../../src/session/chat/chat-rules.js';

/** Largest number of request times inside any window of `windowMs`. */
function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name.toLowerCase()] });

describe('chat poll policy (Service limits: List chat messages)', () => {
  it('without failures stays within ±20 % of the base and never below the 3.2 s floor', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (random) => {
        const d = nextPollDelay({ baseMs: BASE_POLL_INTERVAL_MS, failures: 0, random });
        return d >= MIN_POLL_INTERVAL_MS && d <= BASE_POLL_INTERVAL_MS * 1.2;
      }),
    );
  });

  it('backs off exponentially with jitter, capped, and never earlier than Retry-After', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.option(fc.integer({ min: 1, max: 300_000 }), { nil: undefined }),
        (failures, random, retryAfterMs) => {
          const d = nextPollDelay({ baseMs: BASE_POLL_INTERVAL_MS, failures, random, retryAfterMs });
          const ceiling = Math.min(MAX_BACKOFF_MS, BASE_POLL_INTERVAL_MS * 2 ** failures);
          const withinBackoff = d >= ceiling / 2 - 1 && d <= ceiling + 1;
          if (retryAfterMs === undefined) return withinBackoff;
          return d >= Math.min(retryAfterMs, 600_000) - 1 && (withinBackoff || d === retryAfterMs);
        },
      ),
    );
    const low = nextPollDelay({ baseMs: 4000, failures: 3, random: 0 });
    const high = nextPollDelay({ baseMs: 4000, failures: 3, random: 0.999 });
    expect(high - low, 'jitter spreads widgets that failed together').to.be.greaterThan(10_000);
  });

  it(`keeps a meeting with ${PLANNED_WIDGETS_PER_MEETING} widgets under the per-thread and per-user limits (10 simulated minutes)`, () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let state = seed >>> 0 || 1;
        const random = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
        const all: number[] = [];
        let perUserMax10 = 0;
        let perUserMax60 = 0;
        for (let w = 0; w < PLANNED_WIDGETS_PER_MEETING; w++) {
          const mine: number[] = [];
          // Widgets start at any moment (page loads), then follow the policy.
          for (let t = random() * 5000; t < 600_000; t += nextPollDelay({ baseMs: BASE_POLL_INTERVAL_MS, failures: 0, random: random() })) mine.push(t);
          perUserMax10 = Math.max(perUserMax10, maxInWindow(mine, 10_000));
          perUserMax60 = Math.max(perUserMax60, maxInWindow(mine, 60_000));
          all.push(...mine);
        }
        const { perThread, perUserPerThread } = LIST_MESSAGES_LIMITS;
        return (
          maxInWindow(all, 10_000) <= perThread.per10s &&
          maxInWindow(all, 60_000) <= perThread.perMinute &&
          perUserMax10 <= perUserPerThread.per10s &&
          perUserMax60 <= perUserPerThread.perMinute
        );
      }),
      { numRuns: 20 },
    );
  });

  it('reads Retry-After as seconds or an HTTP date, and the Azure ms headers', () => {
    expect(parseRetryAfter(headers({ 'retry-after': '7' }))).to.equal(7000);
    expect(parseRetryAfter(headers({ 'retry-after-ms': '250' }))).to.equal(250);
    expect(parseRetryAfter(headers({ 'x-ms-retry-after-ms': '30' }))).to.equal(30);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter(headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).to.equal(5000);
    expect(parseRetryAfter(headers({ 'retry-after': 'soon' }))).to.equal(undefined);
    expect(parseRetryAfter(headers({}))).to.equal(undefined);
    expect(parseRetryAfter(undefined)).to.equal(undefined);
  });
});

describe('chat rules (one module for both sessions)', () => {
  const base = { chatEnabled: true, identity: 'acs' as const, threadId: '19:meeting_x@thread.v2' };
  it('says why chat does not exist, in a fixed order', () => {
    expect(chatUnavailableReason(base)).to.equal(undefined);
    expect(chatUnavailableReason({ ...base, chatEnabled: false, identity: 'teams' })).to.equal('disabled');
    expect(chatUnavailableReason({ ...base, identity: 'teams' })).to.equal('teams-identity');
    expect(chatUnavailableReason({ ...base, threadId: undefined })).to.equal('error');
    expect(chatUnavailableReason({ ...base, threadId: '19:abc@thread.tacv2' })).to.equal('channel-meeting');
    expect(chatUnavailableReason({ ...base, threadId: '19:abc@thread.skype' })).to.equal('channel-meeting');
    expect(chatUnavailableReason({ ...base, channel: true })).to.equal('channel-meeting');
    expect(chatUnavailableReason({ ...base, needsEndpoint: true })).to.equal('no-endpoint');
    expect(chatUnavailableReason({ ...base, needsEndpoint: true, endpoint: 'https://x.communication.azure.com' })).to.equal(undefined);
  });
});
