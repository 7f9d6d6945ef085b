import { expect } from '@open-wc/testing';
import { AcsSession, type AcsSessionDeps, type SessionChat } from '../../../src/session/acs/acs-session.js';
import { sessionFactory } from '../../../src/session/acs/index.js';
import type { ChatControllerOptions } from '../../../src/session/chat/index.js';
import { TmjError } from '../../../src/core/errors.js';
import type { JoinRequest, SessionEvent, SessionOptions, TokenSource } from '../../../src/session/types.js';
import { FakeParticipant, FakeVideoStream, fakeCallingSdk, type FakeSdk } from './fake-calling-sdk.js';

const LINK = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d';

/** An unsigned JWT-shaped test token (never a real one). */
function testToken(skypeid = 'acs:resource_visitor'): string {
  const b64 = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${b64({ alg: 'none' })}.${b64({ skypeid, exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
}

/** TEST DOUBLE token source. */
function tokenSource(overrides: Partial<TokenSource> = {}): TokenSource & { calls: number } {
  const source = {
    calls: 0,
    endpoint: 'https://contoso.communication.azure.com',
    async getToken() {
      source.calls++;
      return { token: testToken(), expiresOn: new Date(Date.now() + 3600_000) };
    },
    ...overrides,
  };
  return source;
}

/** TEST DOUBLE chat: records its options, publishes what the test tells it to. */
class FakeChat implements SessionChat {
  started = false;
  stopped = false;
  sent: string[] = [];
  state = { available: true, messages: [], typing: [], maxLength: 28000, transport: 'polling' as const };
  constructor(readonly options: ChatControllerOptions) {}
  async start(): Promise<void> {
    this.started = true;
    this.options.onChange(this.state);
  }
  stop(): void {
    this.stopped = true;
  }
  async send(text: string): Promise<void> {
    this.sent.push(text);
  }
  async retry(): Promise<void> {}
  discard(): void {}
  typing(): void {}
  markRead(): void {}
}

function request(overrides: Partial<JoinRequest> = {}): JoinRequest {
  return {
    locator: { kind: 'link', link: LINK, threadId: '19:meeting_abc@thread.v2' },
    displayName: 'Website Visitor',
    identity: 'acs',
    media: { microphoneOn: true, cameraOn: true, cameraLabel: 'Back Camera', microphoneLabel: 'USB Mic' },
    chatEnabled: true,
    ...overrides,
  };
}

function setup(deps: Partial<AcsSessionDeps> = {}, options: Partial<SessionOptions> = {}) {
  const sdk: FakeSdk = fakeCallingSdk('8:acs:resource_visitor');
  const chats: FakeChat[] = [];
  const events: SessionEvent[] = [];
  const session = new AcsSession(
    { tokenSource: tokenSource(), ...options },
    {
      loadSdk: async () => sdk,
      createChat: (o) => {
        const chat = new FakeChat(o);
        chats.push(chat);
        return chat;
      },
      pageEvents: null,
      clientDisposeDelayMs: 0,
      ...deps,
    },
  );
  session.subscribe((e) => events.push(e));
  const call = () => {
    const c = sdk.client.agent.call;
    if (!c) throw new Error('no call yet');
    return c;
  };
  return { sdk, session, chats, events, call };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('AcsSession (against Calling SDK doubles typed by the SDK)', () => {
  it('is what the lazily loaded acs entry creates', () => {
    expect(sessionFactory.kind).to.equal('acs');
    const session = sessionFactory.create({ tokenSource: tokenSource(), signal: new AbortController().signal });
    expect(session.kind).to.equal('acs');
    session.dispose();
  });

  it('joins a meeting link with an ACS identity: display name, muted state and chosen devices carry in', async () => {
    const { sdk, session, call } = setup();
    await session.join(request({ media: { microphoneOn: false, cameraOn: true, cameraLabel: 'Back Camera', microphoneLabel: 'USB Mic', speakerLabel: 'HDMI Speaker' } }));
    expect(sdk.client.agentCalls, 'createCallAgent with the display name').to.deep.equal([{ kind: 'acs', displayName: 'Website Visitor' }]);
    const join = sdk.client.agent.joins[0]!;
    expect(join.locator, 'join({meetingLink})').to.deep.equal({ meetingLink: LINK });
    expect(join.options?.audioOptions?.muted, 'microphone off carries into the call').to.equal(true);
    expect(sdk.localStreams[0]?.source.name, 'camera chosen by label').to.equal('Back Camera');
    expect(join.options?.videoOptions?.localVideoStreams?.length, 'camera stream passed to join').to.equal(1);
    expect(sdk.client.devices.selectedMicrophone?.name, 'microphone chosen by label').to.equal('USB Mic');
    expect(sdk.client.devices.selectedSpeaker?.name, 'speaker chosen by label').to.equal('HDMI Speaker');
    expect(session.state.call).to.equal('connecting');
    expect(session.state.devices.map((d) => d.kind)).to.include.members(['camera', 'microphone', 'speaker']);
    call().setState('InLobby');
    expect(session.state.call, 'lobby').to.equal('lobby');
    call().setState('Connected');
    expect(session.state.call, 'connected').to.equal('connected');
    expect(session.state.streams.find((s) => s.participantId === 'self')?.available, 'own camera stream listed').to.equal(true);
    session.dispose();
  });

  it('joins by meeting id + passcode, and uses the Teams call agent in Teams identity mode (no ACS chat)', async () => {
    const { sdk, session, call } = setup();
    await session.join(
      request({ identity: 'teams', locator: { kind: 'meeting-id', meetingId: '123 456 789', passcode: 'abc' } }),
    );
    expect(sdk.client.agentCalls[0]!.kind).to.equal('teams');
    expect(sdk.client.agent.joins[0]!.locator).to.deep.equal({ meetingId: '123 456 789', passcode: 'abc' });
    call().setState('Connected');
    await tick();
    expect(session.state.chat.reason, 'Teams identity chat is Graph (not supported yet)').to.equal('teams-identity');
    session.dispose();
  });

  const endings: Array<[string, { code: number; subCode: number }, string, string]> = [
    ['denied in the lobby', { code: 0, subCode: 5854 }, 'denied', 'denied'],
    ['removed by the organizer', { code: 0, subCode: 5300 }, 'removed', 'removed'],
    ['meeting ended', { code: 0, subCode: 4097 }, 'ended', 'meeting-ended'],
    ['offline', { code: 490, subCode: 4525 }, 'failed', 'network'],
  ];
  for (const [name, reason, outcome, code] of endings) {
    it(`reads callEndReason when the SDK just disconnects (${name}) and releases everything`, async () => {
      const { sdk, session, call, chats } = setup();
      await session.join(request());
      const c = call();
      c.setState('Connected');
      await tick();
      c.setState('Disconnected', reason);
      expect(session.state.call).to.equal('ended');
      expect(session.state.end?.outcome).to.equal(outcome);
      expect(session.state.end?.code).to.equal(code);
      expect(session.state.end?.detail).to.equal(`${reason.code}/${reason.subCode}`);
      expect(sdk.localStreams[0]?.disposed, 'camera released').to.equal(true);
      expect(sdk.client.agent.disposed, 'call agent disposed').to.equal(true);
      await new Promise((r) => setTimeout(r, 20));
      expect(sdk.client.disposed, 'call client disposed (after the agent)').to.equal(true);
      expect(c.listenerCount(), 'no listener left on the call').to.equal(0);
      expect(chats[0]?.stopped, 'chat stopped').to.equal(true);
      expect(session.state.chat.available, 'chat exists only in the call').to.equal(false);
    });
  }

  it('a call agent that never arrives (offline SDK) fails join with network within the bound', async () => {
    const { sdk, session } = setup({ agentTimeoutMs: 50 });
    sdk.client.agentBehaviour = 'hang';
    const error = await session.join(request()).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, 'join rejects').to.be.instanceOf(TmjError);
    expect((error as TmjError).code).to.equal('network');
    expect(session.state.call).to.equal('ended');
    expect(session.state.end?.code).to.equal('network');
    expect(sdk.localStreams, 'no camera opened before the agent exists').to.have.length(0);
  });

  it('a token the SDK rejects (401/44111) fails join with token-rejected', async () => {
    const { sdk, session } = setup();
    sdk.client.agentBehaviour = Object.assign(new Error('bad token'), { code: 401, subCode: 44111 });
    await session.join(request()).then(
      () => expect.fail('must reject'),
      (e: unknown) => expect((e as TmjError).code).to.equal('token-rejected'),
    );
    expect(session.state.end?.code).to.equal('token-rejected');
  });

  it('an expired token (createCallAgent throws 401/40235, "Invalid or expired tokens") fails join with token-expired', async () => {
    const { sdk, session } = setup();
    sdk.client.agentBehaviour = Object.assign(new Error('AccessToken expired'), { code: 401, subCode: 40235 });
    await session.join(request()).then(
      () => expect.fail('must reject'),
      (e: unknown) => expect((e as TmjError).code).to.equal('token-expired'),
    );
    expect(session.state.end).to.deep.equal({ outcome: 'failed', code: 'token-expired', detail: '401/40235' });
  });

  it('removed from the lobby after its inactivity timeout (0/5855) reaches the lobby-timeout end', async () => {
    const { session, call } = setup();
    await session.join(request());
    call().setState('InLobby');
    call().setState('Disconnected', { code: 0, subCode: 5855 });
    expect(session.state.end).to.deep.equal({ outcome: 'denied', code: 'lobby-timeout', detail: '0/5855' });
  });

  it('a call stuck connecting is ended as network by the watchdog (hang-up sent, camera released)', async () => {
    const { sdk, session, call } = setup({ connectTimeoutMs: 40 });
    await session.join(request());
    await new Promise((r) => setTimeout(r, 80));
    expect(call().hangUpCalls, 'hung up').to.equal(1);
    expect(session.state.end).to.deep.equal({ outcome: 'failed', code: 'network', detail: 'connect-timeout' });
    expect(sdk.localStreams[0]?.disposed).to.equal(true);
  });

  it('the watchdog does not fire in the lobby (waiting to be admitted is not a failure)', async () => {
    const { session, call } = setup({ connectTimeoutMs: 30 });
    await session.join(request());
    call().setState('InLobby');
    await new Promise((r) => setTimeout(r, 60));
    expect(session.state.call).to.equal('lobby');
    session.dispose();
  });

  it('tracks remote participants and streams; renders available streams and disposes renderers when unavailable', async () => {
    const { sdk, session, call } = setup();
    await session.join(request());
    call().setState('Connected');
    const organizer = new FakeParticipant(
      { kind: 'microsoftTeamsUser', microsoftTeamsUserId: 'org', rawId: '8:orgid:org', isAnonymous: false, cloud: 'public' },
      'Organizer',
    );
    organizer.role = 'Organizer';
    const camera = new FakeVideoStream(1, 'Video', true);
    const screen = new FakeVideoStream(2, 'ScreenSharing', false);
    organizer.videoStreams = [camera, screen];
    call().addParticipant(organizer);
    const p = session.state.participants[0]!;
    expect(p.id).to.equal('8:orgid:org');
    expect(p.isTeamsUser).to.equal(true);
    expect(p.role).to.equal('organizer');
    expect(p.videoOn).to.equal(true);
    expect(p.screenSharing).to.equal(false);
    const remote = session.state.streams.filter((s) => s.participantId === '8:orgid:org');
    expect(remote.map((s) => [s.kind, s.available])).to.deep.equal([
      ['camera', true],
      ['screen', false],
    ]);
    const view = await session.createVideoView(remote[0]!.id, { fit: 'contain' });
    expect(view.element).to.be.instanceOf(HTMLElement);
    const renderer = sdk.renderers.at(-1)!;
    expect(renderer.views[0]!.options?.scalingMode).to.equal('Fit');
    await session.createVideoView(remote[1]!.id).then(
      () => expect.fail('unavailable streams cannot be rendered'),
      (e: unknown) => expect((e as TmjError).code).to.equal('call-failed'),
    );
    camera.setAvailable(false);
    expect(renderer.disposed, 'renderer disposed when the stream goes away').to.equal(true);
    expect(session.state.participants[0]!.videoOn).to.equal(false);
    view.dispose(); // the UI disposing afterwards is harmless
    screen.setAvailable(true);
    expect(session.state.participants[0]!.screenSharing).to.equal(true);
    organizer.change({ isMuted: true }, 'isMutedChanged');
    expect(session.state.participants[0]!.isMuted).to.equal(true);
    call().removeParticipant(organizer);
    expect(session.state.participants).to.have.length(0);
    expect(organizer.listenerCount(), 'participant listeners removed').to.equal(0);
    expect(camera.listenerCount() + screen.listenerCount(), 'stream listeners removed').to.equal(0);
    session.dispose();
  });

  it('compliance: a meeting already recorded at admission is reported, and later changes too', async () => {
    const { session, call } = setup();
    await session.join(request());
    call().recording.isRecordingActive = true; // already recording before the visitor is admitted
    call().setState('Connected');
    expect(session.state.compliance.recording, 'already-active recording').to.equal(true);
    call().transcription.set(true);
    expect(session.state.compliance.transcription).to.equal(true);
    call().recording.set(false);
    expect(session.state.compliance.recording).to.equal(false);
    session.dispose();
  });

  it('capabilities decide what is offered; a forbidden unmute is refused, not attempted', async () => {
    const { session, call } = setup();
    await session.join(request());
    call().setState('Connected');
    call().capabilities.set('unmuteMic', false);
    call().capabilities.set('shareScreen', false);
    expect(session.state.capabilities.unmuteMic).to.equal(false);
    expect(session.state.capabilities.shareScreen).to.equal(false);
    await session.setMicrophone(false);
    await session.setMicrophone(true).then(
      () => expect.fail('must refuse'),
      (e: unknown) => expect((e as TmjError).code).to.equal('not-permitted'),
    );
    expect(call().isMuted, 'still muted').to.equal(true);
    session.dispose();
  });

  it('mute/unmute, camera off releases the device and on again starts a new stream, screen share, raise hand', async () => {
    const { sdk, session, call } = setup();
    await session.join(request());
    call().setState('Connected');
    await session.setMicrophone(false);
    expect(session.state.self.microphoneOn).to.equal(false);
    await session.setMicrophone(true);
    expect(session.state.self.microphoneOn).to.equal(true);
    await session.setCamera(false);
    expect(sdk.localStreams[0]!.disposed, 'camera released when turned off').to.equal(true);
    expect(session.state.streams.some((s) => s.participantId === 'self')).to.equal(false);
    await session.setCamera(true);
    expect(sdk.localStreams).to.have.length(2);
    expect(call().isLocalVideoStarted).to.equal(true);
    await session.setScreenShare(true);
    expect(session.state.self.screenSharing).to.equal(true);
    await session.setScreenShare(false);
    expect(session.state.self.screenSharing).to.equal(false);
    await session.setHandRaised(true);
    expect(session.state.self.handRaised).to.equal(true);
    await session.setHandRaised(false);
    expect(session.state.self.handRaised).to.equal(false);
    call().mutedByOthers();
    expect(session.state.self.microphoneOn).to.equal(false);
    session.dispose();
  });

  it('switches camera, microphone and speaker mid-call', async () => {
    const { sdk, session, call } = setup();
    await session.join(request());
    call().setState('Connected');
    await session.selectDevice('camera', 'camera:aaa');
    expect(sdk.localStreams[0]!.source.name).to.equal('Front Camera');
    await session.selectDevice('microphone', 'microphone:default');
    expect(sdk.client.devices.selectedMicrophone?.id).to.equal('microphone:default');
    await session.selectDevice('speaker', 'speaker:default');
    expect(sdk.client.devices.selectedSpeaker?.id).to.equal('speaker:default');
    expect(session.state.self.speakerId).to.equal('speaker:default');
    await session.selectDevice('camera', 'nope').then(
      () => expect.fail('unknown device'),
      (e: unknown) => expect((e as TmjError).code).to.equal('media-no-device'),
    );
    session.dispose();
  });

  it('dominant speakers and reconnection (UserFacingDiagnostics networkReconnect)', async () => {
    const { session, call, events } = setup();
    await session.join(request());
    call().setState('Connected');
    call().dominant.set([{ kind: 'communicationUser', communicationUserId: '8:acs:other' }]);
    expect(session.state.dominantSpeakers).to.deep.equal(['8:acs:other']);
    call().network.reconnect(2);
    expect(session.state.call).to.equal('reconnecting');
    call().network.reconnect(1);
    expect(session.state.call).to.equal('connected');
    expect(events.some((e) => e.type === 'reconnected')).to.equal(true);
    session.dispose();
  });

  it('maxRemoteVideos follows Features.OptimalVideoCount, read at admission and on optimalVideoCountChanged', async () => {
    const { session, call } = setup();
    expect(session.state.maxRemoteVideos, 'documented desktop limit before the call').to.equal(10);
    await session.join(request());
    call().videoCount.optimalVideoCount = 3;
    call().setState('Connected');
    expect(session.state.maxRemoteVideos, 'read when admitted').to.equal(3);
    call().videoCount.set(1);
    expect(session.state.maxRemoteVideos, 'change event').to.equal(1);
    call().videoCount.set(-2);
    expect(session.state.maxRemoteVideos, 'a nonsense value is ignored').to.equal(1);
    session.dispose();
    expect(call().listenerCount(), 'every feature listener removed').to.equal(0);
  });

  it('chat: starts after Connected on the call thread with the ACS endpoint, own id from the token', async () => {
    const { session, call, chats } = setup({}, { acsEndpoint: 'https://site.communication.azure.com' });
    await session.join(request());
    expect(chats, 'no chat before being in the call').to.have.length(0);
    call().setState('InLobby');
    expect(chats).to.have.length(0);
    call().setState('Connected');
    await tick();
    const chat = chats[0]!;
    expect(chat.options.threadId).to.equal('19:meeting_fake@thread.v2');
    expect(chat.options.endpoint).to.equal('https://site.communication.azure.com');
    expect(chat.options.selfId).to.equal('8:acs:resource_visitor');
    expect(chat.started).to.equal(true);
    expect(session.state.chat.available).to.equal(true);
    await session.sendChatMessage('hello');
    expect(chat.sent).to.deep.equal(['hello']);
    await session.leave();
    expect(chat.stopped).to.equal(true);
  });

  const chatCases: Array<[string, Partial<JoinRequest>, Partial<SessionOptions>, string | undefined, string]> = [
    ['channel meeting thread', {}, {}, '19:abc@thread.tacv2', 'channel-meeting'],
    ['no-chat', { chatEnabled: false }, {}, undefined, 'disabled'],
    ['no endpoint anywhere', {}, { tokenSource: { getToken: tokenSource().getToken } }, undefined, 'no-endpoint'],
  ];
  for (const [name, req, opts, thread, reason] of chatCases) {
    it(`chat is unavailable with a reason: ${name} → ${reason}`, async () => {
      const { session, call, chats } = setup({}, opts);
      await session.join(request(req));
      if (thread) call().info.threadId = thread;
      call().setState('Connected');
      await tick();
      expect(session.state.chat.available).to.equal(false);
      expect(session.state.chat.reason).to.equal(reason);
      expect(chats).to.have.length(0);
      session.dispose();
    });
  }

  it('leave hangs up and reports left; dispose is idempotent', async () => {
    const { sdk, session, call } = setup();
    await session.join(request());
    call().setState('Connected');
    await session.leave();
    expect(call().hangUpCalls).to.equal(1);
    expect(session.state.end).to.deep.equal({ outcome: 'left', code: 'left' });
    expect(sdk.localStreams[0]!.disposed).to.equal(true);
    session.dispose();
    session.dispose();
    await session.leave();
  });

  it('leave ends the call even when the SDK never answers the hang-up (bounded)', async () => {
    const { sdk, session, call } = setup({ hangUpTimeoutMs: 30 });
    await session.join(request());
    call().setState('Connected');
    call().hangUpHangs = true;
    await session.leave();
    expect(session.state.end).to.deep.equal({ outcome: 'left', code: 'left' });
    expect(sdk.localStreams[0]!.disposed, 'camera released anyway').to.equal(true);
  });

  it('pagehide and the element signal hang up and release everything', async () => {
    const page = new EventTarget();
    const { sdk, session, call } = setup({ pageEvents: page });
    await session.join(request());
    call().setState('Connected');
    page.dispatchEvent(new Event('pagehide'));
    expect(call().hangUpCalls, 'hang-up sent on pagehide').to.equal(1);
    expect(sdk.localStreams[0]!.disposed).to.equal(true);

    const abort = new AbortController();
    const second = setup({}, { signal: abort.signal });
    await second.session.join(request());
    abort.abort();
    expect(second.call().hangUpCalls).to.equal(1);
    expect(second.sdk.client.agent.disposed).to.equal(true);
  });

  it('two sessions on one page do not interfere', async () => {
    const a = setup();
    const b = setup();
    await a.session.join(request());
    await b.session.join(request());
    a.call().setState('Connected');
    b.call().setState('Connected');
    a.session.dispose();
    expect(b.call().hangUpCalls, 'the other call is untouched').to.equal(0);
    expect(b.session.state.call).to.equal('connected');
    expect(b.sdk.localStreams[0]!.disposed).to.equal(false);
    b.session.dispose();
  });

  it('token refresh: failures warn (token-refresh-failed) and retry; success keeps the call', async () => {
    let fail = true;
    const source = tokenSource({
      async getToken() {
        if (fail && source.calls++ > 0) throw new TmjError('token-network', 'test');
        return { token: testToken(), expiresOn: new Date(Date.now() + 3600_000) };
      },
    });
    const { sdk, session, events, call } = setup({ tokenBackoffMs: [5] }, { tokenSource: source });
    await session.join(request());
    call().setState('Connected');
    const refreshing = sdk.credential!.refresher();
    await new Promise((r) => setTimeout(r, 20));
    expect(events.some((e) => e.type === 'warning' && e.code === 'token-refresh-failed'), 'warned').to.equal(true);
    fail = false;
    expect(typeof (await refreshing)).to.equal('string');
    expect(session.state.call, 'call unaffected').to.equal('connected');
    session.dispose();
  });

  it('rejects a second join and a join after dispose', async () => {
    const { session } = setup();
    await session.join(request());
    await session.join(request()).then(
      () => expect.fail('second join'),
      (e: unknown) => expect((e as TmjError).code).to.equal('join-failed'),
    );
    session.dispose();
    await session.join(request()).then(
      () => expect.fail('join after dispose'),
      (e: unknown) => expect((e as TmjError).code).to.equal('join-failed'),
    );
  });
});
