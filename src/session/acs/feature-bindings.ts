/**
 * Call-feature bindings of the ACS session, one small object each (see `binding.ts`): capabilities, raised
 * hands, dominant speakers, and the SDK's recommended number of incoming videos. Diagnostics live in
 * `diagnostics-binding.ts`, recording/transcription in `compliance-binding.ts`.
 */
import { TmjError } from '../../core/errors.js';
import type { Capabilities } from '../types.js';
import type { BindingContext, FeatureBinding } from './binding.js';
import { capabilityReasons } from './compliance-binding.js';
import { Subscriptions } from './listen.js';
import { rawId } from './sdk-util.js';

/** `Features.Capabilities` → `SessionState.capabilities` (what the visitor may do: unmute, video, share, hand). */
export function bindCapabilities({ call, features, host }: BindingContext): FeatureBinding {
  const capabilities = call.feature(features.Capabilities);
  const read = () => {
    const c = capabilities.capabilities;
    const present = (name: Exclude<keyof Capabilities, 'reasons'>, fallback: boolean) => c?.[name]?.isPresent ?? fallback;
    host.update({
      capabilities: {
        unmuteMic: present('unmuteMic', true),
        turnVideoOn: present('turnVideoOn', true),
        shareScreen: present('shareScreen', true),
        raiseHand: present('raiseHand', false),
        reasons: capabilityReasons(c),
      },
    });
  };
  const subs = new Subscriptions();
  subs.listen(capabilities, 'capabilitiesChanged', read);
  return { read, dispose: () => subs.dispose() };
}

/** `Features.DominantSpeakers` → `SessionState.dominantSpeakers` (raw ids, most dominant first). */
export function bindDominantSpeakers({ call, features, host }: BindingContext): FeatureBinding {
  const dominant = call.feature(features.DominantSpeakers);
  const read = () => host.update({ dominantSpeakers: (dominant.dominantSpeakers?.speakersList ?? []).map((id) => rawId(id)) });
  const subs = new Subscriptions();
  subs.listen(dominant, 'dominantSpeakersChanged', read);
  return { read, dispose: () => subs.dispose() };
}

export interface RaiseHandBinding extends FeatureBinding {
  /** Raw ids of everyone with a raised hand (self included). */
  readonly hands: ReadonlySet<string>;
  set(raised: boolean): Promise<void>;
}

/** `Features.RaiseHand` → `self.handRaised` and the roster's hands; `onChange` refreshes the roster. */
export function bindRaiseHand({ call, features, host, selfId }: BindingContext, onChange: () => void): RaiseHandBinding {
  const feature = call.feature(features.RaiseHand);
  let hands = new Set<string>();
  const read = () => {
    hands = new Set(feature.getRaisedHands().map((h) => rawId(h.identifier)));
    host.update({ self: { ...host.state.self, handRaised: hands.has(selfId) } });
    onChange();
  };
  const subs = new Subscriptions();
  subs.listen(feature, 'raisedHandEvent', read);
  subs.listen(feature, 'loweredHandEvent', read);
  return {
    get hands() {
      return hands;
    },
    read,
    dispose: () => subs.dispose(),
    async set(raised: boolean) {
      try {
        await (raised ? feature.raiseHand() : feature.lowerHand());
      } catch (error) {
        throw new TmjError('call-failed', 'raise-hand', { cause: error });
      }
      host.update({ self: { ...host.state.self, handRaised: raised } });
    },
  };
}

/**
 * `Features.OptimalVideoCount` → `SessionState.maxRemoteVideos`: how many incoming videos the SDK recommends
 * rendering at once. "OptimalVideoCountCallFeature: optimalVideoCount — the optimal number of incoming video
 * streams; optimalVideoCountChanged" (SDK 2.0 types; ACS docs "Manage video during calls" → "Optimal video count").
 */
export function bindVideoCount({ call, features, host }: BindingContext): FeatureBinding {
  const feature = call.feature(features.OptimalVideoCount);
  const read = () => {
    const count = feature.optimalVideoCount;
    // A value that is not a non-negative integer is ignored (the previous recommendation stays).
    if (Number.isInteger(count) && count >= 0) host.update({ maxRemoteVideos: count });
  };
  const subs = new Subscriptions();
  subs.listen(feature, 'optimalVideoCountChanged', read);
  return { read, dispose: () => subs.dispose() };
}
