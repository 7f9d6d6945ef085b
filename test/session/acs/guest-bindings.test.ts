/**
 * The ACS guest bindings for reactions and spotlight (src/session/acs/guest-bindings.ts) against SDK doubles
 * typed with @azure/communication-calling 2.0's own interfaces (`ReactionCallFeature`, `SpotlightCallFeature`),
 * so a change in the SDK's shape fails to compile here.
 *
 * Beliefs the doubles encode, each checked against Microsoft's documentation:
 *  - Reactions (Microsoft Learn, "Reactions", https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/reactions):
 *    `sendReaction({reactionType})`; received reactions arrive as the `reaction` event
 *    `{identifier, reactionMessage: {reactionType}}`; the kinds are like, love (SDK `heart`), laugh, applause,
 *    surprised; in a Teams meeting Teams policy decides whether reactions are allowed.
 *  - Spotlight (Microsoft Learn, "Spotlight", https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/spotlight,
 *    and the SpotlightCallFeature reference: "Spotlight event occurs when any user starts or stops spotlight"):
 *    `getSpotlightedParticipants()` gives `{identifier, order}`, `spotlightChanged` fires on every change.
 * Captions and breakout rooms have their own files: captions-binding.test.ts, breakout-binding.test.ts.
 */
import { expect } from '@open-wc/testing';
import type {
  CollectionUpdatedEvent,
  ReactionCallFeature,
  ReactionListener,
  ReactionMessage,
  SpotlightCallFeature,
  SpotlightedParticipant,
} from '@azure/communication-calling';
import { bindReactions, bindSpotlight } from '../../../src/session/acs/guest-bindings.js';
import type { BindingHost } from '../../../src/session/acs/binding.js';
import type { SessionCall, SessionFeatures } from '../../../src/session/acs/sdk-types.js';
import { TmjError } from '../../../src/core/errors.js';
import { INITIAL_SESSION_STATE, type SessionEvent, type SessionState } from '../../../src/session/types.js';

const SELF = '8:acs:self';
const teams = (oid: string) => ({ microsoftTeamsUserId: oid, rawId: `8:orgid:${oid}` });

/** The reaction feature as the SDK types it (only what the binding touches). */
class ReactionDouble implements Pick<ReactionCallFeature, 'sendReaction' | 'on' | 'off'> {
  readonly listeners = new Set<ReactionListener>();
  readonly sent: ReactionMessage[] = [];
  refuse = false;
  async sendReaction(message: ReactionMessage): Promise<void> {
    if (this.refuse) throw new Error('Reactions are not allowed in this meeting');
    this.sent.push(message);
  }
  on(_event: 'reaction', listener: ReactionListener): void {
    this.listeners.add(listener);
  }
  off(_event: 'reaction', listener: ReactionListener): void {
    this.listeners.delete(listener);
  }
  fire(...args: Parameters<ReactionListener>): void {
    for (const l of [...this.listeners]) l(...args);
  }
}

class SpotlightDouble implements Pick<SpotlightCallFeature, 'getSpotlightedParticipants' | 'on' | 'off'> {
  readonly listeners = new Set<CollectionUpdatedEvent<SpotlightedParticipant>>();
  list: SpotlightedParticipant[] = [];
  getSpotlightedParticipants(): SpotlightedParticipant[] {
    return this.list;
  }
  on(_event: 'spotlightChanged', listener: CollectionUpdatedEvent<SpotlightedParticipant>): void {
    this.listeners.add(listener);
  }
  off(_event: 'spotlightChanged', listener: CollectionUpdatedEvent<SpotlightedParticipant>): void {
    this.listeners.delete(listener);
  }
  change(list: SpotlightedParticipant[]): void {
    this.list = list;
    for (const l of [...this.listeners]) l({ added: list, removed: [] });
  }
}

/** Capabilities: Teams policy for reactions (`useReactions`), with its own change event. */
class CapabilitiesDouble {
  readonly listeners = new Set<() => void>();
  capabilities: Record<string, { isPresent: boolean; reason: string }> = {};
  on(_event: string, l: () => void) {
    this.listeners.add(l);
  }
  off(_event: string, l: () => void) {
    this.listeners.delete(l);
  }
  change(useReactions: boolean) {
    this.capabilities = { useReactions: { isPresent: useReactions, reason: useReactions ? 'Capable' : 'MeetingRestricted' } };
    for (const l of [...this.listeners]) l();
  }
}

const features = { Reaction: 'Reaction', Spotlight: 'Spotlight', Capabilities: 'Capabilities' } as unknown as SessionFeatures;

function setup() {
  const reaction = new ReactionDouble();
  const spotlight = new SpotlightDouble();
  const capabilities = new CapabilitiesDouble();
  const byName: Record<string, unknown> = { Reaction: reaction, Spotlight: spotlight, Capabilities: capabilities };
  const call = { feature: (f: unknown) => byName[f as string] } as unknown as SessionCall;
  let state: SessionState = INITIAL_SESSION_STATE;
  const events: SessionEvent[] = [];
  const host: BindingHost = {
    get state() {
      return state;
    },
    update: (patch) => (state = { ...state, ...patch }),
    emit: (event) => events.push(event),
  };
  return { reaction, spotlight, capabilities, call, host, events, state: () => state };
}

describe('ACS guest bindings (SDK doubles)', () => {
  it('reactions: a received reaction becomes a reaction event (heart → love), the visitor\'s own and unknown kinds are dropped', () => {
    const t = setup();
    bindReactions({ call: t.call, features, host: t.host, selfId: SELF });
    t.reaction.fire({ identifier: teams('alex'), reactionMessage: { reactionType: 'heart' } });
    t.reaction.fire({ identifier: teams('sam'), reactionMessage: { reactionType: 'applause' } });
    t.reaction.fire({ identifier: { communicationUserId: SELF }, reactionMessage: { reactionType: 'like' } });
    t.reaction.fire({ identifier: teams('kim'), reactionMessage: { reactionType: 'fireworks' as never } });
    expect(t.events).to.deep.equal([
      { type: 'reaction', participantId: '8:orgid:alex', reaction: 'love' },
      { type: 'reaction', participantId: '8:orgid:sam', reaction: 'applause' },
    ]);
  });

  it('reactions: sending maps love to the SDK\'s heart; a refusal is a typed call-failed error', async () => {
    const t = setup();
    const b = bindReactions({ call: t.call, features, host: t.host, selfId: SELF });
    await b.send('love');
    await b.send('surprised');
    expect(t.reaction.sent).to.deep.equal([{ reactionType: 'heart' }, { reactionType: 'surprised' }]);
    t.reaction.refuse = true;
    const error = await b.send('like').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, 'a refused reaction rejects with TmjError').to.be.instanceOf(TmjError);
    expect((error as TmjError).code).to.equal('call-failed');
  });

  it('reactions: Teams policy (useReactions) decides reactionsAllowed, and follows capability changes', () => {
    const t = setup();
    bindReactions({ call: t.call, features, host: t.host, selfId: SELF });
    expect(t.state().reactionsAllowed, 'allowed until the policy says otherwise').to.equal(true);
    t.capabilities.change(false);
    expect(t.state().reactionsAllowed).to.equal(false);
    t.capabilities.change(true);
    expect(t.state().reactionsAllowed).to.equal(true);
  });

  it('reactions: dispose leaves no listener on the reaction or capabilities feature, and later events are ignored', () => {
    const t = setup();
    const b = bindReactions({ call: t.call, features, host: t.host, selfId: SELF });
    expect(t.reaction.listeners.size + t.capabilities.listeners.size, 'subscribed').to.equal(2);
    b.dispose();
    expect(t.reaction.listeners.size + t.capabilities.listeners.size, 'no listener left').to.equal(0);
    t.reaction.fire({ identifier: teams('alex'), reactionMessage: { reactionType: 'like' } });
    expect(t.events).to.deep.equal([]);
  });

  it('spotlight: the spotlighted people in SDK order become raw ids, the visitor as self; changes follow', () => {
    const t = setup();
    t.spotlight.list = [
      { identifier: teams('b'), order: 2 },
      { identifier: teams('a'), order: 1 },
    ];
    bindSpotlight({ call: t.call, features, host: t.host, selfId: SELF });
    expect(t.state().spotlight, 'read at bind time (already set at admission)').to.deep.equal(['8:orgid:a', '8:orgid:b']);
    t.spotlight.change([{ identifier: { communicationUserId: SELF }, order: 1 }]);
    expect(t.state().spotlight).to.deep.equal(['self']);
    t.spotlight.change([]);
    expect(t.state().spotlight).to.deep.equal([]);
  });

  it('spotlight: dispose removes its listener', () => {
    const t = setup();
    const b = bindSpotlight({ call: t.call, features, host: t.host, selfId: SELF });
    expect(t.spotlight.listeners.size).to.equal(1);
    b.dispose();
    expect(t.spotlight.listeners.size, 'no listener left').to.equal(0);
    t.spotlight.change([{ identifier: teams('a'), order: 1 }]);
    expect(t.state().spotlight, 'no update after dispose').to.deep.equal([]);
  });
});
