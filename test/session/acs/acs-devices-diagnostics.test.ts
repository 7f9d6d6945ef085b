/**
 * Devices and user-facing diagnostics of the ACS session (issue 11 req 3), against Calling SDK doubles typed by the
 * SDK's interfaces whose behaviour cites Microsoft's documentation (FakeDeviceManager, FakeMediaDiagnostics,
 * FakeNetworkDiagnostics in fake-calling-sdk.ts): device lists and selections follow `videoDevicesUpdated` /
 * `audioDevicesUpdated` / `selected…Changed`, a selected device that is unplugged falls back, and the UFD flags and
 * qualities land in `SessionState.diagnostics`, which `diagnosticNoticeChanges` turns into notices.
 */
import { expect } from '@open-wc/testing';
import { diagnosticNoticeChanges } from '../../../src/session/diagnostic-notices.js';
import type { SessionState } from '../../../src/session/types.js';
import { audioDevice, cameraDevice } from './fake-calling-sdk.js';
import { request, setup, tick } from './harness.js';

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await tick(5);
  expect(check(), what).to.equal(true);
}

async function connected(media = { microphoneOn: true, cameraOn: true }) {
  const t = setup();
  const states: SessionState[] = [];
  t.session.subscribe((e) => {
    if (e.type === 'state') states.push(e.state);
  });
  await t.session.join(request({ media: { ...media, microphoneLabel: 'USB Mic', speakerLabel: 'HDMI Speaker' } }));
  t.call().setState('Connected');
  await tick();
  /** Every notice the call view would have pushed from the state changes so far. */
  const notices = () => {
    const pushed: string[] = [];
    let before: SessionState | undefined;
    for (const s of states) {
      pushed.push(...diagnosticNoticeChanges(before, s).push);
      before = s;
    }
    return pushed;
  };
  return { ...t, dm: t.sdk.client.devices, notices };
}

describe('AcsSession devices (DeviceManager events)', () => {
  it('a plugged-in device appears in the lists (videoDevicesUpdated / audioDevicesUpdated)', async () => {
    const { session, dm } = await connected();
    dm.plug(audioDevice('microphone:headset', 'Headset Mic', 'Microphone'));
    await until(() => session.state.devices.some((d) => d.id === 'microphone:headset'), 'new microphone listed');
    dm.plug(cameraDevice('camera:ccc', 'Desk Camera'));
    await until(() => session.state.devices.some((d) => d.id === 'camera:ccc' && d.kind === 'camera'), 'new camera listed');
    session.dispose();
  });

  it('the selected microphone unplugged mid-call falls back to the system default, selected in the SDK, with a notice', async () => {
    const { session, dm, notices } = await connected();
    expect(session.state.self.microphoneId, 'pre-join choice').to.equal('microphone:usb');
    dm.unplug('microphone:usb');
    await until(() => session.state.self.microphoneId === 'microphone:default', 'fell back to the system default');
    expect(dm.selectedMicrophone?.id, 'the SDK is told').to.equal('microphone:default');
    expect(session.state.devices.some((d) => d.id === 'microphone:usb')).to.equal(false);
    expect(notices()).to.include('microphone-switched');
    session.dispose();
  });

  it('the selected speaker unplugged falls back too (speaker-switched)', async () => {
    const { session, dm, notices } = await connected();
    expect(session.state.self.speakerId).to.equal('speaker:hdmi');
    dm.unplug('speaker:hdmi');
    await until(() => session.state.self.speakerId === 'speaker:default', 'fell back');
    expect(dm.selectedSpeaker?.id).to.equal('speaker:default');
    expect(notices()).to.include('speaker-switched');
    session.dispose();
  });

  it('the last microphone unplugged: no selection, no-microphone notice', async () => {
    const { session, dm, notices } = await connected();
    dm.unplug('microphone:default');
    dm.unplug('microphone:usb');
    await until(() => session.state.self.microphoneId === undefined, 'nothing selected');
    expect(notices()).to.include('no-microphone');
    session.dispose();
  });

  it('selectedMicrophoneChanged from the SDK (another app or the OS switched it) updates the selection, without a notice', async () => {
    const { session, dm, notices } = await connected();
    await dm.selectMicrophone(dm.microphones[0]!);
    await until(() => session.state.self.microphoneId === 'microphone:default', 'selection followed the SDK');
    expect(notices()).to.not.include('microphone-switched');
    session.dispose();
  });

  it('the camera in use unplugged: the stream switches to the remaining camera; the last one gone stops video (noCamera)', async () => {
    const { sdk, session, dm, call, notices } = await connected();
    const stream = sdk.localStreams[0]!;
    expect(session.state.self.cameraId).to.equal('camera:aaa');
    dm.unplug('camera:aaa');
    await until(() => stream.source.id === 'camera:bbb', 'stream switched to the other camera');
    expect(session.state.self.cameraId).to.equal('camera:bbb');
    expect(notices()).to.include('camera-switched');
    dm.unplug('camera:bbb');
    await until(() => !call().isLocalVideoStarted, 'video stopped');
    expect(session.state.self.cameraOn).to.equal(false);
    expect(session.state.diagnostics.noCamera).to.equal(true);
    expect(notices()).to.include('no-camera');
    session.dispose();
  });

  it('every device-manager listener is removed when the call ends', async () => {
    const { session, dm } = await connected();
    expect(dm.listenerCount()).to.equal(4);
    await session.leave();
    expect(dm.listenerCount()).to.equal(0);
    dm.unplug('microphone:usb');
    await tick(10);
    session.dispose();
  });
});

describe('AcsSession user-facing diagnostics (Features.UserFacingDiagnostics)', () => {
  it('media flags become state and notices, and clear again', async () => {
    const { session, call, notices } = await connected();
    call().media.raise('noMicrophoneDevicesEnumerated', true);
    expect(session.state.diagnostics.noMicrophone).to.equal(true);
    call().media.raise('microphoneMuteUnexpectedly', true);
    expect(session.state.diagnostics.microphoneMutedBySystem).to.equal(true);
    expect(notices()).to.include.members(['no-microphone', 'mic-muted-by-system']);
    call().media.raise('microphoneMuteUnexpectedly', false);
    expect(session.state.diagnostics.microphoneMutedBySystem).to.equal(false);
    const prev = { ...session.state, diagnostics: { ...session.state.diagnostics, microphoneMutedBySystem: true } };
    expect(diagnosticNoticeChanges(prev, session.state).dismiss).to.include('mic-muted-by-system');
    // A diagnostic the widget does not surface changes nothing.
    const before = session.state;
    call().media.raise('cameraFreeze', true);
    expect(session.state).to.equal(before);
    session.dispose();
  });

  it('speakingWhileMicrophoneIsMuted reminds a muted visitor; unmuting clears it', async () => {
    const { session, call, notices } = await connected({ microphoneOn: false, cameraOn: false });
    call().media.raise('speakingWhileMicrophoneIsMuted', true);
    expect(session.state.diagnostics.speakingWhileMuted).to.equal(true);
    expect(notices()).to.include('speaking-while-muted');
    const muted = session.state;
    await session.setMicrophone(true);
    call().media.raise('speakingWhileMicrophoneIsMuted', false);
    expect(diagnosticNoticeChanges(muted, session.state).dismiss).to.include('speaking-while-muted');
    session.dispose();
  });

  it('network send/receive quality: the worse of the two, compared with the DiagnosticQuality enum', async () => {
    const { session, call, notices } = await connected();
    call().network.raise('networkSendQuality', 2);
    expect(session.state.diagnostics.networkQuality).to.equal('poor');
    call().network.raise('networkReceiveQuality', 3);
    expect(session.state.diagnostics.networkQuality).to.equal('bad');
    call().network.raise('networkSendQuality', 1);
    expect(session.state.diagnostics.networkQuality, 'receive still bad').to.equal('bad');
    call().network.raise('networkReceiveQuality', 1);
    expect(session.state.diagnostics.networkQuality).to.equal('good');
    expect(notices()).to.include('network');
    expect(session.state.call, 'quality is not reconnection').to.equal('connected');
    session.dispose();
  });

  it('values raised before the session subscribed are read with getLatest() at admission', async () => {
    const t = setup();
    await t.session.join(request());
    t.call().media.preset('microphoneMuteUnexpectedly', true);
    t.call().network.preset('networkReceiveQuality', 2);
    t.call().setState('Connected');
    await tick();
    expect(t.session.state.diagnostics.microphoneMutedBySystem).to.equal(true);
    expect(t.session.state.diagnostics.networkQuality).to.equal('poor');
    t.session.dispose();
  });

  it('a value that is not of the documented type is ignored', async () => {
    const { session, call } = await connected();
    call().media.events.emit('diagnosticChanged', { diagnostic: 'microphoneMuteUnexpectedly', value: 2, valueType: 'DiagnosticQuality' });
    call().network.events.emit('diagnosticChanged', { diagnostic: 'networkSendQuality', value: 7, valueType: 'DiagnosticQuality' });
    call().network.events.emit('diagnosticChanged', { diagnostic: 'networkSendQuality', value: true, valueType: 'DiagnosticFlag' });
    expect(session.state.diagnostics.microphoneMutedBySystem).to.equal(false);
    expect(session.state.diagnostics.networkQuality).to.equal('good');
    session.dispose();
  });
});
