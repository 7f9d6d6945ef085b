/**
 * The ACS compliance binding (src/session/acs/compliance-binding.ts) against SDK doubles.
 *
 * Beliefs the doubles encode (Calling SDK 2.x types, @azure/communication-calling communication-calling.d.ts;
 * Microsoft Learn "Display call transcription state on the client",
 * https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/call-transcription, and
 * "Manage call recording on the client", https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/record-calls):
 *  - Recording/Transcription features expose `isXActive` + `isXActiveChanged`, `isTeamsConsentRequired` and
 *    `grantTeamsConsent()`; once consent is given for either, both consent flags turn false;
 *  - the capability reason `ExplicitConsentRequired` marks unmute/video/share blocked until consent;
 *  - `call.feature()` can throw for a call kind/state that does not support the feature.
 */
import { expect } from '@open-wc/testing';
import { bindCompliance, capabilityReasons, type CompliancePatch } from '../../../src/session/acs/compliance-binding.js';
import type { SessionCall, SessionFeatures } from '../../../src/session/acs/sdk-types.js';
import { TmjError } from '../../../src/core/errors.js';
import { INITIAL_SESSION_STATE, type SessionState } from '../../../src/session/types.js';

type Listener = () => void;
class Emitter {
  readonly map = new Map<string, Set<Listener>>();
  on(event: string, l: Listener) {
    if (!this.map.has(event)) this.map.set(event, new Set());
    this.map.get(event)!.add(l);
  }
  off(event: string, l: Listener) {
    this.map.get(event)?.delete(l);
  }
  emit(event: string) {
    for (const l of [...(this.map.get(event) ?? [])]) l();
  }
  count() {
    return [...this.map.values()].reduce((n, s) => n + s.size, 0);
  }
}

/** One consent shared by both features: granting through either clears both flags (SDK doc comment). */
class ConsentState {
  required = false;
  refuse = false;
  grants = 0;
}

class FakeRecordingFeature extends Emitter {
  isRecordingActive = false;
  constructor(readonly consent: ConsentState) {
    super();
  }
  get isTeamsConsentRequired() {
    return this.consent.required;
  }
  async grantTeamsConsent() {
    this.consent.grants++;
    if (this.consent.refuse) throw new Error('ServiceRefused');
    this.consent.required = false;
  }
}
class FakeTranscriptionFeature extends FakeRecordingFeature {
  isTranscriptionActive = false;
}
class FakeCapabilitiesFeature extends Emitter {
  capabilities: Record<string, { isPresent: boolean; reason: string }> = {};
}

const features = { Recording: 'Recording', Transcription: 'Transcription', Capabilities: 'Capabilities' } as unknown as SessionFeatures;

function setup(throws: ReadonlyArray<'Recording' | 'Transcription' | 'Capabilities'> = []) {
  const consent = new ConsentState();
  const recording = new FakeRecordingFeature(consent);
  const transcription = new FakeTranscriptionFeature(consent);
  const capabilities = new FakeCapabilitiesFeature();
  const map = { Recording: recording, Transcription: transcription, Capabilities: capabilities };
  const call = {
    feature(name: keyof typeof map) {
      if (throws.includes(name)) throw new Error(`feature ${name} not supported for this call`);
      return map[name];
    },
  } as unknown as SessionCall;
  let state: SessionState = INITIAL_SESSION_STATE;
  const patches: CompliancePatch[] = [];
  const host = {
    get state() {
      return state;
    },
    update(patch: Partial<SessionState>) {
      state = { ...state, ...patch };
      patches.push(patch as CompliancePatch);
    },
    emit() {},
  };
  const binding = bindCompliance({ call, features, host });
  return { binding, recording, transcription, capabilities, consent, patches, state: () => state };
}

describe('ACS compliance binding', () => {
  it('publishes recording/transcription flags on their change events and at bind time', () => {
    const t = setup();
    expect(t.patches.length, 'first reading published at once').to.equal(1);
    expect(t.state().compliance).to.deep.equal({ recording: false, transcription: false });
    t.recording.isRecordingActive = true;
    t.recording.emit('isRecordingActiveChanged');
    expect(t.state().compliance).to.deep.equal({ recording: true, transcription: false });
    t.transcription.isTranscriptionActive = true;
    t.transcription.emit('isTranscriptionActiveChanged');
    expect(t.state().compliance).to.deep.equal({ recording: true, transcription: true });
    const count = t.patches.length;
    t.binding.read();
    expect(t.patches.length, 'an unchanged reading publishes nothing').to.equal(count);
  });

  for (const failing of ['Recording', 'Transcription'] as const) {
    it(`fail-safe: ${failing} attach throws → compliance.unobservable, never silence`, () => {
      const t = setup([failing]);
      expect(t.state().compliance.unobservable, 'reported as unobservable').to.equal(true);
      // The other stream is still observed and reported.
      const other = failing === 'Recording' ? t.transcription : t.recording;
      if (failing === 'Recording') t.transcription.isTranscriptionActive = true;
      else t.recording.isRecordingActive = true;
      other.emit(failing === 'Recording' ? 'isTranscriptionActiveChanged' : 'isRecordingActiveChanged');
      expect(t.state().compliance.unobservable, 'stays unobservable').to.equal(true);
      expect(t.state().compliance[failing === 'Recording' ? 'transcription' : 'recording'], 'other stream observed').to.equal(true);
    });
  }

  it('fail-safe: a state that cannot be read (throws, or not a boolean) counts as unobservable', () => {
    const t = setup();
    Object.defineProperty(t.recording, 'isRecordingActive', { get: () => { throw new Error('disposed'); }, configurable: true });
    t.binding.read();
    expect(t.state().compliance.unobservable).to.equal(true);
    Object.defineProperty(t.recording, 'isRecordingActive', { value: undefined, configurable: true, writable: true });
    t.binding.read();
    expect(t.state().compliance.unobservable, 'undefined is not "off"').to.equal(true);
    Object.defineProperty(t.recording, 'isRecordingActive', { value: false, configurable: true, writable: true });
    t.binding.read();
    expect(t.state().compliance.unobservable, 'readable again → observed').to.equal(undefined);
  });

  it('capabilities attach failing does not make compliance unobservable (it only re-reads consent)', () => {
    const t = setup(['Capabilities']);
    expect(t.state().compliance.unobservable).to.equal(undefined);
  });

  it('consentRequired follows isTeamsConsentRequired, re-read on capabilitiesChanged; grant clears it', async () => {
    const t = setup();
    expect(t.state().consentRequired).to.equal(null);
    t.consent.required = true;
    t.recording.isRecordingActive = true;
    t.capabilities.emit('capabilitiesChanged');
    expect(t.state().consentRequired, 'consent flag read on capabilities change').to.deep.equal({ recording: true, transcription: true });
    await t.binding.grant();
    expect(t.consent.grants).to.equal(1);
    expect(t.state().consentRequired, 'cleared after grantTeamsConsent').to.equal(null);
  });

  it('a refused grant rejects with consent-failed and leaves consent required', async () => {
    const t = setup();
    t.consent.required = true;
    t.consent.refuse = true;
    t.binding.read();
    const error = await t.binding.grant().then(() => undefined, (e: unknown) => e);
    expect(error).to.be.instanceOf(TmjError);
    expect((error as TmjError).code).to.equal('consent-failed');
    expect(t.state().consentRequired).to.not.equal(null);
  });

  it('dispose removes every listener', () => {
    const t = setup();
    expect(t.recording.count() + t.transcription.count() + t.capabilities.count()).to.equal(3);
    t.binding.dispose();
    expect(t.recording.count() + t.transcription.count() + t.capabilities.count()).to.equal(0);
    t.binding.dispose();
  });

  it('maps the ExplicitConsentRequired capability reason to consent-required, other reasons to not-allowed', () => {
    expect(
      capabilityReasons({
        unmuteMic: { isPresent: false, reason: 'ExplicitConsentRequired' },
        turnVideoOn: { isPresent: false, reason: 'MeetingRestricted' },
        shareScreen: { isPresent: true, reason: 'Capable' },
      }),
    ).to.deep.equal({ unmuteMic: 'consent-required', turnVideoOn: 'not-allowed', shareScreen: undefined });
    expect(capabilityReasons(undefined)).to.deep.equal({ unmuteMic: undefined, turnVideoOn: undefined, shareScreen: undefined });
  });
});
