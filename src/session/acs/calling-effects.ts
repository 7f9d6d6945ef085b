/**
 * The only module that imports `@azure/communication-calling-effects` (1.3.2; its segmentation wasm is inlined as
 * `data:` URLs: this chunk is ~8 MB raw, ~4.5 MB gzip). The ACS session loads it with `import()` only when the
 * visitor picks a background effect (in the call, or on the pre-join screen), never before, never for the emulator.
 *
 * Microsoft Learn, "Quickstart: Add video effects to your video calls" (get-started-video-effects, web): the effects
 * are `BackgroundBlurEffect` and `BackgroundReplacementEffect({ backgroundImageUrl })` from this package, started on a
 * `LocalVideoStream`'s `VideoEffects` feature of the calling SDK; the package cannot be used on its own.
 */
import { BackgroundBlurEffect, BackgroundReplacementEffect } from '@azure/communication-calling-effects';
import type { VideoEffectProcessor } from '@azure/communication-calling';

/** Creates the effect processors the calling SDK's `VideoEffectsFeature` takes. */
export interface CallingEffects {
  blur(): VideoEffectProcessor;
  image(url: string): VideoEffectProcessor;
}

export const callingEffects: CallingEffects = {
  blur: () => new BackgroundBlurEffect() as unknown as VideoEffectProcessor,
  image: (url) => new BackgroundReplacementEffect({ backgroundImageUrl: url }) as unknown as VideoEffectProcessor,
};
