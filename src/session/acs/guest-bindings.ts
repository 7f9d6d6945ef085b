/**
 * Guest-feature bindings of the ACS session (issue 16), each `{read(), dispose()}` like the others
 * (`binding.ts`): live captions, reactions, spotlight. Breakout rooms are in `breakout-binding.ts`.
 *
 * What the SDK does, from its 2.0 types (`communication-calling.d.ts`) and Microsoft Learn:
 *  - Captions ("Closed captions for Teams interoperability",
 *    https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/closed-captions-teams-interop-how-to):
 *    `call.feature(Features.Captions).captions` is a `TeamsCaptions` object in Teams meetings (kind
 *    `TeamsCaptions`; `Captions` elsewhere). `startCaptions({spokenLanguage})` resolves before captions run:
 *    `CaptionsActiveChanged` says when `isCaptionsFeatureActive` changed. `CaptionsReceived` carries
 *    `{speaker: {identifier, displayName}, spokenText, captionText, resultType: 'Partial' | 'Final'}`.
 *    `setSpokenLanguage` (BCP 47, `SpokenLanguageChanged`) and, only with Teams Premium translation,
 *    `setCaptionLanguage` (ISO 639-1, `CaptionLanguageChanged`); `CaptionsKindChanged` replaces the object.
 *    Capabilities `startLiveMeetingCaptions` and `setCaptionLanguage` say what this visitor may do.
 *  - Reactions ("Reactions", https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/reactions):
 *    `sendReaction({reactionType})` with `like | heart | laugh | applause | surprised`, the `reaction` event
 *    `{identifier, reactionMessage: {reactionType}}`; Teams policy decides (capability `useReactions`).
 *  - Spotlight ("Spotlight", https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/spotlight):
 *    `getSpotlightedParticipants()` → `{identifier, order}`, `spotlightChanged`; up to seven people.
 */
import { TmjError } from '../../core/errors.js';
import { CaptionLines } from '../caption-lines.js';
import { REACTION_KINDS, type CaptionsState, type ReactionKind } from '../types.js';
import type { BindingContext, FeatureBinding } from './binding.js';
import { Subscriptions } from './listen.js';
import { rawId } from './sdk-util.js';
import type { Captions, CaptionsInfo, Reaction, ReactionEventPayload, TeamsCaptions, TeamsCaptionsInfo } from '@azure/communication-calling';

/** Our reaction names ⇄ the SDK's (`love` is the SDK's `heart`). */
const TO_SDK: Record<ReactionKind, Reaction> = { like: 'like', love: 'heart', applause: 'applause', laugh: 'laugh', surprised: 'surprised' };
export function reactionFromSdk(value: unknown): ReactionKind | undefined {
  return REACTION_KINDS.find((k) => TO_SDK[k] === value);
}

export interface CaptionsBinding extends FeatureBinding {
  set(on: boolean): Promise<void>;
  setLanguage(kind: 'spoken' | 'caption', language: string): Promise<void>;
}

/** `Features.Captions` → `SessionState.captions` (lines through the shared `CaptionLines` buffer). */
export function bindCaptions({ call, features, host, selfId }: BindingContext): CaptionsBinding {
  const feature = call.feature(features.Captions);
  const capabilities = call.feature(features.Capabilities);
  const lines = new CaptionLines();
  /** The visitor asked for captions (and has not turned them off). */
  let wanted = false;
  let captions = feature.captions;
  const objectSubs = new Subscriptions();
  const isTeams = (c: typeof captions): c is TeamsCaptions => c.kind === 'TeamsCaptions';
  const allowed = (name: 'startLiveMeetingCaptions' | 'setCaptionLanguage') => capabilities.capabilities?.[name]?.isPresent ?? true;

  const read = () => {
    const c = captions;
    const active = wanted && c.isCaptionsFeatureActive === true;
    const translation = isTeams(c) && allowed('setCaptionLanguage') ? [...(c.supportedCaptionLanguages ?? [])] : [];
    const next: CaptionsState = {
      supported: allowed('startLiveMeetingCaptions'),
      active,
      spokenLanguage: c.activeSpokenLanguage || 'en-us',
      spokenLanguages: [...(c.supportedSpokenLanguages ?? [])],
      captionLanguage: translation.length > 0 && isTeams(c) ? c.activeCaptionLanguage || undefined : undefined,
      captionLanguages: translation,
      lines: active ? lines.lines : lines.clear(),
    };
    host.update({ captions: next });
  };
  const received = (data: TeamsCaptionsInfo | CaptionsInfo) => {
    if (!wanted) return;
    const speakerId = data.speaker?.identifier ? rawId(data.speaker.identifier) : '';
    const own = speakerId !== '' && speakerId === selfId;
    const text = 'captionText' in data && data.captionText ? data.captionText : data.spokenText;
    if (typeof text !== 'string') return;
    lines.add({
      speakerId: own ? 'self' : speakerId,
      speakerName: own ? host.state.self.displayName : (data.speaker?.displayName ?? ''),
      text,
      final: data.resultType === 'Final',
    });
    read();
  };
  const attach = () => {
    objectSubs.dispose();
    captions = feature.captions;
    const c = captions;
    if (isTeams(c)) {
      objectSubs.listen(c, 'CaptionsActiveChanged', read);
      objectSubs.listen(c, 'SpokenLanguageChanged', read);
      objectSubs.listen(c, 'CaptionLanguageChanged', read);
      objectSubs.listen(c, 'CaptionsReceived', received);
    } else {
      const plain = c as Captions;
      objectSubs.listen(plain, 'CaptionsActiveChanged', read);
      objectSubs.listen(plain, 'SpokenLanguageChanged', read);
      objectSubs.listen(plain, 'CaptionsReceived', received);
    }
  };
  attach();
  const subs = new Subscriptions();
  subs.listen(feature, 'CaptionsKindChanged', () => {
    attach();
    read();
  });
  subs.listen(capabilities, 'capabilitiesChanged', read);
  read();
  return {
    read,
    dispose: () => {
      objectSubs.dispose();
      subs.dispose();
    },
    async set(on: boolean) {
      const c = captions;
      try {
        if (on) {
          wanted = true;
          // Already running for the call (someone else started them): receiving starts with our subscription.
          if (!c.isCaptionsFeatureActive) await c.startCaptions({ spokenLanguage: c.activeSpokenLanguage || 'en-us' });
        } else {
          wanted = false;
          await c.stopCaptions();
        }
      } catch (error) {
        if (on) wanted = false;
        read();
        throw new TmjError('call-failed', on ? 'start-captions' : 'stop-captions', { cause: error });
      }
      read();
    },
    async setLanguage(kind, language) {
      const c = captions;
      try {
        if (kind === 'spoken') await c.setSpokenLanguage(language);
        else if (isTeams(c)) await c.setCaptionLanguage(language);
        else throw new TmjError('not-permitted', 'caption-language');
      } catch (error) {
        throw error instanceof TmjError ? error : new TmjError('call-failed', `${kind}-language`, { cause: error });
      }
    },
  };
}

export interface ReactionBinding extends FeatureBinding {
  send(reaction: ReactionKind): Promise<void>;
}

/** `Features.Reaction` → `reaction` events (never the visitor's own) and `reactionsAllowed`. */
export function bindReactions({ call, features, host, selfId }: BindingContext): ReactionBinding {
  const feature = call.feature(features.Reaction);
  const capabilities = call.feature(features.Capabilities);
  const read = () => {
    const allowed = capabilities.capabilities?.useReactions?.isPresent ?? true;
    if (host.state.reactionsAllowed !== allowed) host.update({ reactionsAllowed: allowed });
  };
  const subs = new Subscriptions();
  subs.listen(feature, 'reaction', (data: ReactionEventPayload) => {
    const reaction = reactionFromSdk(data?.reactionMessage?.reactionType);
    const id = data?.identifier ? rawId(data.identifier) : '';
    if (!reaction || !id || id === selfId) return;
    host.emit({ type: 'reaction', participantId: id, reaction });
  });
  subs.listen(capabilities, 'capabilitiesChanged', read);
  read();
  return {
    read,
    dispose: () => subs.dispose(),
    async send(reaction: ReactionKind) {
      try {
        await feature.sendReaction({ reactionType: TO_SDK[reaction] });
      } catch (error) {
        throw new TmjError('call-failed', 'send-reaction', { cause: error });
      }
    },
  };
}

/** `Features.Spotlight` → `SessionState.spotlight` (raw ids in spotlight order, `'self'` for the visitor). */
export function bindSpotlight({ call, features, host, selfId }: BindingContext): FeatureBinding {
  const feature = call.feature(features.Spotlight);
  const read = () => {
    const list = [...(feature.getSpotlightedParticipants() ?? [])]
      .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
      .map((s) => rawId(s.identifier))
      .filter((id) => id !== '')
      .map((id) => (id === selfId ? 'self' : id));
    const before = host.state.spotlight;
    if (before.length !== list.length || before.some((id, i) => id !== list[i])) host.update({ spotlight: list });
  };
  const subs = new Subscriptions();
  subs.listen(feature, 'spotlightChanged', read);
  read();
  return { read, dispose: () => subs.dispose() };
}
