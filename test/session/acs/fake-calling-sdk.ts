/**
 * TEST DOUBLES of the Calling SDK objects the ACS session drives. Each class `implements` the SDK's own
 * interface (or the session's `Pick<…>` of it in src/session/acs/sdk-types.ts), so a member the real SDK lacks
 * fails to compile. Where the SDK hands out a class with private fields (`LocalVideoStream`) or a generic
 * feature accessor, the double is cast once, at the boundary, and implements only the members the session uses
 * (listed in a `Pick<…>`).
 */
import type {
  AudioDeviceInfo,
  CallEndReason,
  CallFeature,
  CallFeatureFactory,
  CallState,
  CapabilitiesFeature,
  CreateViewOptions,
  DominantSpeakersCallFeature,
  JoinCallOptions,
  LatestMediaDiagnostics,
  LatestNetworkDiagnostics,
  LocalVideoStream,
  MediaDiagnostics,
  NetworkDiagnostics,
  OptimalVideoCountCallFeature,
  ParticipantRole,
  RaiseHandCallFeature,
  RaisedHand,
  RecordingCallFeature,
  RemoteParticipant,
  RemoteParticipantState,
  RemoteVideoStream,
  TeamsMeetingIdLocator,
  TeamsMeetingLinkLocator,
  TranscriptionCallFeature,
  VideoDeviceInfo,
  VideoStreamRendererView,
} from '@azure/communication-calling';
import type { CommunicationIdentifierKind, CommunicationTokenCredential } from '@azure/communication-common';

type AccessToken = Awaited<ReturnType<CommunicationTokenCredential['getToken']>>;
import type {
  CallingSdk,
  SessionAgent,
  SessionCall,
  SessionCallClient,
  SessionDeviceManager,
  SessionFeatures,
  SessionRenderer,
} from '../../../src/session/acs/sdk-types.js';

type Listener = (...args: never[]) => void;

/** An error shaped as the calling SDK throws them: `code`, `subCode`, message (SDK 2.0 bundle's error table). */
export function sdkError(code: number, subCode: number, message: string): Error {
  return Object.assign(new Error(message), { code, subCode });
}

/** Minimal event registry shared by the doubles; counts listeners so tests can prove cleanup. */
class Emitter {
  private readonly map = new Map<string, Set<Listener>>();
  on(event: string, listener: Listener): void {
    let set = this.map.get(event);
    if (!set) this.map.set(event, (set = new Set()));
    set.add(listener);
  }
  off(event: string, listener: Listener): void {
    this.map.get(event)?.delete(listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const l of [...(this.map.get(event) ?? [])]) (l as (...a: unknown[]) => void)(...args);
  }
  count(): number {
    let n = 0;
    for (const set of this.map.values()) n += set.size;
    return n;
  }
}

export class FakeVideoStream implements RemoteVideoStream {
  private readonly events = new Emitter();
  readonly isReceiving = true;
  readonly size = { width: 640, height: 360 };
  constructor(
    readonly id: number,
    readonly mediaStreamType: 'Video' | 'ScreenSharing',
    public isAvailable: boolean,
  ) {}
  on(event: string, listener: Listener): void {
    this.events.on(event, listener);
  }
  off(event: string, listener: Listener): void {
    this.events.off(event, listener);
  }
  async getMediaStream(): Promise<MediaStream> {
    return new MediaStream();
  }
  setAvailable(available: boolean): void {
    this.isAvailable = available;
    this.events.emit('isAvailableChanged');
  }
  listenerCount(): number {
    return this.events.count();
  }
}

export class FakeParticipant implements RemoteParticipant {
  private readonly events = new Emitter();
  readonly endpointDetails = [{ participantId: 'endpoint' }];
  callEndReason: CallEndReason | undefined;
  isMuted = false;
  isSpeaking = false;
  role: ParticipantRole = 'Attendee';
  state: RemoteParticipantState = 'Connected';
  videoStreams: FakeVideoStream[] = [];
  constructor(
    readonly identifier: CommunicationIdentifierKind,
    readonly displayName: string,
  ) {}
  async mute(): Promise<void> {}
  on(event: string, listener: Listener): void {
    this.events.on(event, listener);
  }
  off(event: string, listener: Listener): void {
    this.events.off(event, listener);
  }
  addStream(stream: FakeVideoStream): void {
    this.videoStreams.push(stream);
    this.events.emit('videoStreamsUpdated', { added: [stream], removed: [] });
  }
  change(patch: Partial<Pick<FakeParticipant, 'isMuted' | 'isSpeaking' | 'state'>>, event: string): void {
    Object.assign(this, patch);
    this.events.emit(event);
  }
  listenerCount(): number {
    return this.events.count();
  }
}

/** Feature doubles: only what the session reads, typed by the SDK feature interfaces. */
export class FakeRecording implements Pick<RecordingCallFeature, 'isRecordingActive' | 'on' | 'off'> {
  readonly events = new Emitter();
  isRecordingActive = false;
  on(event: string, listener: Listener): void {
    this.events.on(event, listener);
  }
  off(event: string, listener: Listener): void {
    this.events.off(event, listener);
  }
  set(active: boolean): void {
    this.isRecordingActive = active;
    this.events.emit('isRecordingActiveChanged');
  }
}

export class FakeTranscription implements Pick<TranscriptionCallFeature, 'isTranscriptionActive' | 'on' | 'off'> {
  readonly events = new Emitter();
  isTranscriptionActive = false;
  on(event: string, listener: Listener): void {
    this.events.on(event, listener);
  }
  off(event: string, listener: Listener): void {
    this.events.off(event, listener);
  }
  set(active: boolean): void {
    this.isTranscriptionActive = active;
    this.events.emit('isTranscriptionActiveChanged');
  }
}

export class FakeCapabilities implements Pick<CapabilitiesFeature, 'capabilities' | 'on' | 'off'> {
  readonly events = new Emitter();
  capabilities = {} as CapabilitiesFeature['capabilities'];
  on(event: string, listener: Listener): void {
    this.events.on(event, listener);
  }
  off(event: string, listener: Listener): void {
    this.events.off(event, listener);
  }
  set(name: 'unmuteMic' | 'turnVideoOn' | 'shareScreen' | 'raiseHand', isPresent: boolean): void {
    this.capabilities = { ...this.capabilities, [name]: { isPresent, reason: isPresent ? 'Capable' : 'MeetingRestricted' } };
    this.events.emit('capabilitiesChanged', {});
  }
}

export class FakeDominantSpeakers implements Pick<DominantSpeakersCallFeature, 'dominantSpeakers' | 'on' | 'off'> {
  readonly events = new Emitter();
  dominantSpeakers: DominantSpeakersCallFeature['dominantSpeakers'] = { speakersList: [], timestamp: new Date() };
  on(event: string, listener: Listener): void {
    this.events.on(event, listener);
  }
  off(event: string, listener: Listener): void {
    this.events.off(event, listener);
  }
  set(list: CommunicationIdentifierKind[]): void {
    this.dominantSpeakers = { speakersList: list, timestamp: new Date() };
    this.events.emit('dominantSpeakersChanged');
  }
}

export class FakeRaiseHand implements Pick<RaiseHandCallFeature, 'raiseHand' | 'lowerHand' | 'getRaisedHands' | 'on' | 'off'> {
  readonly events = new Emitter();
  hands: RaisedHand[] = [];
  constructor(private readonly selfId: string) {}
  async raiseHand(): Promise<void> {
    this.hands = [...this.hands, { identifier: { communicationUserId: this.selfId.replace(/^8:/, '8:') }, order: 1 }];
    this.events.emit('raisedHandEvent', {});
  }
  async lowerHand(): Promise<void> {
    this.hands = [];
    this.events.emit('loweredHandEvent', {});
  }
  getRaisedHands(): RaisedHand[] {
    return this.hands;
  }
  on(event: string, listener: Listener): void {
    this.events.on(event, listener);
  }
  off(event: string, listener: Listener): void {
    this.events.off(event, listener);
  }
}

/** A UFD value as the SDK hands it out (`LatestDiagnosticValue`, `{value, valueType}`). */
type UfdValue = { value: boolean | 1 | 2 | 3; valueType: 'DiagnosticFlag' | 'DiagnosticQuality' };

/**
 * `UserFacingDiagnosticsFeature.network` (SDK 2.0 `NetworkDiagnostics`: `getLatest()` + `diagnosticChanged`).
 * Values as "LatestNetworkDiagnostics interface" (Microsoft Learn, @azure/communication-calling) documents them:
 * `networkReconnect` 2 (Poor) "when media transport connectivity is lost", 3 (Bad) "when network is disconnected
 * and unable to reconnect", 1 (Good) "when new session is connected"; `networkSendQuality` /
 * `networkReceiveQuality` 1/2/3 for no / mild / severe problem. `getLatest()` keeps the last value raised.
 */
export class FakeNetworkDiagnostics implements Pick<NetworkDiagnostics, 'getLatest' | 'on' | 'off'> {
  readonly events = new Emitter();
  private latest: Record<string, UfdValue> = {};
  getLatest(): LatestNetworkDiagnostics {
    return { ...this.latest } as LatestNetworkDiagnostics;
  }
  on(event: string, listener: Listener): void {
    this.events.on(event, listener);
  }
  off(event: string, listener: Listener): void {
    this.events.off(event, listener);
  }
  raise(diagnostic: 'networkReconnect' | 'networkSendQuality' | 'networkReceiveQuality', quality: 1 | 2 | 3): void {
    this.latest[diagnostic] = { value: quality, valueType: 'DiagnosticQuality' };
    this.events.emit('diagnosticChanged', { diagnostic, value: quality, valueType: 'DiagnosticQuality' });
  }
  reconnect(quality: 1 | 2 | 3): void {
    this.raise('networkReconnect', quality);
  }
  /** A value already raised before the session subscribed (at admission): no event is replayed. */
  preset(diagnostic: 'networkSendQuality' | 'networkReceiveQuality', quality: 1 | 2 | 3): void {
    this.latest[diagnostic] = { value: quality, valueType: 'DiagnosticQuality' };
  }
}

/**
 * `UserFacingDiagnosticsFeature.media` (SDK 2.0 `MediaDiagnostics`). Flags as the UFD reference pages document
 * them (Microsoft Learn, resources/troubleshooting/voice-video-calling/references/ufd/…), each "UFD type
 * MediaDiagnostics, value type DiagnosticFlag, possible values true, false":
 *  - `noMicrophoneDevicesEnumerated`: true "when navigator.mediaDevices.enumerateDevices doesn't include any audio
 *    input devices" (unplugged or disabled; unrelated to permission);
 *  - `microphoneMuteUnexpectedly`: true when "the microphone track was muted … by an external source rather than
 *    by the SDK mute API" (the audio stack, a headset's hardware mute button); false when it recovers;
 *  - `speakingWhileMicrophoneIsMuted`: true when "the audio input volume isn't muted although the user did mute
 *    the microphone"; false "when local user either stops speaking, or unmutes" (LatestMediaDiagnostics).
 */
export class FakeMediaDiagnostics implements Pick<MediaDiagnostics, 'getLatest' | 'on' | 'off'> {
  readonly events = new Emitter();
  private latest: Record<string, UfdValue> = {};
  getLatest(): LatestMediaDiagnostics {
    return { ...this.latest } as LatestMediaDiagnostics;
  }
  on(event: string, listener: Listener): void {
    this.events.on(event, listener);
  }
  off(event: string, listener: Listener): void {
    this.events.off(event, listener);
  }
  raise(diagnostic: 'noMicrophoneDevicesEnumerated' | 'microphoneMuteUnexpectedly' | 'speakingWhileMicrophoneIsMuted' | 'cameraFreeze', value: boolean): void {
    this.latest[diagnostic] = { value, valueType: 'DiagnosticFlag' };
    this.events.emit('diagnosticChanged', { diagnostic, value, valueType: 'DiagnosticFlag' });
  }
  preset(diagnostic: 'microphoneMuteUnexpectedly' | 'noMicrophoneDevicesEnumerated', value: boolean): void {
    this.latest[diagnostic] = { value, valueType: 'DiagnosticFlag' };
  }
}

/**
 * `Features.OptimalVideoCount`: "optimalVideoCount — the optimal number of incoming video streams" with
 * `optimalVideoCountChanged` (SDK 2.0 types, OptimalVideoCountCallFeature; ACS docs "Reaching max number of active
 * video subscriptions": use the OVC API to know how many incoming videos to render).
 */
export class FakeOptimalVideoCount implements Pick<OptimalVideoCountCallFeature, 'optimalVideoCount' | 'on' | 'off'> {
  readonly events = new Emitter();
  optimalVideoCount = 4;
  on(event: string, listener: Listener): void {
    this.events.on(event, listener);
  }
  off(event: string, listener: Listener): void {
    this.events.off(event, listener);
  }
  set(count: number): void {
    this.optimalVideoCount = count;
    this.events.emit('optimalVideoCountChanged');
  }
}

/** Feature factory tokens: the double's `feature()` maps them to the doubles above. */
export const fakeFeatures = {
  Recording: { callApiCtor: class {} },
  Transcription: { callApiCtor: class {} },
  Capabilities: { callApiCtor: class {} },
  DominantSpeakers: { callApiCtor: class {} },
  RaiseHand: { callApiCtor: class {} },
  UserFacingDiagnostics: { callApiCtor: class {} },
  OptimalVideoCount: { callApiCtor: class {} },
} as unknown as SessionFeatures;

export class FakeCall implements SessionCall {
  private readonly events = new Emitter();
  readonly id = 'call-1';
  state: CallState = 'Connecting';
  callEndReason: CallEndReason | undefined;
  isMuted: boolean;
  isScreenSharingOn = false;
  isLocalVideoStarted: boolean;
  localVideoStreams: LocalVideoStream[];
  remoteParticipants: FakeParticipant[] = [];
  info = { threadId: '19:meeting_fake@thread.v2' as string | undefined };
  hangUpCalls = 0;
  readonly recording = new FakeRecording();
  readonly transcription = new FakeTranscription();
  readonly capabilities = new FakeCapabilities();
  readonly dominant = new FakeDominantSpeakers();
  readonly raiseHandFeature: FakeRaiseHand;
  readonly network = new FakeNetworkDiagnostics();
  readonly media = new FakeMediaDiagnostics();
  readonly videoCount = new FakeOptimalVideoCount();
  /** When set, `hangUp` does not move the call to Disconnected (an SDK that never answers). */
  hangUpHangs = false;

  constructor(
    readonly locator: TeamsMeetingLinkLocator | TeamsMeetingIdLocator,
    readonly options: JoinCallOptions | undefined,
    selfId: string,
  ) {
    this.isMuted = options?.audioOptions?.muted ?? false;
    this.localVideoStreams = options?.videoOptions?.localVideoStreams ?? [];
    this.isLocalVideoStarted = this.localVideoStreams.length > 0;
    this.raiseHandFeature = new FakeRaiseHand(selfId);
  }

  feature<TFeature extends CallFeature>(factory: CallFeatureFactory<TFeature>): TFeature {
    const map = new Map<unknown, unknown>([
      [fakeFeatures.Recording, this.recording],
      [fakeFeatures.Transcription, this.transcription],
      [fakeFeatures.Capabilities, this.capabilities],
      [fakeFeatures.DominantSpeakers, this.dominant],
      [fakeFeatures.RaiseHand, this.raiseHandFeature],
      [fakeFeatures.UserFacingDiagnostics, { network: this.network, media: this.media }],
      [fakeFeatures.OptimalVideoCount, this.videoCount],
    ]);
    const feature = map.get(factory);
    if (!feature) throw new Error('feature not supported by the double');
    return feature as TFeature;
  }
  async hangUp(): Promise<void> {
    this.hangUpCalls++;
    if (!this.hangUpHangs) this.setState('Disconnected', { code: 0, subCode: 0 });
  }
  /** Every mute/unmute the session asked for, in order. */
  readonly muteCalls: Array<'mute' | 'unmute'> = [];
  /** When set, `startVideo` rejects with it (e.g. 412/43000, "video device is being used by another process"). */
  startVideoError: Error | undefined;
  /** When set, `startScreenSharing` rejects with it (e.g. the browser's NotAllowedError). */
  screenShareError: Error | undefined;
  async mute(): Promise<void> {
    this.muteCalls.push('mute');
    this.isMuted = true;
    this.events.emit('isMutedChanged');
  }
  async unmute(): Promise<void> {
    this.muteCalls.push('unmute');
    this.isMuted = false;
    this.events.emit('isMutedChanged');
  }
  /**
   * Calling SDK client error codes ("Understanding calling codes and subcodes", webjs-client-code-subcode):
   * 400/41027 "Failed to start video, video is already started".
   */
  async startVideo(stream: LocalVideoStream): Promise<void> {
    if (this.startVideoError) throw this.startVideoError;
    if (this.isLocalVideoStarted) throw sdkError(400, 41027, 'Failed to start video, video is already started.');
    this.localVideoStreams = [stream];
    this.isLocalVideoStarted = true;
    this.events.emit('isLocalVideoStartedChanged');
  }
  /** Same table: 400/41030 "Failed to stop video, video is already stopped". */
  async stopVideo(): Promise<void> {
    if (!this.isLocalVideoStarted) throw sdkError(400, 41030, 'Failed to stop video, video is already stopped.');
    this.localVideoStreams = [];
    this.isLocalVideoStarted = false;
    this.events.emit('isLocalVideoStartedChanged');
  }
  /**
   * Same table: 412/41071 "Failed to start screen share, call isn't in Connected state"; 400/41035 "Failed to
   * start screen share, screen share is already started".
   */
  async startScreenSharing(): Promise<void> {
    if (this.state !== 'Connected') throw sdkError(412, 41071, "Failed to start screen share, call isn't in Connected state.");
    if (this.isScreenSharingOn) throw sdkError(400, 41035, 'Failed to start screen share, screen share is already started.');
    if (this.screenShareError) throw this.screenShareError;
    this.isScreenSharingOn = true;
    this.events.emit('isScreenSharingOnChanged');
  }
  /** Same table: 400/41041 "Failed to stop screen share, screen share is already stopped". */
  async stopScreenSharing(): Promise<void> {
    if (!this.isScreenSharingOn) throw sdkError(400, 41041, 'Failed to stop screen share, screen share is already stopped.');
    this.isScreenSharingOn = false;
    this.events.emit('isScreenSharingOnChanged');
  }
  /** The SDK could not start the camera it was given at join (410/41048, "failed to start video during call setup"). */
  failJoinVideo(): void {
    this.localVideoStreams = [];
    this.isLocalVideoStarted = false;
  }
  on(event: string, listener: Listener): void {
    this.events.on(event, listener);
  }
  off(event: string, listener: Listener): void {
    this.events.off(event, listener);
  }

  setState(state: CallState, endReason?: CallEndReason): void {
    this.state = state;
    if (endReason) this.callEndReason = endReason;
    this.events.emit('stateChanged');
  }
  addParticipant(p: FakeParticipant): void {
    this.remoteParticipants.push(p);
    this.events.emit('remoteParticipantsUpdated', { added: [p], removed: [] });
  }
  removeParticipant(p: FakeParticipant): void {
    this.remoteParticipants = this.remoteParticipants.filter((x) => x !== p);
    this.events.emit('remoteParticipantsUpdated', { added: [], removed: [p] });
  }
  mutedByOthers(): void {
    this.isMuted = true;
    this.events.emit('mutedByOthers');
    this.events.emit('isMutedChanged');
  }
  /** Listeners on the call and on every feature double. */
  listenerCount(): number {
    return (
      this.events.count() +
      this.recording.events.count() +
      this.transcription.events.count() +
      this.capabilities.events.count() +
      this.dominant.events.count() +
      this.raiseHandFeature.events.count() +
      this.network.events.count() +
      this.media.events.count() +
      this.videoCount.events.count()
    );
  }
}

export class FakeAgent implements SessionAgent {
  private readonly events = new Emitter();
  connectionState: 'Connected' | 'Disconnected' = 'Connected';
  disposed = false;
  call: FakeCall | undefined;
  joins: Array<{ locator: TeamsMeetingLinkLocator | TeamsMeetingIdLocator; options: JoinCallOptions | undefined }> = [];
  constructor(private readonly selfId: string) {}
  join(locator: TeamsMeetingLinkLocator | TeamsMeetingIdLocator, options?: JoinCallOptions): FakeCall {
    this.joins.push({ locator, options });
    this.call = new FakeCall(locator, options, this.selfId);
    return this.call;
  }
  on(event: string, listener: Listener): void {
    this.events.on(event, listener);
  }
  off(event: string, listener: Listener): void {
    this.events.off(event, listener);
  }
  async dispose(): Promise<void> {
    this.disposed = true;
  }
  emitConnection(newValue: 'Connected' | 'Disconnected', reason?: 'invalidToken' | 'connectionIssue'): void {
    this.events.emit('connectionStateChanged', { newValue, oldValue: this.connectionState, reason });
    this.connectionState = newValue;
  }
}

const camera = (id: string, name: string): VideoDeviceInfo => ({ id, name, deviceType: 'UsbCamera' });
const audio = (id: string, name: string, deviceType: 'Microphone' | 'Speaker', isSystemDefault = false): AudioDeviceInfo => ({
  id,
  name,
  deviceType,
  isSystemDefault,
});

/**
 * `DeviceManager` (Microsoft Learn, "DeviceManager interface", @azure/communication-calling): `getCameras()`,
 * `getMicrophones()`, `getSpeakers()`, `selectedMicrophone` / `selectedSpeaker`; `videoDevicesUpdated` and
 * `audioDevicesUpdated` are `CollectionUpdatedEvent`s with `{added, removed}`, `selectedMicrophoneChanged` and
 * `selectedSpeakerChanged` are `PropertyChangedEvent`s (no arguments: read the property again).
 */
export class FakeDeviceManager implements SessionDeviceManager {
  readonly events = new Emitter();
  cameras = [camera('camera:aaa', 'Front Camera'), camera('camera:bbb', 'Back Camera')];
  microphones = [audio('microphone:default', 'Default Mic', 'Microphone', true), audio('microphone:usb', 'USB Mic', 'Microphone')];
  speakers = [audio('speaker:default', 'Default Speaker', 'Speaker', true), audio('speaker:hdmi', 'HDMI Speaker', 'Speaker')];
  isSpeakerSelectionAvailable = true;
  selectedMicrophone: AudioDeviceInfo | undefined;
  selectedSpeaker: AudioDeviceInfo | undefined;
  async getCameras(): Promise<VideoDeviceInfo[]> {
    return this.cameras;
  }
  async getMicrophones(): Promise<AudioDeviceInfo[]> {
    return this.microphones;
  }
  async getSpeakers(): Promise<AudioDeviceInfo[]> {
    return this.speakers;
  }
  async selectMicrophone(device: AudioDeviceInfo): Promise<void> {
    this.selectedMicrophone = device;
    this.events.emit('selectedMicrophoneChanged');
  }
  async selectSpeaker(device: AudioDeviceInfo): Promise<void> {
    this.selectedSpeaker = device;
    this.events.emit('selectedSpeakerChanged');
  }
  on(event: string, listener: Listener): void {
    this.events.on(event, listener);
  }
  off(event: string, listener: Listener): void {
    this.events.off(event, listener);
  }
  /** A device unplugged: it leaves its list and the matching `…DevicesUpdated` fires with it in `removed`. */
  unplug(id: string): void {
    const removedCams = this.cameras.filter((d) => d.id === id);
    const removedAudio = [...this.microphones, ...this.speakers].filter((d) => d.id === id);
    this.cameras = this.cameras.filter((d) => d.id !== id);
    this.microphones = this.microphones.filter((d) => d.id !== id);
    this.speakers = this.speakers.filter((d) => d.id !== id);
    if (removedCams.length) this.events.emit('videoDevicesUpdated', { added: [], removed: removedCams });
    if (removedAudio.length) this.events.emit('audioDevicesUpdated', { added: [], removed: removedAudio });
  }
  plug(device: AudioDeviceInfo | VideoDeviceInfo): void {
    if ('isSystemDefault' in device) {
      (device.deviceType === 'Speaker' ? this.speakers : this.microphones).push(device);
      this.events.emit('audioDevicesUpdated', { added: [device], removed: [] });
    } else {
      this.cameras.push(device);
      this.events.emit('videoDevicesUpdated', { added: [device], removed: [] });
    }
  }
  listenerCount(): number {
    return this.events.count();
  }
}

export { audio as audioDevice, camera as cameraDevice };

/** Stands in for the SDK's LocalVideoStream class (private fields): implements what the session uses. */
export class FakeLocalVideoStream implements Pick<LocalVideoStream, 'source' | 'switchSource' | 'dispose' | 'mediaStreamType'> {
  disposed = false;
  readonly mediaStreamType = 'Video' as const;
  constructor(public source: VideoDeviceInfo) {}
  async switchSource(source: VideoDeviceInfo): Promise<void> {
    this.source = source;
  }
  dispose(): void {
    this.disposed = true;
  }
}

export class FakeRenderer implements SessionRenderer {
  disposed = false;
  views: Array<{ options: CreateViewOptions | undefined; disposed: boolean }> = [];
  constructor(readonly stream: unknown) {}
  async createView(options?: CreateViewOptions): Promise<VideoStreamRendererView> {
    const record = { options, disposed: false };
    this.views.push(record);
    return {
      scalingMode: options?.scalingMode ?? 'Crop',
      isMirrored: options?.isMirrored ?? false,
      target: document.createElement('div'),
      updateScalingMode: async () => {},
      dispose: () => {
        record.disposed = true;
      },
    };
  }
  dispose(): void {
    this.disposed = true;
  }
}

export class FakeCallClient implements SessionCallClient {
  readonly agent: FakeAgent;
  readonly devices = new FakeDeviceManager();
  disposed = false;
  agentCalls: Array<{ kind: 'acs' | 'teams'; displayName: string | undefined }> = [];
  /** 'resolve' (default), 'hang' (never settles, like an SDK stuck offline), or an error to reject with. */
  agentBehaviour: 'resolve' | 'hang' | Error = 'resolve';
  constructor(selfId: string) {
    this.agent = new FakeAgent(selfId);
  }
  async createCallAgent(_credential: CommunicationTokenCredential, options?: { displayName?: string }): Promise<SessionAgent> {
    this.agentCalls.push({ kind: 'acs', displayName: options?.displayName });
    return this.agentResult();
  }
  async createTeamsCallAgent(): Promise<SessionAgent> {
    this.agentCalls.push({ kind: 'teams', displayName: undefined });
    return this.agentResult();
  }
  private agentResult(): Promise<SessionAgent> {
    if (this.agentBehaviour === 'hang') return new Promise(() => {});
    if (this.agentBehaviour instanceof Error) return Promise.reject(this.agentBehaviour);
    return Promise.resolve(this.agent);
  }
  async getDeviceManager(): Promise<SessionDeviceManager> {
    return this.devices;
  }
  async dispose(): Promise<void> {
    this.disposed = true;
  }
}

export class FakeCredential implements CommunicationTokenCredential {
  disposed = false;
  constructor(
    readonly initial: string,
    readonly refresher: (abortSignal?: unknown) => Promise<string>,
  ) {}
  async getToken(): Promise<AccessToken> {
    return { token: this.initial, expiresOnTimestamp: Date.now() + 3600_000 };
  }
  dispose(): void {
    this.disposed = true;
  }
}

export interface FakeSdk extends CallingSdk {
  readonly client: FakeCallClient;
  readonly localStreams: FakeLocalVideoStream[];
  readonly renderers: FakeRenderer[];
  credential: FakeCredential | undefined;
}

export function fakeCallingSdk(selfId = '8:acs:visitor'): FakeSdk {
  const client = new FakeCallClient(selfId);
  const sdk: FakeSdk = {
    client,
    localStreams: [],
    renderers: [],
    credential: undefined,
    features: fakeFeatures,
    // The SDK's enum values, as its types document them: "DiagnosticQuality = enum { Good = 1, Poor = 2, Bad = 3 }".
    diagnosticQuality: { Good: 1, Poor: 2, Bad: 3 } as unknown as FakeSdk['diagnosticQuality'],
    createCallClient: () => client,
    createLocalVideoStream: (device) => {
      const stream = new FakeLocalVideoStream(device);
      sdk.localStreams.push(stream);
      return stream as unknown as LocalVideoStream;
    },
    createRenderer: (stream) => {
      const renderer = new FakeRenderer(stream);
      sdk.renderers.push(renderer);
      return renderer;
    },
    createCredential: (token, refresher) => {
      sdk.credential = new FakeCredential(token, refresher);
      return sdk.credential;
    },
  };
  return sdk;
}
