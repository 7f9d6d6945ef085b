/**
 * The ACS captions binding (src/session/acs/guest-bindings.ts `bindCaptions`) against SDK doubles typed with
 * @azure/communication-calling 2.0's own interfaces (`TeamsCaptions`, `CaptionsCommon`, `CaptionsCallFeature`,
 * `TeamsCaptionsInfo`), so a change in the SDK's shape fails to compile here.
 *
 * Beliefs the doubles encode, each from Microsoft Learn, "Closed captions for Teams interoperability"
 * (https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/closed-captions-teams-interop-how-to):
 *  - `call.feature(Features.Captions).captions` is a `TeamsCaptions` object (kind `TeamsCaptions`) in a Teams
 *    meeting; `CaptionsKindChanged` on the feature says the object was replaced;
 *  - `startCaptions({spokenLanguage})` starts them; `isCaptionsFeatureActive` flips with `CaptionsActiveChanged`;
 *  - `CaptionsReceived` carries `{speaker: {identifier, displayName}, spokenText, captionText, resultType}`,
 *    `Partial` results repeated until one `Final`; `captionText` is the translated text;
 *  - `setSpokenLanguage` / `setCaptionLanguage` (translation needs Teams Premium: capability
 *    `setCaptionLanguage`); capability `startLiveMeetingCaptions` says whether this visitor may start them.
 */
import { expect } from '@open-wc/testing';
import type {
  CaptionsKind,
  PropertyChangedEvent,
  StartCaptionsOptions,
  TeamsCaptions,
  TeamsCaptionsHandler,
  TeamsCaptionsInfo,
} from '@azure/communication-calling';
import { bindCaptions } from '../../../src/session/acs/guest-bindings.js';
import type { BindingHost } from '../../../src/session/acs/binding.js';
import type { SessionCall, SessionFeatures } from '../../../src/session/acs/sdk-types.js';
import { TmjError } from '../../../src/core/errors.js';
import { INITIAL_SESSION_STATE, type SessionState } from '../../../src/session/types.js';

const SELF = '8:acs:self';

type Listener = PropertyChangedEvent | TeamsCaptionsHandler;

/** A Teams captions object as the SDK types it (only what the binding touches). */
class TeamsCaptionsDouble
  implements
    Pick<
      TeamsCaptions,
      | 'kind'
      | 'isCaptionsFeatureActive'
      | 'activeSpokenLanguage'
      | 'supportedSpokenLanguages'
      | 'activeCaptionLanguage'
      | 'supportedCaptionLanguages'
      | 'startCaptions'
      | 'stopCaptions'
      | 'setSpokenLanguage'
      | 'setCaptionLanguage'
    >
{
  readonly kind: CaptionsKind = 'TeamsCaptions';
  isCaptionsFeatureActive = false;
  activeSpokenLanguage = 'en-us';
  supportedSpokenLanguages = ['en-us', 'fr-fr', 'de-de'];
  activeCaptionLanguage = 'en';
  supportedCaptionLanguages = ['en', 'fr', 'de'];
  readonly listeners = new Map<string, Set<Listener>>();
  readonly started: (StartCaptionsOptions | undefined)[] = [];
  refuseStart = false;
  async startCaptions(options?: StartCaptionsOptions): Promise<void> {
    if (this.refuseStart) throw new Error('Captions are not available in this meeting');
    this.started.push(options);
    this.isCaptionsFeatureActive = true;
    this.fire('CaptionsActiveChanged');
  }
  async stopCaptions(): Promise<void> {
    this.isCaptionsFeatureActive = false;
    this.fire('CaptionsActiveChanged');
  }
  async setSpokenLanguage(language: string): Promise<void> {
    this.activeSpokenLanguage = language;
    this.fire('SpokenLanguageChanged');
  }
  async setCaptionLanguage(language: string): Promise<void> {
    if (!this.supportedCaptionLanguages.includes(language)) throw new Error('unsupported caption language');
    this.activeCaptionLanguage = language;
    this.fire('CaptionLanguageChanged');
  }
  on(event: string, listener: Listener): void {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
  }
  off(event: string, listener: Listener): void {
    this.listeners.get(event)?.delete(listener);
  }
  count(): number {
    return [...this.listeners.values()].reduce((n, s) => n + s.size, 0);
  }
  fire(event: string, data?: TeamsCaptionsInfo): void {
    for (const l of [...(this.listeners.get(event) ?? [])]) (l as (d?: TeamsCaptionsInfo) => void)(data);
  }
  say(speaker: { id: string; name: string }, text: string, final: boolean, translated?: string): void {
    this.fire('CaptionsReceived', {
      speaker: {
        identifier: speaker.id.startsWith('8:orgid:')
          ? { kind: 'microsoftTeamsUser', microsoftTeamsUserId: speaker.id.slice(8), rawId: speaker.id }
          : { kind: 'communicationUser', communicationUserId: speaker.id },
        displayName: speaker.name,
      },
      spokenText: text,
      spokenLanguage: this.activeSpokenLanguage,
      captionText: translated ?? '',
      captionLanguage: this.activeCaptionLanguage,
      resultType: final ? 'Final' : 'Partial',
      timestamp: new Date(),
    } satisfies TeamsCaptionsInfo);
  }
}

/** `Features.Captions`: holds the captions object and says when its kind (and so the object) changed. */
class CaptionsFeatureDouble {
  captions = new TeamsCaptionsDouble();
  readonly listeners = new Set<PropertyChangedEvent>();
  on(_event: 'CaptionsKindChanged', l: PropertyChangedEvent) {
    this.listeners.add(l);
  }
  off(_event: 'CaptionsKindChanged', l: PropertyChangedEvent) {
    this.listeners.delete(l);
  }
  replace(next: TeamsCaptionsDouble) {
    this.captions = next;
    for (const l of [...this.listeners]) l();
  }
}

class CapabilitiesDouble {
  readonly listeners = new Set<() => void>();
  capabilities: Record<string, { isPresent: boolean; reason: string }> = {};
  on(_event: string, l: () => void) {
    this.listeners.add(l);
  }
  off(_event: string, l: () => void) {
    this.listeners.delete(l);
  }
  set(name: string, isPresent: boolean) {
    this.capabilities = { ...this.capabilities, [name]: { isPresent, reason: isPresent ? 'Capable' : 'MeetingRestricted' } };
    for (const l of [...this.listeners]) l();
  }
}

const features = { Captions: 'Captions', Capabilities: 'Capabilities' } as unknown as SessionFeatures;

function setup() {
  const feature = new CaptionsFeatureDouble();
  const capabilities = new CapabilitiesDouble();
  const byName: Record<string, unknown> = { Captions: feature, Capabilities: capabilities };
  const call = { feature: (f: unknown) => byName[f as string] } as unknown as SessionCall;
  let state: SessionState = {
    ...INITIAL_SESSION_STATE,
    self: { ...INITIAL_SESSION_STATE.self, displayName: 'Visitor' },
  };
  const host: BindingHost = {
    get state() {
      return state;
    },
    update: (patch) => (state = { ...state, ...patch }),
    emit: () => {},
  };
  const binding = bindCaptions({ call, features, host, selfId: SELF });
  return { feature, capabilities, binding, state: () => state };
}

const alex = { id: '8:orgid:alex', name: 'Alex Wilber' };

describe('ACS captions binding (SDK doubles)', () => {
  it('reads the languages at bind time; off until the visitor asks, even when captions run for the call', () => {
    const t = setup();
    const c = t.state().captions;
    expect(c.supported).to.equal(true);
    expect(c.active).to.equal(false);
    expect(c.spokenLanguage).to.equal('en-us');
    expect(c.spokenLanguages).to.deep.equal(['en-us', 'fr-fr', 'de-de']);
    expect(c.captionLanguages, 'translation offered while the capability is not denied').to.deep.equal(['en', 'fr', 'de']);
    t.feature.captions.isCaptionsFeatureActive = true;
    t.feature.captions.fire('CaptionsActiveChanged');
    t.feature.captions.say(alex, 'Hello', true);
    expect(t.state().captions.active, 'someone else started them: not shown until asked').to.equal(false);
    expect(t.state().captions.lines).to.deep.equal([]);
  });

  it('start: startCaptions with the active spoken language; partial results replace each other until Final', async () => {
    const t = setup();
    await t.binding.set(true);
    expect(t.feature.captions.started).to.deep.equal([{ spokenLanguage: 'en-us' }]);
    expect(t.state().captions.active).to.equal(true);
    t.feature.captions.say(alex, 'Good', false);
    t.feature.captions.say(alex, 'Good morning', false);
    t.feature.captions.say(alex, 'Good morning everyone', true);
    t.feature.captions.say(alex, 'Next', false);
    const lines = t.state().captions.lines;
    expect(lines.map((l) => [l.speakerId, l.speakerName, l.text, l.final])).to.deep.equal([
      ['8:orgid:alex', 'Alex Wilber', 'Good morning everyone', true],
      ['8:orgid:alex', 'Alex Wilber', 'Next', false],
    ]);
  });

  it('captions already running for the call are joined without a second startCaptions', async () => {
    const t = setup();
    t.feature.captions.isCaptionsFeatureActive = true;
    await t.binding.set(true);
    expect(t.feature.captions.started, 'no start call').to.deep.equal([]);
    expect(t.state().captions.active).to.equal(true);
  });

  it("the visitor's own speech is 'self' with their name; a translated captionText wins over spokenText", async () => {
    const t = setup();
    await t.binding.set(true);
    t.feature.captions.say({ id: SELF, name: 'ignored' }, 'I agree', true);
    t.feature.captions.say(alex, 'Bonjour', true, 'Hello');
    expect(t.state().captions.lines.map((l) => [l.speakerId, l.speakerName, l.text])).to.deep.equal([
      ['self', 'Visitor', 'I agree'],
      ['8:orgid:alex', 'Alex Wilber', 'Hello'],
    ]);
  });

  it('stop clears the lines; a refused start is a typed call-failed error and leaves captions off', async () => {
    const t = setup();
    await t.binding.set(true);
    t.feature.captions.say(alex, 'Hello', true);
    await t.binding.set(false);
    expect(t.state().captions.active).to.equal(false);
    expect(t.state().captions.lines).to.deep.equal([]);
    t.feature.captions.refuseStart = true;
    const error = await t.binding.set(true).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(TmjError);
    expect((error as TmjError).code).to.equal('call-failed');
    expect(t.state().captions.active).to.equal(false);
    t.feature.captions.say(alex, 'After the refusal', true);
    expect(t.state().captions.lines, 'nothing received while not wanted').to.deep.equal([]);
  });

  it('languages: spoken and caption language follow the SDK; an unsupported one is a typed error', async () => {
    const t = setup();
    await t.binding.setLanguage('spoken', 'fr-fr');
    expect(t.state().captions.spokenLanguage).to.equal('fr-fr');
    await t.binding.setLanguage('caption', 'de');
    expect(t.state().captions.captionLanguage).to.equal('de');
    const error = await t.binding.setLanguage('caption', 'xx').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(TmjError);
    expect((error as TmjError).code).to.equal('call-failed');
  });

  it('capabilities: no translation without setCaptionLanguage (Teams Premium); no start without startLiveMeetingCaptions', () => {
    const t = setup();
    t.capabilities.set('setCaptionLanguage', false);
    expect(t.state().captions.captionLanguages).to.deep.equal([]);
    expect(t.state().captions.captionLanguage).to.equal(undefined);
    t.capabilities.set('startLiveMeetingCaptions', false);
    expect(t.state().captions.supported).to.equal(false);
  });

  it('CaptionsKindChanged moves the subscriptions to the new captions object', async () => {
    const t = setup();
    await t.binding.set(true);
    const old = t.feature.captions;
    const next = new TeamsCaptionsDouble();
    next.isCaptionsFeatureActive = true;
    t.feature.replace(next);
    expect(old.count(), 'old object released').to.equal(0);
    expect(next.count(), 'new object subscribed').to.be.greaterThan(0);
    next.say(alex, 'From the new object', true);
    expect(t.state().captions.lines.map((l) => l.text)).to.deep.equal(['From the new object']);
  });

  it('dispose leaves no listener on the captions object, the feature or the capabilities', () => {
    const t = setup();
    expect(t.feature.captions.count() + t.feature.listeners.size + t.capabilities.listeners.size).to.be.greaterThan(0);
    t.binding.dispose();
    expect(t.feature.captions.count(), 'captions object').to.equal(0);
    expect(t.feature.listeners.size, 'feature').to.equal(0);
    expect(t.capabilities.listeners.size, 'capabilities').to.equal(0);
  });
});
