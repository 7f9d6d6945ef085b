/**
 * The visitor's media effects in the ACS session (issue 16 req 3): what `SessionState.effects` says, the pre-join's
 * choices, and the in-call switches. Noise suppression goes through the call's `LocalAudioStream` AudioEffects
 * feature (`audio-effects-binding.ts`), applied once the call connects; background blur / image through the camera
 * `LocalVideoStream`'s VideoEffects feature and the lazily loaded effects package (`background-binding.ts`), applied
 * as soon as the camera stream exists (before the call is joined, so nobody sees the unprocessed camera first) and
 * again on every new camera stream (camera off and on, device switch).
 *
 * Offered (`backgroundSupported`) where Microsoft documents support (desktop Chrome, Edge, Safari; not mobile
 * browsers) until the SDK's own `isSupported` answered on the first pick, which then decides; the package is loaded
 * only for a pick, so a visitor who never picks never downloads it.
 *
 * Its own job, split out of `acs-session.ts` (the lifecycle): the session hands it a narrow host and calls
 * `onConnected()` on the first connect and the two commands.
 */
import { toTmjError } from '../../core/errors.js';
import type { BackgroundEffect, JoinRequest, SessionEvent, SessionState } from '../types.js';
import {
  noiseSuppressionOn,
  noiseSuppressionSupported,
  setNoiseSuppression as setAcsNoiseSuppression,
  type NoiseSuppressionFeature,
} from './audio-effects-binding.js';
import { applyBackground, BackgroundRefused, videoEffectsOf, type BackgroundDeps } from './background-binding.js';
import { backgroundPlatform } from '../../media/vendor-effects.js';
import { missingEffectsPolicy } from './effects-policy.js';

export { backgroundPlatform };
import type { CallingSdk, SessionCall } from './sdk-types.js';
import type { LocalVideoStream } from '@azure/communication-calling';

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
  emit(event: SessionEvent): void;
  /** The camera's stream while it exists. */
  video(): LocalVideoStream | undefined;
}

export class AcsEffects {
  readonly #host: EffectsHost;
  readonly #deps: BackgroundDeps;
  /** The background the visitor wants (pre-join choice or last pick); applied to each new camera stream. */
  #wanted: BackgroundEffect = { kind: 'none' };
  /** The stream the wanted effect was last applied to. */
  #appliedTo: LocalVideoStream | undefined;
  /** Bumped by every apply: one still waiting for an earlier one is skipped when a newer one came. */
  #seq = 0;
  #chain: Promise<unknown> = Promise.resolve();
  /** Set once the SDK said no (isSupported false) or the page's policy refused: no more provisional offer. */
  #refused = false;
  #blockedSaid = false;

  constructor(host: EffectsHost, deps: Partial<BackgroundDeps> = {}) {
    this.#host = host;
    this.#deps = {
      load: deps.load ?? (async () => (await import('./calling-effects.js')).callingEffects),
      policy: deps.policy ?? missingEffectsPolicy,
      startTimeoutMs: deps.startTimeoutMs,
    };
  }

  /**
   * The camera stream exists (prepared for the join) or changed: offer background effects where documented, and
   * apply the wanted effect (the pre-join's choice first) to a stream that does not have it yet. Never throws.
   */
  async videoChanged(): Promise<void> {
    const stream = this.#host.video();
    if (!this.#refused && backgroundPlatform() && !this.#host.state.effects.backgroundSupported && this.#host.sdk()?.features) {
      this.#patch({ backgroundSupported: true });
    }
    if (this.#wanted.kind === 'none' && this.#appliedTo === undefined) {
      const chosen = this.#host.request()?.effects?.background;
      if (!chosen || chosen.kind === 'none') return;
      this.#wanted = chosen;
      this.#patch({ background: chosen });
    }
    if (!stream || stream === this.#appliedTo || this.#wanted.kind === 'none') {
      if (!stream) this.#appliedTo = undefined;
      return;
    }
    await this.#apply(this.#wanted).catch(() => undefined);
  }

  /**
   * Applies `effect` to the camera stream (or keeps it for when the camera opens). On failure the effect is
   * None, `effects.error` says why and it rejects; a page policy refusal also raises the
   * `background-effects-blocked` notice once.
   */
  async setBackgroundEffect(effect: BackgroundEffect): Promise<void> {
    this.#wanted = effect;
    if (!this.#host.video()) {
      this.#appliedTo = undefined;
      this.#patch({ background: effect, error: undefined });
      return;
    }
    await this.#apply(effect);
  }

  /**
   * Applies run one after the other (the SDK's feature is one per stream; an earlier start finishing after a later
   * None would leave an effect running that the state does not show), and one superseded while waiting is skipped:
   * the latest pick wins.
   */
  #apply(effect: BackgroundEffect): Promise<void> {
    const seq = ++this.#seq;
    const run = this.#chain.then(() => (seq === this.#seq ? this.#applyNow(effect) : undefined));
    this.#chain = run.catch(() => undefined);
    return run;
  }

  async #applyNow(effect: BackgroundEffect): Promise<void> {
    const stream = this.#host.video();
    const factory = (this.#host.sdk()?.features as { VideoEffects?: unknown } | undefined)?.VideoEffects;
    try {
      await applyBackground(videoEffectsOf(stream, factory), effect, this.#deps);
    } catch (error) {
      if (this.#host.disposed()) throw error;
      const refusal = error instanceof BackgroundRefused ? error : new BackgroundRefused('failed', [], error);
      this.#wanted = { kind: 'none' };
      this.#appliedTo = stream;
      if (refusal.reason === 'unsupported' || refusal.reason === 'blocked') this.#refused = true;
      this.#patch({
        background: { kind: 'none' },
        error: refusal.reason === 'blocked' ? 'background-blocked' : 'background-failed',
        // The SDK said it cannot run here: hide the choices. A policy refusal keeps them, with its message.
        ...(refusal.reason === 'unsupported' ? { backgroundSupported: false } : {}),
      });
      if (refusal.reason === 'blocked' && !this.#blockedSaid) {
        this.#blockedSaid = true;
        this.#host.emit({ type: 'warning', code: 'background-effects-blocked' });
      }
      throw refusal;
    }
    if (this.#host.disposed()) return;
    this.#appliedTo = stream;
    this.#patch({ background: effect, error: undefined });
  }

  /** The call just connected: publish what can run and apply the pre-join's choices. Never throws. */
  async onConnected(): Promise<void> {
    await this.#readNoiseSuppression();
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
