/**
 * Noise suppression on the ACS path (issue 16 req 3), through the Calling SDK's own audio effects: the
 * `AudioEffects` feature of the call's `LocalAudioStream`, with the browser's built-in suppressor
 * (`'BrowserNoiseSuppression'`), so no extra package is loaded.
 *
 * From Microsoft's documentation and the SDK 2.0 types (node_modules/@azure/communication-calling/types):
 *  - "Add audio quality enhancements to your audio calling experience" (learn.microsoft.com, ACS tutorials,
 *    audio-quality-enhancements/add-noise-supression): audio effects are used through the `AudioEffects` feature of
 *    the call's current `LocalAudioStream` (`localAudioStream.feature(Features.AudioEffects)`), which starts and
 *    stops them; browser support for noise suppression effects is Chrome and Edge desktop only — so support is
 *    asked, never assumed.
 *  - `AudioEffectsFeature.isSupported(effect | 'BrowserNoiseSuppression'): Promise<boolean>`,
 *    `startEffects({noiseSuppression: 'BrowserNoiseSuppression'})`, `stopEffects({noiseSuppression: true})`
 *    (`AudioEffectsStopConfig.noiseSuppression?: boolean`), `activeEffects.noiseSuppression: NoiseSuppressionEffectName[]`.
 *  - The deep (model-based) suppressor needs `@azure/communication-calling-effects`; the browser one does not.
 */
import type { AudioEffectsFeature } from '@azure/communication-calling';
import { TmjError } from '../../core/errors.js';

/** What this binding uses of the SDK's feature (a typed subset, so unit tests can pass a double). */
export type NoiseSuppressionFeature = Pick<AudioEffectsFeature, 'isSupported' | 'startEffects' | 'stopEffects' | 'activeEffects'>;

/** Whether the browser suppressor can run here; a rejecting or throwing check counts as unsupported. */
export async function noiseSuppressionSupported(feature: NoiseSuppressionFeature | undefined): Promise<boolean> {
  if (!feature) return false;
  try {
    return (await feature.isSupported('BrowserNoiseSuppression')) === true;
  } catch {
    return false;
  }
}

/** Whether a noise suppressor runs now (the feature's own account, not what was last asked). */
export function noiseSuppressionOn(feature: NoiseSuppressionFeature | undefined): boolean {
  try {
    return (feature?.activeEffects?.noiseSuppression?.length ?? 0) > 0;
  } catch {
    return false;
  }
}

/**
 * Switches the browser noise suppressor; resolves with what runs afterwards. Unsupported or failed → a TmjError
 * (`media-device-failed`, detail `noise-suppression`), so the session keeps the previous state and says so.
 */
export async function setNoiseSuppression(feature: NoiseSuppressionFeature | undefined, on: boolean): Promise<boolean> {
  if (!(await noiseSuppressionSupported(feature))) throw new TmjError('media-device-failed', 'noise-suppression-unsupported');
  try {
    if (on) await feature!.startEffects({ noiseSuppression: 'BrowserNoiseSuppression' });
    else await feature!.stopEffects({ noiseSuppression: true });
  } catch (error) {
    throw new TmjError('media-device-failed', 'noise-suppression', { cause: error });
  }
  return noiseSuppressionOn(feature);
}
