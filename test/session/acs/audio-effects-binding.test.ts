/**
 * ACS noise suppression (src/session/acs/audio-effects-binding.ts) against an SDK-typed double of
 * `AudioEffectsFeature`. Encoded behaviour, from the SDK 2.0 types and Microsoft Learn's "Add audio quality
 * enhancements to your audio calling experience": `isSupported('BrowserNoiseSuppression')` says whether the browser
 * suppressor runs here (Chrome/Edge desktop only), `startEffects({noiseSuppression})` / `stopEffects({noiseSuppression: true})`
 * switch it, `activeEffects.noiseSuppression` lists what runs.
 */
import { expect } from '@open-wc/testing';
import type { ActiveAudioEffects, AudioEffectsStartConfig, AudioEffectsStopConfig } from '@azure/communication-calling';
import { noiseSuppressionOn, noiseSuppressionSupported, setNoiseSuppression, type NoiseSuppressionFeature } from '../../../src/session/acs/audio-effects-binding.js';
import { TmjError } from '../../../src/core/errors.js';
import { fakeCallingSdk, fakeFeatures } from './fake-calling-sdk.js';
import { request, setup, tick } from './harness.js';

function double(supported: boolean | 'throws', startFails = false) {
  const calls: string[] = [];
  let active: ActiveAudioEffects = { echoCancellation: [], noiseSuppression: [] };
  const feature: NoiseSuppressionFeature = {
    get activeEffects() {
      return active;
    },
    async isSupported(effect) {
      calls.push(`isSupported ${String(effect)}`);
      if (supported === 'throws') throw new Error('no');
      return supported;
    },
    async startEffects(config: AudioEffectsStartConfig) {
      calls.push(`start ${String(config.noiseSuppression)}`);
      if (startFails) throw new Error('effectsError');
      active = { ...active, noiseSuppression: ['BrowserNoiseSuppression'] };
    },
    async stopEffects(config: AudioEffectsStopConfig) {
      calls.push(`stop ${String(config.noiseSuppression)}`);
      active = { ...active, noiseSuppression: [] };
    },
  };
  return { feature, calls };
}

describe('ACS noise suppression binding', () => {
  it('asks the SDK for the browser suppressor, switches it on and off, and reads what runs', async () => {
    const { feature, calls } = double(true);
    expect(await noiseSuppressionSupported(feature)).to.equal(true);
    expect(await setNoiseSuppression(feature, true)).to.equal(true);
    expect(noiseSuppressionOn(feature)).to.equal(true);
    expect(await setNoiseSuppression(feature, false)).to.equal(false);
    expect(calls.filter((c) => !c.startsWith('isSupported'))).to.deep.equal(['start BrowserNoiseSuppression', 'stop true']);
    expect(calls[0]).to.equal('isSupported BrowserNoiseSuppression');
  });

  it('unsupported (or a check that throws, or no feature): not offered, and a switch is refused without touching the SDK', async () => {
    for (const feature of [double(false).feature, double('throws').feature, undefined]) {
      expect(await noiseSuppressionSupported(feature)).to.equal(false);
      const error = await setNoiseSuppression(feature, true).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(TmjError);
      expect((error as TmjError).detail).to.equal('noise-suppression-unsupported');
    }
    const { feature, calls } = double(false);
    await setNoiseSuppression(feature, true).catch(() => 0);
    expect(calls.some((c) => c.startsWith('start')), 'never started').to.equal(false);
  });

  it('a failing start is a typed error and nothing is reported on', async () => {
    const { feature } = double(true, true);
    const error = await setNoiseSuppression(feature, true).catch((e: unknown) => e);
    expect((error as TmjError).code).to.equal('media-device-failed');
    expect(noiseSuppressionOn(feature)).to.equal(false);
  });
});

/**
 * The pre-join's noise-suppression choice on an ACS call: the SDK's AudioEffects feature lives on the call's
 * `LocalAudioStream` (`call.localAudioStreams[0].feature(Features.AudioEffects)`, Microsoft Learn's audio quality
 * enhancements page), so the choice can only be applied once the call is connected and has that stream.
 */
describe('ACS session: the pre-join noise-suppression choice', () => {
  async function connectedWith(noiseSuppression: boolean | undefined, supported = true, startFails = false) {
    const AudioEffects = { callApiCtor: class {} };
    const sdk = fakeCallingSdk('8:acs:resource_visitor');
    (sdk as { features: unknown }).features = { ...fakeFeatures, AudioEffects };
    const { session } = setup({ loadSdk: async () => sdk });
    const effects = double(supported, startFails);
    await session.join(request({ effects: { background: { kind: 'none' }, noiseSuppression } } as Parameters<typeof request>[0]));
    const call = sdk.client.agent.call!;
    (call as unknown as { localAudioStreams: unknown[] }).localAudioStreams = [
      { feature: (factory: unknown) => (factory === AudioEffects ? effects.feature : undefined) },
    ];
    call.setState('Connected');
    for (let i = 0; i < 5; i++) await tick();
    return { session, calls: effects.calls };
  }

  it('a choice of on is started when the call connects and published as running', async () => {
    const { session, calls } = await connectedWith(true);
    expect(calls).to.include('start BrowserNoiseSuppression');
    expect(session.state.effects.noiseSuppressionSupported).to.equal(true);
    expect(session.state.effects.noiseSuppression).to.equal(true);
    session.dispose();
  });

  it('no choice, or unsupported: nothing is started', async () => {
    for (const [choice, supported] of [[undefined, true], [true, false]] as const) {
      const { session, calls } = await connectedWith(choice, supported);
      expect(calls.some((c) => c.startsWith('start')), `choice ${String(choice)}, supported ${supported}`).to.equal(false);
      expect(session.state.effects.noiseSuppression).to.equal(false);
      session.dispose();
    }
  });

  it('a failing start keeps it off and says so (effects.error), never throws', async () => {
    const { session } = await connectedWith(true, true, true);
    expect(session.state.effects.noiseSuppression).to.equal(false);
    expect(session.state.effects.error).to.equal('noise-suppression-failed');
    session.dispose();
  });
});
