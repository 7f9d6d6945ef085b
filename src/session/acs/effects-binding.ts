/**
 * The visitor's media effects in the ACS session (issue 16 req 3): what `SessionState.effects` says, the pre-join's
 * choice applied once the call connects, and the in-call switches. Noise suppression goes through the call's
 * `LocalAudioStream` AudioEffects feature (`audio-effects-binding.ts`).
 *
 * Its own job, split out of `acs-session.ts` (the lifecycle): the session hands it a narrow host and calls
 * `onConnected()` on the first connect and the two commands.
 */
import { TmjError, toTmjError } from '../../core/errors.js';
import type { BackgroundEffect, JoinRequest, SessionState } from '../types.js';
import {
  noiseSuppressionOn,
  noiseSuppressionSupported,
  setNoiseSuppression as setAcsNoiseSuppression,
  type NoiseSuppressionFeature,
} from './audio-effects-binding.js';
import type { CallingSdk, SessionCall } from './sdk-types.js';

/** What the effects may see and do of the session. */
export interface EffectsHost {
  readonly state: SessionState;
  update(patch: Partial<SessionState>): void;
  /** The SDK once loaded. */
  sdk(): CallingSdk | undefined;
  /** The call while it exists. */
  call(): SessionCall | undefined;
  /** The join request (its pre-join effects choice). */
  request(): JoinRequest | undefined;
  /** The session was disposed: publish nothing more. */
  disposed(): boolean;
}

export class AcsEffects {
  readonly #host: EffectsHost;

  constructor(host: EffectsHost) {
    this.#host = host;
  }

  /** The call just connected: publish what can run and apply the pre-join's choices. Never throws. */
  async onConnected(): Promise<void> {
    await this.#readNoiseSuppression();
  }

  /**
   * Background effects on ACS need `@azure/communication-calling-effects` (25 MB unpacked, its wasm inlined as
   * data: URLs); the widget does not load it (README "Background effects"): `effects.backgroundSupported` stays false.
   */
  async setBackgroundEffect(_effect: BackgroundEffect): Promise<void> {
    throw new TmjError('not-permitted', 'background-effects-unavailable');
  }

  /** The browser's noise suppressor through the SDK's AudioEffects feature; a failure keeps the previous state and says so. */
  async setNoiseSuppression(on: boolean): Promise<void> {
    try {
      const now = await setAcsNoiseSuppression(this.#audioEffects(), on);
      this.#patch({ noiseSuppression: now, error: undefined });
    } catch (error) {
      this.#patch({ error: 'noise-suppression-failed' });
      throw toTmjError(error, 'media-device-failed');
    }
  }

  /** The call's `LocalAudioStream` AudioEffects feature (./audio-effects-binding.ts), when the call has one. */
  #audioEffects(): NoiseSuppressionFeature | undefined {
    const call = this.#host.call() as { localAudioStreams?: ReadonlyArray<{ feature(factory: unknown): unknown }> } | undefined;
    const factory = (this.#host.sdk()?.features as { AudioEffects?: unknown } | undefined)?.AudioEffects;
    const stream = call?.localAudioStreams?.[0];
    if (!stream || !factory) return undefined;
    try {
      return stream.feature(factory) as NoiseSuppressionFeature;
    } catch {
      return undefined;
    }
  }

  /**
   * Publishes whether noise suppression can be switched here and whether it runs (the UI hides it otherwise), after
   * applying the pre-join's choice (`JoinRequest.effects.noiseSuppression`) now that the call has its audio stream;
   * a failing switch keeps what runs and says so (`effects.error`), as the in-call switch does.
   */
  async #readNoiseSuppression(): Promise<void> {
    const feature = this.#audioEffects();
    const supported = await noiseSuppressionSupported(feature);
    if (this.#host.disposed()) return;
    let on = supported && noiseSuppressionOn(feature);
    let error: 'noise-suppression-failed' | undefined;
    const wanted = this.#host.request()?.effects?.noiseSuppression;
    if (supported && wanted !== undefined && wanted !== on) {
      try {
        on = await setAcsNoiseSuppression(feature, wanted);
      } catch {
        on = noiseSuppressionOn(feature);
        error = 'noise-suppression-failed';
      }
      if (this.#host.disposed()) return;
    }
    this.#patch({ noiseSuppressionSupported: supported, noiseSuppression: on, ...(error ? { error } : {}) });
  }

  #patch(patch: Partial<SessionState['effects']>): void {
    this.#host.update({ effects: { ...this.#host.state.effects, ...patch } });
  }
}
