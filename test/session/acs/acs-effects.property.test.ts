/**
 * The ACS session's background-effect state (src/session/acs/effects-binding.ts, DOM-free) under random sequences of
 * picks (one at a time, or two at once), camera off/on (a new LocalVideoStream each time) and SDK answers, against
 * SDK-typed doubles (the behaviour they encode is cited in background-binding.test.ts). After every step:
 *  - what `effects.background` says is what runs on the current camera stream (`activeEffects`), and None means
 *    nothing runs there;
 *  - once the SDK's isSupported said no, the choices stay hidden (`backgroundSupported` false);
 *  - a refused page policy never starts anything and says `background-blocked`;
 *  - nothing throws out of `videoChanged` (the camera path), and a pick rejects only when it did not apply.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { VideoEffectName, VideoEffectProcessor } from '@azure/communication-calling';
import { AcsEffects, type EffectsHost } from '../../../src/session/acs/effects-binding.js';
import { INITIAL_SESSION_STATE, type BackgroundEffect, type SessionEvent, type SessionState } from '../../../src/session/types.js';

const VideoEffects = { token: 'VideoEffects' };

/** A camera stream double whose `feature(Features.VideoEffects)` is a VideoEffectsFeature double. */
function streamDouble(supported: boolean, startOk: boolean) {
  let active: VideoEffectName[] = [];
  const listeners = new Map<string, Set<(p?: unknown) => void>>();
  const emit = (event: string, payload?: unknown) => setTimeout(() => listeners.get(event)?.forEach((l) => l(payload)));
  const feature = {
    get activeEffects() {
      return active;
    },
    isSupported: async () => supported,
    async startEffects(effect: VideoEffectProcessor) {
      if (!startOk) return void emit('effectsError', { code: 'FailedToProcess', message: 'Effect is not supported.' });
      active = [effect.name];
      emit('effectsStarted', active);
    },
    async stopEffects() {
      active = [];
      emit('effectsStopped', []);
    },
    on(event: string, l: (p?: unknown) => void) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(l);
    },
    off(event: string, l: (p?: unknown) => void) {
      listeners.get(event)?.delete(l);
    },
  };
  return { feature: (f: unknown) => (f === VideoEffects ? feature : undefined), active: () => active };
}

type Step =
  | { op: 'pick'; effect: BackgroundEffect }
  | { op: 'pick2'; a: BackgroundEffect; b: BackgroundEffect }
  | { op: 'camera'; on: boolean };

const effectArb: fc.Arbitrary<BackgroundEffect> = fc.oneof(
  fc.constant<BackgroundEffect>({ kind: 'none' }),
  fc.constant<BackgroundEffect>({ kind: 'blur' }),
  fc.constantFrom('https://example.com/a.png', 'https://example.com/b.jpg').map((url): BackgroundEffect => ({ kind: 'image', url })),
);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  effectArb.map((effect): Step => ({ op: 'pick', effect })),
  fc.tuple(effectArb, effectArb).map(([a, b]): Step => ({ op: 'pick2', a, b })),
  fc.boolean().map((on): Step => ({ op: 'camera', on })),
);

const NAME = { blur: 'BackgroundBlur', image: 'BackgroundReplacement' } as const;

describe('ACS background effects state (property)', () => {
  it('the published effect is what runs on the current camera stream, under any sequence', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ supported: fc.boolean(), startOk: fc.boolean(), blocked: fc.boolean(), choice: effectArb, steps: fc.array(stepArb, { maxLength: 12 }) }),
        async ({ supported, startOk, blocked, choice, steps }) => {
          let state: SessionState = INITIAL_SESSION_STATE;
          const events: SessionEvent[] = [];
          let stream: ReturnType<typeof streamDouble> | undefined = streamDouble(supported, startOk);
          const host: EffectsHost = {
            get state() {
              return state;
            },
            update: (patch) => (state = { ...state, ...patch }),
            sdk: () => ({ features: { VideoEffects } }) as never,
            call: () => undefined,
            request: () => ({ effects: { background: choice } }) as never,
            disposed: () => false,
            emit: (e) => events.push(e),
            video: () => stream as never,
          };
          const fx = new AcsEffects(host, {
            load: async () => ({
              blur: () => ({ name: 'BackgroundBlur' }) as unknown as VideoEffectProcessor,
              image: (url: string) => ({ name: 'BackgroundReplacement', url }) as unknown as VideoEffectProcessor,
            }),
            policy: async () => (blocked ? ["script-src 'wasm-unsafe-eval'"] : []),
            startTimeoutMs: 200,
          });
          const settle = () => new Promise((r) => setTimeout(r, 5));
          let everUnsupported = false;
          const check = (where: string) => {
            const bg = state.effects.background;
            if (stream) {
              expect(stream.active(), `${where}: running = published`).to.deep.equal(bg.kind === 'none' ? [] : [NAME[bg.kind]]);
            }
            if (everUnsupported) expect(state.effects.backgroundSupported, `${where}: hidden after isSupported said no`).to.equal(false);
            if (blocked) expect(stream?.active() ?? [], `${where}: nothing starts under a refusing policy`).to.deep.equal([]);
          };
          await fx.videoChanged();
          await settle();
          if (choice.kind !== 'none' && !blocked && !supported) everUnsupported = true;
          check('after the pre-join choice');
          for (const [i, step] of steps.entries()) {
            if (step.op === 'camera') {
              stream = step.on ? (stream ?? streamDouble(supported, startOk)) : undefined;
              await fx.videoChanged();
            } else {
              const picks = step.op === 'pick' ? [step.effect] : [step.a, step.b];
              const results = await Promise.all(picks.map((e) => fx.setBackgroundEffect(e).then(() => 'ok', () => 'refused')));
              const last = picks.at(-1)!;
              if (stream && last.kind !== 'none' && !blocked && !supported) everUnsupported = true;
              if (stream && results.at(-1) === 'ok') {
                expect(state.effects.background, `step ${i}: the last pick is published`).to.deep.equal(last);
              }
            }
            await settle();
            check(`step ${i} ${JSON.stringify(step)}`);
          }
          if (blocked && events.length) expect(events.every((e) => e.type === 'warning' && e.code === 'background-effects-blocked')).to.equal(true);
          expect(events.length, 'the policy refusal is said at most once').to.be.at.most(1);
        },
      ),
      { numRuns: 150, seed: 16_3 },
    );
  });
});
