import { expect } from '@open-wc/testing';
import {
  COMPLIANCE_MESSAGES,
  INITIAL_COMPLIANCE,
  MIN_DISPLAY_MS,
  complianceView,
  dismissCompliance,
  expandCompliance,
  messageFor,
  nextDeadline,
  nextStreams,
  tickCompliance,
  updateCompliance,
  type ComplianceInput,
  type ComplianceMessage,
  type ComplianceState,
  type ComplianceStreams,
  type StreamState,
} from '../../src/core/compliance.js';

const STATES: readonly StreamState[] = ['off', 'on', 'stopped'];
const FLAGS: readonly ComplianceInput[] = [
  { recording: false, transcription: false },
  { recording: true, transcription: false },
  { recording: false, transcription: true },
  { recording: true, transcription: true },
];
const ALL_STREAMS: readonly ComplianceStreams[] = STATES.flatMap((recording) =>
  STATES.map((transcription) => ({ recording, transcription })),
);

/** The per-stream rule from the issue, written out as a table (previous state × active flag). */
const STREAM_RULE: Record<StreamState, Record<'true' | 'false', StreamState>> = {
  off: { true: 'on', false: 'off' },
  on: { true: 'on', false: 'stopped' },
  stopped: { true: 'on', false: 'stopped' },
};

/** Every combination of stream states and the message it must produce (the list of eight). */
const MESSAGE_TABLE: ReadonlyArray<[StreamState, StreamState, ComplianceMessage | null]> = [
  ['off', 'off', null],
  ['on', 'off', 'recording-started'],
  ['off', 'on', 'transcription-started'],
  ['on', 'on', 'both-started'],
  ['stopped', 'off', 'recording-stopped'],
  ['off', 'stopped', 'transcription-stopped'],
  ['stopped', 'stopped', 'both-stopped'],
  ['stopped', 'on', 'recording-stopped-transcription-continues'],
  ['on', 'stopped', 'transcription-stopped-recording-continues'],
];

const label = (s: ComplianceStreams) => `(rec ${s.recording}, tr ${s.transcription})`;
const flagLabel = (f: ComplianceInput) => `{rec ${f.recording}, tr ${f.transcription}}`;

/** Drives the machine through a list of [time, flags] steps, ticking at each step's time first. */
function drive(steps: ReadonlyArray<[number, ComplianceInput]>, options = {}): ComplianceState {
  let state = INITIAL_COMPLIANCE;
  for (const [now, flags] of steps) {
    state = tickCompliance(state, now, options);
    state = updateCompliance(state, flags, now, options);
  }
  return state;
}

const R = { recording: true, transcription: false };
const T = { recording: false, transcription: true };
const RT = { recording: true, transcription: true };
const NONE = { recording: false, transcription: false };

/**
 * Builds a state whose streams are `target`, reached through real updates. `settled` = the message has been
 * on screen longer than the minimum display time.
 */
function reach(target: ComplianceStreams, settled: boolean): ComplianceState {
  // First switch on what must end up on or stopped, then switch off what must end up stopped.
  const first = {
    recording: target.recording !== 'off',
    transcription: target.transcription !== 'off',
  };
  const second = { recording: target.recording === 'on', transcription: target.transcription === 'on' };
  let state = updateCompliance(INITIAL_COMPLIANCE, first, 0);
  state = updateCompliance(state, second, settled ? 0 : 10);
  if (settled) state = tickCompliance(state, 100_000);
  return state;
}

describe('compliance: per-stream rule', () => {
  it('applies "active → on, inactive after on → stopped, otherwise unchanged" (within an episode) to all 9 × 4 transitions', () => {
    let checked = 0;
    for (const previous of ALL_STREAMS) {
      for (const flags of FLAGS) {
        const next = nextStreams(previous, flags);
        // A start while nothing was on opens a new episode: earlier stops are history (issue 8).
        const nothingOn = previous.recording !== 'on' && previous.transcription !== 'on';
        const starts = (flags.recording && previous.recording !== 'on') || (flags.transcription && previous.transcription !== 'on');
        const from = starts && nothingOn ? { recording: 'off' as const, transcription: 'off' as const } : previous;
        expect(next.recording, `recording of ${label(previous)} + ${flagLabel(flags)}`).to.equal(
          STREAM_RULE[from.recording][`${flags.recording}`],
        );
        expect(next.transcription, `transcription of ${label(previous)} + ${flagLabel(flags)}`).to.equal(
          STREAM_RULE[from.transcription][`${flags.transcription}`],
        );
        checked++;
      }
    }
    expect(checked, 'all 36 transitions were enumerated').to.equal(36);
  });
});

describe('compliance: messages', () => {
  it('maps every one of the 9 stream-state combinations to its message', () => {
    for (const [recording, transcription, expected] of MESSAGE_TABLE) {
      expect(messageFor({ recording, transcription }), label({ recording, transcription })).to.equal(expected);
    }
  });

  it('uses each of the eight required messages exactly once', () => {
    const used = MESSAGE_TABLE.map(([, , m]) => m).filter((m) => m !== null);
    expect([...used].sort(), 'message table covers the message list').to.deep.equal([...COMPLIANCE_MESSAGES].sort());
  });
});

describe('compliance: machine, exhaustive over (reachable state × flags)', () => {
  for (const settled of [true, false]) {
    it(`shows starts at once and delays only milder changes (${settled ? 'settled' : 'fresh'} message)`, () => {
      let checked = 0;
      for (const target of ALL_STREAMS) {
        const before = reach(target, settled);
        for (const flags of FLAGS) {
          const now = settled ? 200_000 : 20;
          const after = updateCompliance(before, flags, now);
          const expectedStreams = nextStreams(before.streams, flags);
          const why = `${label(before.streams)} showing ${before.message} + ${flagLabel(flags)}`;
          const started =
            (flags.recording && before.streams.recording !== 'on') ||
            (flags.transcription && before.streams.transcription !== 'on');
          const target2 = messageFor(expectedStreams);

          if (expectedStreams.recording === before.streams.recording &&
            expectedStreams.transcription === before.streams.transcription) {
            expect(after, `flags that change no stream leave the state untouched: ${why}`).to.equal(before);
          } else if (started) {
            expect(after.message, `start shown at once: ${why}`).to.equal(target2);
            expect(after.announce, `start is announced as an alert: ${why}`).to.equal('alert');
            expect(after.pending, `nothing pending after a start: ${why}`).to.equal(null);
            expect(after.seq, `a start always re-renders the live region: ${why}`).to.equal(before.seq + 1);
            expect(complianceView(after), `a start shows the banner: ${why}`).to.equal('banner');
          } else if (target2 === before.message) {
            expect(after.message, `unchanged message: ${why}`).to.equal(before.message);
          } else if (settled) {
            expect(after.message, `milder change after min display is shown now: ${why}`).to.equal(target2);
            expect(after.announce, `milder change is polite: ${why}`).to.equal('status');
          } else {
            expect(after.message, `milder change within min display waits: ${why}`).to.equal(before.message);
            expect(after.pending, `milder change is pending: ${why}`).to.equal(target2);
            expect(nextDeadline(after), `deadline = since + min display: ${why}`).to.equal(
              before.since + MIN_DISPLAY_MS,
            );
            const ticked = tickCompliance(after, before.since + MIN_DISPLAY_MS);
            expect(ticked.message, `pending message shown at the deadline: ${why}`).to.equal(target2);
            expect(tickCompliance(after, before.since + MIN_DISPLAY_MS - 1).message, `not before: ${why}`).to.equal(
              before.message,
            );
          }
          checked++;
        }
      }
      expect(checked, 'all 36 (state × flags) pairs enumerated').to.equal(36);
    });
  }

  it('a start after a final stop opens a new episode: the old stop is not carried along', () => {
    const cases: ReadonlyArray<[ReadonlyArray<[number, ComplianceInput]>, ComplianceMessage, ComplianceInput, ComplianceMessage]> = [
      [[[0, R], [5000, NONE]], 'recording-stopped', T, 'transcription-started'],
      [[[0, T], [5000, NONE]], 'transcription-stopped', R, 'recording-started'],
      [[[0, RT], [5000, NONE]], 'both-stopped', R, 'recording-started'],
    ];
    for (const [steps, message, restart, expected] of cases) {
      let state = drive(steps);
      expect(state.message, 'final stop shown').to.equal(message);
      state = updateCompliance(state, restart, 6000);
      expect(state.message, `restart ${flagLabel(restart)} after "${message}"`).to.equal(expected);
      expect(state.announce, 'announced as a start').to.equal('alert');
    }
  });

  it('keeps a final stop message on screen while the flags stay off', () => {
    let state = drive([
      [0, R],
      [5000, NONE],
    ]);
    state = updateCompliance(state, NONE, 6000);
    state = updateCompliance(state, NONE, 60_000);
    expect(state.message, 'same off flags do not clear the stop message').to.equal('recording-stopped');
  });
});

describe('compliance: named sequences', () => {
  /** Runs steps like the element: the hold timer fires at its deadline before the next change. */
  function driveTimed(steps: ReadonlyArray<[number, ComplianceInput]>): { state: ComplianceState; seen: Array<ComplianceMessage | null> } {
    let state = INITIAL_COMPLIANCE;
    const seen: Array<ComplianceMessage | null> = [];
    for (const [now, flags] of steps) {
      const deadline = nextDeadline(state);
      if (deadline !== null && deadline <= now) state = tickCompliance(state, deadline);
      state = updateCompliance(state, flags, now);
      seen.push(state.message);
    }
    return { state, seen };
  }

  for (const [name, times] of [
    ['600 ms apart', [0, 600, 1200, 1800, 2400]],
    ['last steps 1 s and 0.5 s apart', [0, 600, 1200, 2200, 2700]],
    ['4.5 s apart', [0, 4500, 9000, 13500, 18000]],
  ] as const) {
    it(`issue 8 regression: rec on → tr on → rec off → tr off → rec on, ${name}, ends on "recording started"`, () => {
      const flags = [R, RT, T, NONE, R];
      const { state, seen } = driveTimed(times.map((t, i) => [t, flags[i]!]));
      expect(seen[0], 'first start').to.equal('recording-started');
      expect(seen[1], 'second start shown at once').to.equal('both-started');
      expect(state.message, 'the restart says "Recording has started" (with its consent sentence)').to.equal(
        'recording-started',
      );
      expect(state.announce, 'the restart is announced as an alert').to.equal('alert');
      expect(state.pending, 'no stale stop held behind the restart').to.equal(null);
      const later = tickCompliance(state, times[4] + 60_000);
      expect(later.message, 'and keeps saying it').to.equal('recording-started');
    });
  }

  it('recording on → both on → recording off → both off → recording on shows "recording started" (ACS UI Library bug)', () => {
    const seen: Array<ComplianceMessage | null> = [];
    let state = INITIAL_COMPLIANCE;
    for (const [now, flags] of [
      [0, R],
      [4000, RT],
      [8000, T],
      [12000, NONE],
      [16000, R],
    ] as const) {
      state = updateCompliance(tickCompliance(state, now), flags, now);
      seen.push(state.message);
    }
    expect(seen, 'messages along the sequence').to.deep.equal([
      'recording-started',
      'both-started',
      'recording-stopped-transcription-continues',
      'both-stopped',
      'recording-started',
    ]);
    expect(state.announce, 'the restart is announced').to.equal('alert');
  });

  it('same sequence with ticks: "both stopped" waits, is shown, then the restart reads "recording started"', () => {
    let state = INITIAL_COMPLIANCE;
    state = updateCompliance(state, R, 0);
    state = updateCompliance(state, RT, 1000);
    expect(state.message, 'second start shown at once').to.equal('both-started');
    state = updateCompliance(state, T, 1500);
    expect(state.message, 'stop waits behind the start').to.equal('both-started');
    state = updateCompliance(state, NONE, 2000);
    expect(state.pending, 'latest milder message is the one pending').to.equal('both-stopped');
    expect(nextDeadline(state), 'deadline').to.equal(1000 + MIN_DISPLAY_MS);
    state = tickCompliance(state, 1000 + MIN_DISPLAY_MS);
    expect(state.message, '"both stopped" shown').to.equal('both-stopped');
    state = updateCompliance(state, R, 4500);
    expect(state.message, 'restart after "both stopped" was shown').to.equal('recording-started');
  });

  it('a restart while a stop is still held reads as a start (nothing was active just before it)', () => {
    // recording+transcription both started; both stop and recording restarts within the minimum display time.
    // Nothing was on just before the restart, so it is a fresh start with its consent sentence (issue 8).
    const state = drive([
      [0, RT],
      [500, NONE],
      [900, R],
    ]);
    expect(state.message, 'message after a quick both-off / recording-on').to.equal('recording-started');
    expect(state.pending, 'the held stop is gone').to.equal(null);
    expect(state.announce, 'a restart is announced').to.equal('alert');
  });

  it('transcription starting after "recording stopped" was shown reads "transcription started"', () => {
    const state = drive([
      [0, R],
      [4000, NONE],
      [9000, T],
    ]);
    expect(state.message).to.equal('transcription-started');
  });

  it('never delays a start, even while a stop is waiting', () => {
    const state = drive([
      [0, R],
      [1, NONE],
      [2, T],
    ]);
    // Nothing was on just before the transcription start: a plain start, the held recording stop is history.
    expect(state.message, 'start shown at once').to.equal('transcription-started');
    expect(state.announce, 'as an alert').to.equal('alert');
    expect(state.since, 'shown at the time of the flag').to.equal(2);
  });

  it('a quick on/off keeps the start readable for the minimum time', () => {
    let state = drive([
      [0, R],
      [200, NONE],
    ]);
    expect(state.message, 'start still shown').to.equal('recording-started');
    state = tickCompliance(state, MIN_DISPLAY_MS - 1);
    expect(state.message, 'still shown just before the minimum').to.equal('recording-started');
    state = tickCompliance(state, MIN_DISPLAY_MS);
    expect(state.message, 'stop shown once the minimum passed').to.equal('recording-stopped');
  });

  it('a pending stop is cancelled when the stream comes back, and the return is announced', () => {
    let state = drive([
      [0, R],
      [200, NONE],
    ]);
    const seq = state.seq;
    state = updateCompliance(state, R, 400);
    expect(state.pending, 'no stale pending stop').to.equal(null);
    expect(state.message).to.equal('recording-started');
    expect(state.seq, 're-announced').to.equal(seq + 1);
    expect(tickCompliance(state, 10_000).message, 'tick does nothing afterwards').to.equal('recording-started');
  });

  it('respects a custom minimum display time', () => {
    let state = INITIAL_COMPLIANCE;
    state = updateCompliance(state, R, 0, { minDisplayMs: 50 });
    state = updateCompliance(state, NONE, 10, { minDisplayMs: 50 });
    expect(nextDeadline(state, { minDisplayMs: 50 })).to.equal(50);
    expect(tickCompliance(state, 50, { minDisplayMs: 50 }).message).to.equal('recording-stopped');
  });

  it('a meeting already recorded on admission shows the banner with the first flags', () => {
    const state = updateCompliance(INITIAL_COMPLIANCE, RT, 123);
    expect(state.message).to.equal('both-started');
    expect(state.announce).to.equal('alert');
  });
});

describe('compliance: dismiss and indicator', () => {
  it('dismiss while active collapses to the indicator; a new start re-expands', () => {
    let state = updateCompliance(INITIAL_COMPLIANCE, R, 0);
    state = dismissCompliance(state);
    expect(complianceView(state), 'collapsed while recording').to.equal('indicator');
    state = updateCompliance(state, RT, 5000);
    expect(complianceView(state), 'transcription start re-expands').to.equal('banner');
    expect(state.message).to.equal('both-started');
  });

  it('the indicator stays through milder changes while anything is active and goes when all is off', () => {
    let state = updateCompliance(INITIAL_COMPLIANCE, RT, 0);
    state = dismissCompliance(state);
    state = updateCompliance(state, T, 100);
    expect(complianceView(state), 'still transcribing → indicator').to.equal('indicator');
    state = tickCompliance(state, 10_000);
    expect(complianceView(state), 'tick does not re-expand').to.equal('indicator');
    state = updateCompliance(state, NONE, 20_000);
    expect(complianceView(state), 'nothing active → nothing shown').to.equal('none');
    state = updateCompliance(state, R, 30_000);
    expect(state.message, 'next start is a plain start').to.equal('recording-started');
  });

  it('dismissing a final stop message clears everything', () => {
    let state = drive([
      [0, R],
      [5000, NONE],
    ]);
    state = dismissCompliance(state);
    expect(complianceView(state)).to.equal('none');
    expect(state.streams).to.deep.equal({ recording: 'off', transcription: 'off' });
  });

  it('dismissing when nothing is shown is a no-op', () => {
    expect(dismissCompliance(INITIAL_COMPLIANCE)).to.equal(INITIAL_COMPLIANCE);
  });

  it('the default minimum display time is about three seconds', () => {
    expect(MIN_DISPLAY_MS).to.be.within(2500, 4000);
  });
});

describe('compliance: expand', () => {
  it('re-opening the indicator shows the current truth politely', () => {
    let state = updateCompliance(INITIAL_COMPLIANCE, RT, 0);
    state = dismissCompliance(state);
    state = updateCompliance(state, T, 100);
    state = expandCompliance(state, 200);
    expect(complianceView(state), 'expanded').to.equal('banner');
    expect(state.message, 'current message, not the stale start').to.equal(
      'recording-stopped-transcription-continues',
    );
    expect(state.announce, 'not re-announced as an alert').to.equal('status');
  });

  it('expanding a banner that is not collapsed changes nothing', () => {
    const state = updateCompliance(INITIAL_COMPLIANCE, R, 0);
    expect(expandCompliance(state, 10)).to.equal(state);
  });
});
