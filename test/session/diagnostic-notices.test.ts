/**
 * `diagnosticNoticeChanges` (src/session/diagnostic-notices.ts): which notices a state change raises or clears.
 * The property: over any sequence of diagnostic states, applying push/dismiss to a set of shown codes leaves
 * exactly the flags that are on now (nothing stale, nothing missing) — a reference model in a few lines.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { diagnosticNoticeChanges } from '../../src/session/diagnostic-notices.js';
import { INITIAL_SESSION_STATE, type SessionDiagnostics, type SessionState } from '../../src/session/types.js';

const diagnostics = fc.record<SessionDiagnostics>({
  noMicrophone: fc.boolean(),
  noCamera: fc.boolean(),
  microphoneMutedBySystem: fc.boolean(),
  speakingWhileMuted: fc.boolean(),
  networkQuality: fc.constantFrom('good', 'poor', 'bad'),
});

const state = (d: SessionDiagnostics, patch: Partial<SessionState> = {}): SessionState => ({
  ...INITIAL_SESSION_STATE,
  diagnostics: d,
  ...patch,
});

describe('diagnosticNoticeChanges', () => {
  it('property: the shown device/network notices are exactly the diagnostics that are on', () => {
    fc.assert(
      fc.property(fc.array(diagnostics, { minLength: 1, maxLength: 30 }), (seq) => {
        const shown = new Set<string>();
        let before: SessionState | undefined;
        for (const d of seq) {
          const after = state(d);
          const { push, dismiss } = diagnosticNoticeChanges(before, after);
          for (const c of dismiss) shown.delete(c);
          for (const c of push) shown.add(c);
          before = after;
        }
        const last = seq[seq.length - 1]!;
        const expected = new Set<string>();
        if (last.noMicrophone) expected.add('no-microphone');
        if (last.noCamera) expected.add('no-camera');
        if (last.microphoneMutedBySystem) expected.add('mic-muted-by-system');
        if (last.networkQuality !== 'good') expected.add('network');
        // The speaking reminder auto-dismisses; it is not a standing notice.
        shown.delete('speaking-while-muted');
        expect([...shown].sort()).to.deep.equal([...expected].sort());
      }),
      { numRuns: 500 },
    );
  });

  const base = INITIAL_SESSION_STATE.diagnostics;
  const devices: SessionState['devices'] = [
    { id: 'm1', label: 'Headset', kind: 'microphone' },
    { id: 'm2', label: 'Laptop', kind: 'microphone' },
  ];

  it('the selected microphone leaving the list with another selected: microphone-switched', () => {
    const before = state(base, { devices, self: { ...INITIAL_SESSION_STATE.self, microphoneId: 'm1' } });
    const after = state(base, { devices: devices.slice(1), self: { ...INITIAL_SESSION_STATE.self, microphoneId: 'm2' } });
    expect(diagnosticNoticeChanges(before, after).push).to.deep.equal(['microphone-switched']);
  });

  it('the visitor picking another microphone (both still listed) is no news', () => {
    const before = state(base, { devices, self: { ...INITIAL_SESSION_STATE.self, microphoneId: 'm1' } });
    const after = state(base, { devices, self: { ...INITIAL_SESSION_STATE.self, microphoneId: 'm2' } });
    expect(diagnosticNoticeChanges(before, after).push).to.deep.equal([]);
  });

  it('the last microphone leaving: no-microphone once, even when the diagnostic flag says so too', () => {
    const before = state(base, { devices: devices.slice(0, 1), self: { ...INITIAL_SESSION_STATE.self, microphoneId: 'm1' } });
    const after = state({ ...base, noMicrophone: true }, { devices: [], self: INITIAL_SESSION_STATE.self });
    expect(diagnosticNoticeChanges(before, after).push).to.deep.equal(['no-microphone']);
  });

  it('speaking while muted reminds only a muted visitor', () => {
    const on = { ...base, speakingWhileMuted: true };
    const unmuted = state(on, { self: { ...INITIAL_SESSION_STATE.self, microphoneOn: true } });
    expect(diagnosticNoticeChanges(state(base), unmuted).push).to.deep.equal([]);
    expect(diagnosticNoticeChanges(state(base), state(on)).push).to.deep.equal(['speaking-while-muted']);
  });
});
