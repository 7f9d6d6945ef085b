import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { INITIAL_PIP, pipAnnouncement, pipStep, type PipInput, type PipState } from '../../../src/components/call-view/pip-model.js';

const input: fc.Arbitrary<PipInput> = fc.oneof(
  fc.boolean().map((documentPip) => ({ type: 'pop-out', documentPip }) as const),
  fc.constant({ type: 'window-opened' } as const),
  fc.constant({ type: 'window-failed' } as const),
  fc.constant({ type: 'window-closed' } as const),
  fc.constant({ type: 'back' } as const),
  fc.boolean().map((inView) => ({ type: 'visibility', inView }) as const),
  fc.boolean().map((inCall) => ({ type: 'call', inCall }) as const),
  fc.boolean().map((disabled) => ({ type: 'disabled', disabled }) as const),
);

const strings = { pipOpened: 'opened', pipClosed: 'closed', pipMiniShown: 'mini' };

describe('PiP mode model (pip-model.ts)', () => {
  it('invariants hold after any sequence of inputs (2,000 runs)', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 40 }), (inputs) => {
        let s: PipState = INITIAL_PIP;
        for (const i of inputs) {
          const before = s;
          s = pipStep(s, i);
          // Never out of the page without a call, nor while disabled.
          if (!s.inCall || s.disabled) expect(s.mode, `${JSON.stringify(i)} from ${JSON.stringify(before)}`).to.equal('inline');
          // Leaving the call always ends up inline, whatever the mode was.
          if (i.type === 'call' && !i.inCall) expect(s.mode).to.equal('inline');
          // An automatic mini player never shows while the widget is in view.
          if (s.mode === 'mini' && s.reason === 'auto') expect(s.inView, 'auto mini only out of view').to.equal(false);
          // Out of view in a call, enabled, not dismissed, nothing else going on: the mini player is there.
          if (s.inCall && !s.disabled && !s.inView && !s.dismissed && !s.opening && s.mode === 'inline') {
            expect.fail(`widget out of view in a call without a mini player after ${JSON.stringify(i)}`);
          }
          // A window is only ever reached through an opening request.
          if (s.mode === 'window' && before.mode !== 'window') expect(before.opening, 'window only after opening').to.equal(true);
          // One announcement per change of mode, none otherwise.
          const said = pipAnnouncement(before, s, strings);
          expect(said === '', 'announcement iff the mode changed').to.equal(before.mode === s.mode);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('pop out: the window where the API exists, else the mini player; a refused window falls back to it', () => {
    const call = pipStep(INITIAL_PIP, { type: 'call', inCall: true });
    const opening = pipStep(call, { type: 'pop-out', documentPip: true });
    expect(opening.opening).to.equal(true);
    expect(pipStep(opening, { type: 'window-opened' }).mode).to.equal('window');
    expect(pipStep(opening, { type: 'window-failed' }).mode).to.equal('mini');
    expect(pipStep(call, { type: 'pop-out', documentPip: false })).to.include({ mode: 'mini', reason: 'request' });
    const window = pipStep(opening, { type: 'window-opened' });
    expect(pipStep(window, { type: 'window-closed' }).mode, 'Back to tab').to.equal('inline');
  });

  it('scrolling: out of view shows the mini player, back in view removes an automatic one but not a requested one', () => {
    const call = pipStep(INITIAL_PIP, { type: 'call', inCall: true });
    const out = pipStep(call, { type: 'visibility', inView: false });
    expect(out).to.include({ mode: 'mini', reason: 'auto' });
    expect(pipStep(out, { type: 'visibility', inView: true }).mode).to.equal('inline');
    const requested = pipStep(call, { type: 'pop-out', documentPip: false });
    expect(pipStep(requested, { type: 'visibility', inView: true }).mode, 'requested stays').to.equal('mini');
    const back = pipStep(out, { type: 'back' });
    expect(back, 'Back while still out of view: dismissed until seen again').to.include({ mode: 'inline', dismissed: true });
    expect(pipStep(back, { type: 'visibility', inView: false }).mode).to.equal('inline');
  });
});
