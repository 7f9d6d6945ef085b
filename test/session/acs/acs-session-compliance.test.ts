/**
 * AcsSession end to end against the SDK doubles of fake-calling-sdk.ts, for the compliance fail-safe
 * (issue 8 req 3): the session double's Recording feature attach throws (`call.feature()` may throw for a call
 * kind/state that lacks it), and the session must report `compliance.unobservable`, not fall silent.
 */
import { expect } from '@open-wc/testing';
import { AcsSession } from '../../../src/session/acs/acs-session.js';
import { TmjError } from '../../../src/core/errors.js';
import type { JoinRequest, TokenSource } from '../../../src/session/types.js';
import { FakeCall, fakeCallingSdk, fakeFeatures } from './fake-calling-sdk.js';

const LINK = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d';
const b64 = (o: unknown) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const token = `${b64({ alg: 'none' })}.${b64({ skypeid: 'acs:resource_visitor', exp: Math.floor(Date.now() / 1000) + 3600 })}.sig`;
const tokenSource: TokenSource = { getToken: async () => ({ token, expiresOn: new Date(Date.now() + 3600_000) }) };
const request: JoinRequest = {
  locator: { kind: 'link', link: LINK, threadId: '19:meeting_abc@thread.v2' } as JoinRequest['locator'],
  displayName: 'Website Visitor',
  identity: 'acs',
  media: { microphoneOn: false, cameraOn: false },
  chatEnabled: false,
};

describe('AcsSession compliance fail-safe (session double whose feature attach throws)', () => {
  it('Recording attach throws → compliance.unobservable in SessionState; transcription still observed', async () => {
    const original = FakeCall.prototype.feature;
    FakeCall.prototype.feature = function (this: FakeCall, factory: never) {
      if (factory === (fakeFeatures.Recording as never)) throw new Error('Recording is not supported for this call');
      return original.call(this, factory);
    } as typeof original;
    const sdk = fakeCallingSdk('8:acs:resource_visitor');
    const session = new AcsSession({ tokenSource }, { loadSdk: async () => sdk, pageEvents: null, clientDisposeDelayMs: 0 });
    try {
      await session.join(request);
      expect(session.state.compliance.unobservable, 'unobservable reported').to.equal(true);
      const call = sdk.client.agent.call!;
      call.transcription.set(true);
      expect(session.state.compliance.transcription, 'the other stream is still observed').to.equal(true);
      expect(session.state.compliance.unobservable).to.equal(true);
    } finally {
      FakeCall.prototype.feature = original;
      session.dispose();
    }
  });

  it('both features attach: observed (no fail-safe); grantConsent outside a call fails with consent-failed', async () => {
    const sdk = fakeCallingSdk('8:acs:resource_visitor');
    const session = new AcsSession({ tokenSource }, { loadSdk: async () => sdk, pageEvents: null, clientDisposeDelayMs: 0 });
    const early = await session.grantConsent().then(() => undefined, (e: unknown) => e);
    expect((early as TmjError).code, 'no call yet').to.equal('consent-failed');
    try {
      await session.join(request);
      expect(session.state.compliance.unobservable).to.equal(undefined);
      sdk.client.agent.call!.recording.set(true);
      expect(session.state.compliance.recording).to.equal(true);
    } finally {
      session.dispose();
    }
  });
});
