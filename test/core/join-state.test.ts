/**
 * Exhaustive tests of the join state machine: every pair of phases is checked against the documented
 * diagram (not against the module's own table), so a silently widened or narrowed table fails here.
 */
import { expect } from '@open-wc/testing';
import {
  END_PHASES,
  INITIAL_JOIN_STATE,
  canTransition,
  isEndPhase,
  isInCall,
  transition,
  type EndPhase,
  type JoinPhase,
  type JoinState,
} from '../../src/core/join-state.js';
import type { ErrorCode } from '../../src/core/errors.js';

const PHASES: readonly JoinPhase[] = [
  'idle',
  'prejoin',
  'connecting',
  'lobby',
  'connected',
  'reconnecting',
  'left',
  'ended',
  'removed',
  'denied',
  'failed',
];
const ENDS: readonly EndPhase[] = ['left', 'ended', 'removed', 'denied', 'failed'];

/** The diagram from the module's doc comment and issue 2 requirement 6, written out independently. */
const EXPECTED: Readonly<Record<JoinPhase, readonly JoinPhase[]>> = {
  idle: ['prejoin', 'failed'],
  prejoin: ['connecting', 'failed'],
  connecting: ['lobby', 'connected', 'reconnecting', ...ENDS],
  lobby: ['connected', 'reconnecting', ...ENDS],
  connected: ['reconnecting', ...ENDS],
  reconnecting: ['connected', 'lobby', ...ENDS],
  left: ['prejoin'],
  ended: ['prejoin'],
  removed: ['prejoin'],
  denied: ['prejoin'],
  failed: ['prejoin', 'failed'],
};

/** A reason valid for each end phase. */
const REASON: Readonly<Record<EndPhase, ErrorCode | 'left'>> = {
  left: 'left',
  ended: 'meeting-ended',
  removed: 'removed',
  denied: 'denied',
  failed: 'join-failed',
};

const at = (phase: JoinPhase, since = 1000): JoinState =>
  isEndPhase(phase) ? { phase, reason: REASON[phase], since } : { phase, since };

const go = (from: JoinPhase, to: JoinPhase, now = 5000) =>
  transition(at(from), to, isEndPhase(to) ? { reason: REASON[to], now } : { now });

describe('join state: constants and predicates', () => {
  it('starts idle', () => {
    expect(INITIAL_JOIN_STATE.phase).to.equal('idle');
    expect(INITIAL_JOIN_STATE.reason, 'no reason at start').to.equal(undefined);
  });

  it('END_PHASES are exactly left, ended, removed, denied, failed', () => {
    expect([...END_PHASES].sort()).to.deep.equal([...ENDS].sort());
    for (const phase of PHASES) expect(isEndPhase(phase), phase).to.equal(ENDS.includes(phase as EndPhase));
  });

  it('isInCall is true only while a call exists', () => {
    const inCall = ['connecting', 'lobby', 'connected', 'reconnecting'];
    for (const phase of PHASES) expect(isInCall(phase), phase).to.equal(inCall.includes(phase));
  });
});

describe('join state: every allowed transition succeeds', () => {
  for (const from of PHASES) {
    for (const to of EXPECTED[from]) {
      if (from === to) continue; // self-transitions have their own tests below
      it(`${from} → ${to}`, () => {
        expect(canTransition(from, to), `canTransition(${from}, ${to})`).to.equal(true);
        const result = go(from, to);
        expect(result.ok, `${from} → ${to}: ${JSON.stringify(result)}`).to.equal(true);
        if (!result.ok) return;
        expect(result.state.phase).to.equal(to);
        expect(result.state.since, 'since is the transition time').to.equal(5000);
        expect(result.state.reason, 'reason').to.equal(isEndPhase(to) ? REASON[to] : undefined);
      });
    }
  }
});

describe('join state: every impossible transition is rejected and changes nothing', () => {
  for (const from of PHASES) {
    for (const to of PHASES) {
      if (from === to || EXPECTED[from].includes(to)) continue;
      it(`${from} ↛ ${to}`, () => {
        expect(canTransition(from, to), `canTransition(${from}, ${to})`).to.equal(false);
        const current = at(from);
        const snapshot = { ...current };
        const result = go(from, to);
        expect(result.ok, `${from} → ${to} must be rejected`).to.equal(false);
        if (!result.ok) expect(result.error, 'error names both phases').to.include(from).and.include(to);
        expect(current, 'the current state is not mutated').to.deep.equal(snapshot);
      });
    }
  }

  it('rejects a representative set of nonsense the UI could attempt', () => {
    const nonsense: readonly [JoinPhase, JoinPhase][] = [
      ['idle', 'connected'],
      ['prejoin', 'lobby'],
      ['connected', 'lobby'],
      ['connected', 'prejoin'],
      ['lobby', 'connecting'],
      ['left', 'connected'],
      ['ended', 'connecting'],
      ['denied', 'lobby'],
    ];
    for (const [from, to] of nonsense) expect(go(from, to).ok, `${from} → ${to}`).to.equal(false);
  });
});

describe('join state: reasons', () => {
  for (const end of ENDS) {
    it(`${end} needs a reason`, () => {
      const result = transition(at('connected'), end, { now: 1 });
      expect(result.ok, `${end} without reason`).to.equal(false);
      if (!result.ok) expect(result.error).to.include('reason');
    });
  }

  it("left needs reason 'left' and refuses any other", () => {
    for (const reason of ['meeting-ended', 'removed', 'join-failed'] as const) {
      expect(transition(at('connected'), 'left', { reason }).ok, `left with ${reason}`).to.equal(false);
    }
    expect(transition(at('connected'), 'left', { reason: 'left' }).ok).to.equal(true);
  });

  it('end phases keep the reason and the non-secret detail', () => {
    const result = transition(at('connecting'), 'failed', { reason: 'network', detail: '490/4525', now: 7 });
    expect(result).to.deep.equal({ ok: true, state: { phase: 'failed', reason: 'network', detail: '490/4525', since: 7 } });
  });

  it('non-end phases refuse a reason', () => {
    const cases: readonly [JoinPhase, JoinPhase][] = [
      ['idle', 'prejoin'],
      ['prejoin', 'connecting'],
      ['connecting', 'lobby'],
      ['lobby', 'connected'],
      ['connected', 'reconnecting'],
      ['reconnecting', 'connected'],
      ['failed', 'prejoin'],
    ];
    for (const [from, to] of cases) {
      const result = transition(at(from), to, { reason: 'network' });
      expect(result.ok, `${from} → ${to} with a reason`).to.equal(false);
    }
  });

  it('leaving an end phase drops its reason and detail', () => {
    const failed: JoinState = { phase: 'failed', reason: 'network', detail: '490/4525', since: 1 };
    expect(transition(failed, 'prejoin', { now: 2 })).to.deep.equal({ ok: true, state: { phase: 'prejoin', since: 2 } });
  });
});

describe('join state: rejoin and self-transitions', () => {
  for (const end of ENDS) {
    it(`rejoin from ${end}: ${end} → prejoin → connecting → lobby → connected`, () => {
      let state = at(end);
      for (const next of ['prejoin', 'connecting', 'lobby', 'connected'] as const) {
        const result = transition(state, next, { now: 10 });
        expect(result.ok, `${state.phase} → ${next}`).to.equal(true);
        if (result.ok) state = result.state;
      }
      expect(state.phase).to.equal('connected');
    });
  }

  for (const phase of PHASES.filter((p) => p !== 'failed')) {
    it(`${phase} → ${phase} is a no-op that returns the same state object`, () => {
      const current = at(phase, 42);
      const result = transition(current, phase, isEndPhase(phase) ? { reason: REASON[phase], now: 99 } : { now: 99 });
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.state, 'same object, since unchanged').to.equal(current);
    });
  }

  it('failed → failed replaces the reason (a new error while already failed)', () => {
    const current: JoinState = { phase: 'failed', reason: 'invalid-link', since: 1 };
    const result = transition(current, 'failed', { reason: 'missing-token-source', now: 2 });
    expect(result).to.deep.equal({
      ok: true,
      state: { phase: 'failed', reason: 'missing-token-source', detail: undefined, since: 2 },
    });
  });

  it('a whole visit walks the diagram: idle → prejoin → connecting → lobby → connected ⇄ reconnecting → left', () => {
    const path: readonly JoinPhase[] = ['prejoin', 'connecting', 'lobby', 'connected', 'reconnecting', 'connected', 'reconnecting', 'connected', 'left'];
    let state = INITIAL_JOIN_STATE;
    for (const next of path) {
      const result = transition(state, next, isEndPhase(next) ? { reason: REASON[next] } : {});
      expect(result.ok, `${state.phase} → ${next}`).to.equal(true);
      if (result.ok) state = result.state;
    }
    expect(state).to.include({ phase: 'left', reason: 'left' });
  });

  it('uses Date.now() when no time is given', () => {
    const before = Date.now();
    const result = transition(INITIAL_JOIN_STATE, 'prejoin');
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.state.since).to.be.within(before, Date.now());
  });
});
