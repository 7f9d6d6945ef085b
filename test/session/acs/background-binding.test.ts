/**
 * ACS background effects (src/session/acs/background-binding.ts, effects-binding.ts) against SDK-typed doubles of
 * the calling SDK's `VideoEffectsFeature` and of the effects package. Encoded behaviour, each from Microsoft's docs or
 * the SDK 2.0 types, or measured with the real packages (README "Content Security Policy"):
 *  - Microsoft Learn, "Quickstart: Add video effects to your video calls" (web): the feature is
 *    `localVideoStream.feature(Features.VideoEffects)`; `isSupported(effect)` says whether the effect can run in this
 *    environment; `startEffects(effect)` / `stopEffects()`; events `effectsStarted` / `effectsStopped` / `effectsError`.
 *  - SDK 2.0 types: `activeEffects: VideoEffectName[]` ('BackgroundBlur' | 'BackgroundReplacement').
 *  - Measured (SDK 2.0.0, effects 1.3.2, Chromium): `startEffects` of an effect that cannot run resolves, and the
 *    failure arrives as an `effectsError` event (501/46156 "Effect is not supported").
 */
import { expect } from '@open-wc/testing';
import type { VideoEffectName, VideoEffectProcessor } from '@azure/communication-calling';
import { applyBackground, BackgroundRefused, type BackgroundDeps, type VideoEffectsApi } from '../../../src/session/acs/background-binding.js';
import type { CallingEffects } from '../../../src/session/acs/calling-effects.js';
import { backgroundPlatform } from '../../../src/session/acs/effects-binding.js';
import type { BackgroundEffect, SessionEvent } from '../../../src/session/types.js';
import { fakeCallingSdk, fakeFeatures } from './fake-calling-sdk.js';
import { request, setup, tick } from './harness.js';

type Behaviour = { supported?: boolean | 'throws'; start?: 'started' | 'error-event' | 'rejects' | 'silent' };

/** TEST DOUBLE of `VideoEffectsFeature` (the subset the binding uses, typed by the SDK). */
function featureDouble(behaviour: Behaviour = {}) {
  const calls: string[] = [];
  const listeners = new Map<string, Set<(payload?: unknown) => void>>();
  let active: VideoEffectName[] = [];
  const emit = (event: string, payload?: unknown) => setTimeout(() => listeners.get(event)?.forEach((l) => l(payload)));
  const feature = {
    get activeEffects() {
      return active;
    },
    async isSupported(effect: VideoEffectProcessor) {
      calls.push(`isSupported ${effect.name}`);
      if (behaviour.supported === 'throws') throw new Error('no');
      return behaviour.supported ?? true;
    },
    async startEffects(effect: VideoEffectProcessor) {
      calls.push(`start ${effect.name}${'url' in effect ? ` ${String((effect as { url: string }).url)}` : ''}`);
      const how = behaviour.start ?? 'started';
      if (how === 'rejects') throw new Error('start failed');
      if (how === 'error-event') emit('effectsError', { code: 'FailedToProcess', message: 'Effect is not supported.' });
      if (how === 'started') {
        active = [effect.name];
        emit('effectsStarted', active);
      }
    },
    async stopEffects() {
      calls.push('stop');
      active = [];
    },
    on(event: string, listener: (payload?: unknown) => void) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
    },
    off(event: string, listener: (payload?: unknown) => void) {
      listeners.get(event)?.delete(listener);
    },
  } as unknown as VideoEffectsApi;
  const count = () => [...listeners.values()].reduce((n, s) => n + s.size, 0);
  return { feature, calls, listeners: count };
}

/** TEST DOUBLE of the effects package: processors carrying the SDK's effect names. */
function effectsDouble(): CallingEffects {
  return {
    blur: () => ({ name: 'BackgroundBlur' }) as unknown as VideoEffectProcessor,
    image: (url) => ({ name: 'BackgroundReplacement', url }) as unknown as VideoEffectProcessor,
  };
}

function deps(log: string[], missing: string[] = []): BackgroundDeps {
  return {
    load: async () => {
      log.push('load');
      return effectsDouble();
    },
    policy: async () => {
      log.push('policy');
      return missing;
    },
    startTimeoutMs: 500,
  };
}

const BLUR: BackgroundEffect = { kind: 'blur' };

describe('ACS background effects binding', () => {
  it('blur: loads the package, asks isSupported, starts it and waits for effectsStarted', async () => {
    const log: string[] = [];
    const { feature, calls, listeners } = featureDouble();
    await applyBackground(feature, BLUR, deps(log));
    expect(log).to.deep.equal(['policy', 'load']);
    expect(calls).to.deep.equal(['isSupported BackgroundBlur', 'start BackgroundBlur']);
    expect(feature.activeEffects).to.deep.equal(['BackgroundBlur']);
    expect(listeners(), 'its listeners are removed').to.equal(0);
  });

  it('an image: BackgroundReplacement with the site’s URL', async () => {
    const { feature, calls } = featureDouble();
    await applyBackground(feature, { kind: 'image', url: 'https://example.com/bg.png' }, deps([]));
    expect(calls).to.include('start BackgroundReplacement https://example.com/bg.png');
  });

  it('isSupported false (or throwing): refused as unsupported, never started', async () => {
    for (const supported of [false, 'throws'] as const) {
      const { feature, calls } = featureDouble({ supported });
      const error = await applyBackground(feature, BLUR, deps([])).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(BackgroundRefused);
      expect((error as BackgroundRefused).reason).to.equal('unsupported');
      expect(calls.some((c) => c.startsWith('start')), `supported=${String(supported)}`).to.equal(false);
    }
  });

  it('a start the SDK reports through effectsError (its startEffects resolving) fails, and nothing is left running', async () => {
    for (const start of ['error-event', 'rejects', 'silent'] as const) {
      const { feature, calls, listeners } = featureDouble({ start });
      const error = await applyBackground(feature, BLUR, deps([])).catch((e: unknown) => e);
      expect((error as BackgroundRefused).reason, start).to.equal('failed');
      expect(calls.at(-1), `${start}: stopped`).to.equal('stop');
      expect(listeners(), `${start}: listeners removed`).to.equal(0);
    }
  });

  it('a page policy that refuses the package: blocked with the missing sources, the package is not loaded, the SDK not asked', async () => {
    const { feature, calls } = featureDouble();
    const log: string[] = [];
    const error = (await applyBackground(feature, BLUR, deps(log, ["script-src 'wasm-unsafe-eval'"])).catch((e: unknown) => e)) as BackgroundRefused;
    expect(log).to.deep.equal(['policy']);
    expect(error.reason).to.equal('blocked');
    expect(error.code).to.equal('background-effects-blocked');
    expect(error.missing).to.deep.equal(["script-src 'wasm-unsafe-eval'"]);
    expect(calls).to.deep.equal([]);
  });

  it('none stops a running effect and loads nothing', async () => {
    const log: string[] = [];
    const { feature, calls } = featureDouble();
    await applyBackground(feature, BLUR, deps(log));
    log.length = 0;
    await applyBackground(feature, { kind: 'none' }, deps(log));
    expect(calls.at(-1)).to.equal('stop');
    expect(log).to.deep.equal([]);
  });

  it('offered on desktop Chrome, Edge and Mac Safari only (Microsoft Learn: video effects browser support), never on mobile', () => {
    const ua = (userAgent: string, mobile?: boolean) => backgroundPlatform({ userAgent, ...(mobile === undefined ? {} : { userAgentData: { mobile } }) });
    expect(ua('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36')).to.equal(true);
    expect(ua('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0')).to.equal(true);
    expect(ua('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15')).to.equal(true);
    expect(ua('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0')).to.equal(false);
    expect(ua('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36')).to.equal(false);
    expect(ua('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1')).to.equal(false);
    expect(ua('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', true)).to.equal(false);
  });
});

/**
 * The session: the pre-join's background choice goes onto the camera's `LocalVideoStream` (the SDK's VideoEffects
 * feature lives there, so it can run before the call is joined), every new camera stream gets it again, and failures
 * are state (`effects.error`) and a notice, never a throw out of the join.
 */
describe('ACS session: background effects', () => {
  async function session(behaviour: Behaviour = {}, opts: { missing?: string[]; choice?: BackgroundEffect; cameraOn?: boolean } = {}) {
    const VideoEffects = { callApiCtor: class {} };
    const sdk = fakeCallingSdk('8:acs:resource_visitor');
    (sdk as { features: unknown }).features = { ...fakeFeatures, VideoEffects };
    const doubles: Array<ReturnType<typeof featureDouble>> = [];
    const create = sdk.createLocalVideoStream;
    (sdk as { createLocalVideoStream: unknown }).createLocalVideoStream = (device: Parameters<typeof create>[0]) => {
      const stream = create(device);
      const fx = featureDouble(behaviour);
      doubles.push(fx);
      (stream as unknown as { feature: unknown }).feature = (factory: unknown) => (factory === VideoEffects ? fx.feature : undefined);
      return stream;
    };
    const log: string[] = [];
    const { session: s, events } = setup({ loadSdk: async () => sdk, effects: deps(log, opts.missing) });
    const choice = opts.choice ?? { kind: 'none' };
    await s.join(request({ media: { microphoneOn: false, cameraOn: opts.cameraOn ?? true }, effects: { background: choice } }));
    for (let i = 0; i < 5; i++) await tick(5);
    return { session: s, sdk, doubles, log, events, call: () => sdk.client.agent.call! };
  }
  const warnings = (events: SessionEvent[]) => events.flatMap((e) => (e.type === 'warning' ? [e.code] : []));

  it('no background chosen: the package is never loaded; choices are offered on this desktop browser only', async () => {
    const { session: s, log } = await session();
    expect(log, 'nothing loaded').to.deep.equal([]);
    expect(s.state.effects.backgroundSupported).to.equal(backgroundPlatform());
    s.dispose();
  });

  it('the pre-join choice (blur) runs on the camera stream and is published', async () => {
    const { session: s, doubles, log } = await session({}, { choice: BLUR });
    expect(log).to.deep.equal(['policy', 'load']);
    expect(doubles[0]!.calls).to.deep.equal(['isSupported BackgroundBlur', 'start BackgroundBlur']);
    expect(s.state.effects.background).to.deep.equal(BLUR);
    expect(s.state.effects.error).to.equal(undefined);
    s.dispose();
  });

  it('isSupported false: the choice falls back to None, background choices are hidden, the error is said; join goes on', async () => {
    const { session: s, doubles } = await session({ supported: false }, { choice: BLUR });
    expect(doubles[0]!.calls.some((c) => c.startsWith('start'))).to.equal(false);
    expect(s.state.effects).to.include({ backgroundSupported: false, error: 'background-failed' });
    expect(s.state.effects.background).to.deep.equal({ kind: 'none' });
    expect(s.state.call).to.equal('connecting');
    s.dispose();
  });

  it('the page policy refuses it: effects.error background-blocked and one background-effects-blocked notice', async () => {
    const { session: s, events } = await session({}, { choice: BLUR, missing: ["script-src 'wasm-unsafe-eval'"] });
    expect(s.state.effects.error).to.equal('background-blocked');
    expect(s.state.effects.background).to.deep.equal({ kind: 'none' });
    const error = await s.setBackgroundEffect(BLUR).catch((e: unknown) => e);
    expect((error as BackgroundRefused).code).to.equal('background-effects-blocked');
    expect(warnings(events).filter((w) => w === 'background-effects-blocked')).to.have.length(1);
    s.dispose();
  });

  it('in the call: a pick applies, None stops it, and a new camera stream (camera off and on) gets the effect again', async () => {
    const { session: s, doubles, call } = await session();
    call().setState('Connected');
    await tick(5);
    await s.setBackgroundEffect(BLUR);
    expect(s.state.effects.background).to.deep.equal(BLUR);
    await s.setCamera(false);
    await s.setCamera(true);
    for (let i = 0; i < 5; i++) await tick(5);
    expect(doubles).to.have.length(2);
    expect(doubles[1]!.calls, 'the new stream got the effect').to.include('start BackgroundBlur');
    await s.setBackgroundEffect({ kind: 'none' });
    expect(doubles[1]!.calls.at(-1)).to.equal('stop');
    expect(s.state.effects.background).to.deep.equal({ kind: 'none' });
    s.dispose();
  });

  it('a failing start in the call rejects, keeps None and says so', async () => {
    const { session: s, call } = await session({ start: 'error-event' });
    call().setState('Connected');
    await tick(5);
    const error = await s.setBackgroundEffect(BLUR).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(BackgroundRefused);
    expect(s.state.effects).to.include({ error: 'background-failed' });
    expect(s.state.effects.background).to.deep.equal({ kind: 'none' });
    s.dispose();
  });
});
