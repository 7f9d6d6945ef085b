/**
 * ACS background blur / replace-with-image (issue 16 req 3): `@azure/communication-calling-effects` on the camera's
 * `LocalVideoStream`, loaded only when the visitor picks a background effect (here or on the pre-join screen).
 *
 * From Microsoft's documentation and the SDK 2.0 types:
 *  - Microsoft Learn, "Quickstart: Add video effects to your video calls" (voice-video-calling/get-started-video-effects,
 *    web): `localVideoStream.feature(Features.VideoEffects)` gives the `VideoEffectsFeature`; `isSupported(effect)`
 *    says whether an effect can run in this environment; `startEffects(effect)` / `stopEffects()`; events
 *    `effectsStarted`, `effectsStopped`, `effectsError`; the replacement image should be 16:9.
 *  - "Adding visual effects to a video call" (concepts/voice-video-calling/video-effects) and the quickstart: desktop
 *    browser support is Chrome and Edge (Windows, Mac) and Safari on Mac — so support is asked, never assumed.
 *  - Types (`VideoEffectsFeature`): `activeEffects: VideoEffectName[]`, `effectsError` carries
 *    `VideoEffectErrorPayload {code: 'FailedToProcess' | 'FailedToFetchImage', message}`.
 * Measured with SDK 2.0.0 / effects 1.3.2 in Chromium (README "Content Security Policy"): `startEffects` of an effect
 * that cannot run resolves and reports the failure as an `effectsError` event (501/46156 "Effect is not supported",
 * 403/46150 "disabled by Azure Communication Services"), so a start counts only once `effectsStarted` arrives.
 */
import type { LocalVideoStream, VideoEffectsFeature } from '@azure/communication-calling';
import { TmjError } from '../../core/errors.js';
import type { BackgroundEffect } from '../types.js';
import type { CallingEffects } from './calling-effects.js';

/** What this binding uses of the SDK's feature (a typed subset, so unit tests can pass a double). */
export type VideoEffectsApi = Pick<VideoEffectsFeature, 'isSupported' | 'startEffects' | 'stopEffects' | 'activeEffects' | 'on' | 'off'>;

/** The SDK's `effectInitTimeThresholdInMs` default (20 s, `VideoEffectConfig`); a start that takes longer failed. */
export const EFFECT_START_TIMEOUT_MS = 20_000;

export type BackgroundFailure = 'unsupported' | 'blocked' | 'failed';

/** Why a background effect did not start. `missing`: the policy sources the page lacks (`blocked`). */
export class BackgroundRefused extends TmjError {
  constructor(
    readonly reason: BackgroundFailure,
    readonly missing: readonly string[] = [],
    cause?: unknown,
  ) {
    super(reason === 'blocked' ? 'background-effects-blocked' : 'media-device-failed', reason === 'blocked' ? missing.join('; ') : `background-${reason}`, { cause });
  }
}

/** `Features.VideoEffects` of a camera stream, or undefined when the SDK refuses it. */
export function videoEffectsOf(stream: LocalVideoStream | undefined, factory: unknown): VideoEffectsApi | undefined {
  if (!stream || !factory) return undefined;
  try {
    return (stream as unknown as { feature(f: unknown): VideoEffectsApi }).feature(factory);
  } catch {
    return undefined;
  }
}

/** Starts `processor` and waits for the SDK's `effectsStarted` (or its `effectsError`, or the time bound). */
async function startConfirmed(feature: VideoEffectsApi, processor: Parameters<VideoEffectsApi['startEffects']>[0], timeoutMs: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const done = (error?: unknown) => {
      clearTimeout(timer);
      feature.off('effectsStarted', onStarted);
      feature.off('effectsError', onError);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onStarted = () => done();
    const onError = (payload: unknown) => done(payload ?? new Error('effectsError'));
    const timer = setTimeout(() => done(new Error('effects start timed out')), timeoutMs);
    feature.on('effectsStarted', onStarted);
    feature.on('effectsError', onError);
    feature.startEffects(processor).catch((error: unknown) => done(error ?? new Error('startEffects rejected')));
  });
}

export interface BackgroundDeps {
  /** Loads the effects package chunk (default `import('./calling-effects.js')`). */
  readonly load: () => Promise<CallingEffects>;
  /** The page policy sources the package lacks (default `missingEffectsPolicy`). */
  readonly policy: () => Promise<string[]>;
  readonly startTimeoutMs?: number | undefined;
}

/**
 * Applies one background effect to one camera stream's feature. `none` stops what runs. Resolves when the effect
 * runs; rejects with a `BackgroundRefused` saying why otherwise (nothing is left running then).
 */
export async function applyBackground(feature: VideoEffectsApi | undefined, effect: BackgroundEffect, deps: BackgroundDeps): Promise<void> {
  if (effect.kind === 'none') {
    if (feature && (feature.activeEffects?.length ?? 0) > 0) await feature.stopEffects().catch(() => undefined);
    return;
  }
  if (!feature) throw new BackgroundRefused('unsupported');
  // The policy first: a refused page never downloads the package (4.3 MB gzip), whose evaluation alone compiles wasm.
  const missing = await deps.policy();
  if (missing.length) throw new BackgroundRefused('blocked', missing);
  let effects: CallingEffects;
  try {
    effects = await deps.load();
  } catch (error) {
    throw new BackgroundRefused('failed', [], error);
  }
  const processor = effect.kind === 'blur' ? effects.blur() : effects.image(effect.url);
  let supported = false;
  try {
    supported = (await feature.isSupported(processor)) === true;
  } catch {
    supported = false;
  }
  if (!supported) throw new BackgroundRefused('unsupported');
  try {
    await startConfirmed(feature, processor, deps.startTimeoutMs ?? EFFECT_START_TIMEOUT_MS);
  } catch (error) {
    await feature.stopEffects().catch(() => undefined);
    throw new BackgroundRefused('failed', [], error);
  }
}
