/**
 * Media while joining, camera truth from the SDK, screen-share error mapping (issue 11 req 2), against Calling SDK
 * doubles whose error behaviour cites the SDK's client error table (see fake-calling-sdk.ts).
 */
import { expect } from '@open-wc/testing';
import { TmjError } from '../../../src/core/errors.js';
import { sdkError } from './fake-calling-sdk.js';
import { request, setup, tick } from './harness.js';

const code = (e: unknown) => (e as TmjError).code;

describe('AcsSession media while joining', () => {
  it('microphone toggled while connecting and in the lobby shows at once and is applied when the call connects', async () => {
    const { session, call } = setup();
    await session.join(request({ media: { microphoneOn: true, cameraOn: false } }));
    await session.setMicrophone(false);
    expect(session.state.self.microphoneOn, 'shown while connecting').to.equal(false);
    call().setState('InLobby');
    expect(session.state.self.microphoneOn, 'not reverted from call.isMuted in the lobby').to.equal(false);
    expect(call().muteCalls, 'nothing sent to the SDK before connecting').to.deep.equal([]);
    call().setState('Connected');
    await tick();
    expect(call().muteCalls, 'applied on connect').to.deep.equal(['mute']);
    expect(call().isMuted).to.equal(true);
    expect(session.state.self.microphoneOn).to.equal(false);
    session.dispose();
  });

  it('unmuting in the lobby after joining muted unmutes on connect', async () => {
    const { session, call } = setup();
    await session.join(request({ media: { microphoneOn: false, cameraOn: false } }));
    call().setState('InLobby');
    await session.setMicrophone(true);
    call().setState('Connected');
    await tick();
    expect(call().muteCalls).to.deep.equal(['unmute']);
    expect(session.state.self.microphoneOn).to.equal(true);
    session.dispose();
  });

  it('camera turned on in the lobby is started (startVideo) when the call connects', async () => {
    const { sdk, session, call } = setup();
    await session.join(request({ media: { microphoneOn: false, cameraOn: false } }));
    call().setState('InLobby');
    await session.setCamera(true);
    expect(session.state.self.cameraOn, 'shown as a wish').to.equal(true);
    expect(call().isLocalVideoStarted, 'not started before connecting').to.equal(false);
    call().setState('Connected');
    await tick();
    expect(call().isLocalVideoStarted, 'startVideo on connect').to.equal(true);
    expect(call().localVideoStreams[0]).to.equal(sdk.localStreams[0]);
    expect(session.state.self.cameraOn).to.equal(true);
    expect(session.state.streams.some((s) => s.participantId === 'self')).to.equal(true);
    session.dispose();
  });

  it('camera turned off while connecting (it was passed to join) is stopped on connect and released', async () => {
    const { sdk, session, call } = setup();
    await session.join(request({ media: { microphoneOn: false, cameraOn: true } }));
    await session.setCamera(false);
    expect(session.state.self.cameraOn).to.equal(false);
    call().setState('Connected');
    await tick();
    expect(call().isLocalVideoStarted, 'stopVideo on connect').to.equal(false);
    expect(sdk.localStreams[0]!.disposed, 'device released').to.equal(true);
    expect(session.state.self.cameraOn).to.equal(false);
    session.dispose();
  });

  it('a camera the SDK could not start at join (410/41048) shows off with a notice, not on', async () => {
    const { sdk, session, call, warnings } = setup();
    await session.join(request({ media: { microphoneOn: false, cameraOn: true } }));
    call().failJoinVideo();
    call().setState('Connected');
    await tick();
    expect(session.state.self.cameraOn, 'cameraOn follows call.isLocalVideoStarted').to.equal(false);
    expect(warnings()).to.include('media-device-failed');
    expect(sdk.localStreams[0]!.disposed, 'the unused stream is released').to.equal(true);
    session.dispose();
  });

  it('startVideo failing in the call (412/43000 camera in use) leaves the camera off and rejects media-device-failed', async () => {
    const { session, call } = setup();
    await session.join(request({ media: { microphoneOn: false, cameraOn: false } }));
    call().setState('Connected');
    await tick();
    call().startVideoError = sdkError(412, 43000, 'Failed to start video, video device is being used by another process.');
    const error = await session.setCamera(true).then(() => undefined, (e: unknown) => e);
    expect(code(error)).to.equal('media-device-failed');
    expect((error as TmjError).detail).to.contain('412/43000');
    expect(session.state.self.cameraOn).to.equal(false);
    expect(session.state.streams.some((s) => s.participantId === 'self')).to.equal(false);
    session.dispose();
  });
});

describe('AcsSession screen share errors by code/subCode', () => {
  async function connected() {
    const harness = setup();
    await harness.session.join(request({ media: { microphoneOn: false, cameraOn: false } }));
    harness.call().setState('Connected');
    await tick();
    return harness;
  }

  it('before the call is connected it is refused as screen-share-failed (the SDK would answer 412/41071)', async () => {
    const { session, call } = setup();
    await session.join(request());
    call().setState('InLobby');
    const error = await session.setScreenShare(true).then(() => undefined, (e: unknown) => e);
    expect(code(error)).to.equal('screen-share-failed');
  });

  it('412/41071 from the SDK (not connected) → screen-share-failed with the code as detail', async () => {
    const { session, call } = await connected();
    call().state = 'LocalHold'; // the session still sees "connected"; the SDK refuses outside Connected
    const error = await session.setScreenShare(true).then(() => undefined, (e: unknown) => e);
    expect(code(error)).to.equal('screen-share-failed');
    expect((error as TmjError).detail).to.equal('412/41071');
    session.dispose();
  });

  it('400/41035 (already sharing) is not an error: state follows the call', async () => {
    const { session, call } = await connected();
    await session.setScreenShare(true);
    await session.setScreenShare(true);
    expect(session.state.self.screenSharing).to.equal(true);
    expect(call().isScreenSharingOn).to.equal(true);
    session.dispose();
  });

  it("the browser's NotAllowedError (permission denied / picker cancelled) → media-permission-denied", async () => {
    const { session, call } = await connected();
    call().screenShareError = new DOMException('Permission denied', 'NotAllowedError') as unknown as Error;
    const error = await session.setScreenShare(true).then(() => undefined, (e: unknown) => e);
    expect(code(error)).to.equal('media-permission-denied');
    expect(session.state.self.screenSharing).to.equal(false);
    session.dispose();
  });

  it('another SDK failure (500/41040) → screen-share-failed, not a permission problem', async () => {
    const { session, call } = await connected();
    call().screenShareError = sdkError(500, 41040, 'Failed to start screen sharing');
    const error = await session.setScreenShare(true).then(() => undefined, (e: unknown) => e);
    expect(code(error)).to.equal('screen-share-failed');
    session.dispose();
  });
});
