/**
 * The production `MeetingSession`: Azure Communication Services Calling SDK (2.x) + Chat SDK, in both identity
 * modes (`acs`: bring-your-own ACS identity, `createCallAgent`; `teams`: Microsoft 365 identity,
 * `createTeamsCallAgent`).
 *
 * Honest about failures the SDK does not throw (see the facts note): offline, `createCallAgent` resolves late and
 * `join` returns a Call that just ends with `callEndReason` 490/4525 — so the end reason is always read and mapped
 * (`end-reasons.ts`), agent creation has a time bound, and a call stuck connecting is ended by a watchdog.
 *
 * One `CallClient` per session; no module-level state, so two widgets on a page never share anything.
 */
import { getIdentifierRawId, type CommunicationIdentifierKind } from '@azure/communication-common';
import type {
  CallState,
  LocalVideoStream,
  NetworkDiagnosticChangedEventArgs,
  ParticipantRole,
  RemoteParticipant,
  RemoteParticipantState,
  RemoteVideoStream,
} from '@azure/communication-calling';
import { TmjError, toTmjError, type ErrorCode } from '../../core/errors.js';
import { jwtPayload } from '../../core/jwt.js';
import type {
  CallEnd,
  CallPhase,
  ChatState,
  ChatUnavailableReason,
  DeviceInfo,
  JoinRequest,
  MeetingSession,
  Participant,
  SessionOptions,
  SessionState,
  VideoStreamInfo,
  VideoView,
} from '../types.js';
import type { ChatController, ChatControllerOptions } from '../chat/index.js';
import { SessionBase } from '../session-base.js';
import { mapCallEndReason, mapSdkError } from './end-reasons.js';
import { createTokenRefresher } from './token-refresher.js';
import type {
  CallingSdk,
  SessionAgent,
  SessionCall,
  SessionCallClient,
  SessionDeviceManager,
  SessionRenderer,
  VideoDeviceInfo,
} from './sdk-types.js';

/** Chat as the session drives it (a `ChatController`, or a double in tests). */
export type SessionChat = Pick<ChatController, 'start' | 'stop' | 'send' | 'retry' | 'discard' | 'typing' | 'markRead' | 'state'>;

export interface AcsSessionDeps {
  /** Loads the calling SDK (default: `import('./calling-sdk.js')`). */
  readonly loadSdk?: (() => Promise<CallingSdk>) | undefined;
  /** Creates the chat (default: a `ChatController` over the real Chat SDK, loaded on demand). */
  readonly createChat?: ((options: ChatControllerOptions) => SessionChat | Promise<SessionChat>) | undefined;
  /** `createCallAgent` may resolve only after ~14 s offline; give up after this. Default 30 s. */
  readonly agentTimeoutMs?: number | undefined;
  /** A call still `connecting` after this is ended as `network`. Default 45 s (lobby is not connecting). */
  readonly connectTimeoutMs?: number | undefined;
  readonly tokenBackoffMs?: readonly number[] | undefined;
  /** How long leave() waits for the SDK to confirm a hang-up before ending the call anyway. Default 5 s. */
  readonly hangUpTimeoutMs?: number | undefined;
  /** Delay between disposing the call agent and the call client (see `releaseAll`). Default 2000 ms. */
  readonly clientDisposeDelayMs?: number | undefined;
  /** Where `pagehide` is listened for (default `globalThis`); `null` = nowhere. */
  readonly pageEvents?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null | undefined;
}

const SELF = 'self';
const SELF_CAMERA = 'self|camera';
const CHANNEL_THREAD = /@thread\.(tacv2|skype)$/i;

interface RemoteEntry {
  readonly participant: RemoteParticipant;
  readonly unsubscribe: Array<() => void>;
  readonly streams: Map<string, { stream: RemoteVideoStream; unsubscribe: () => void }>;
}

export class AcsSession extends SessionBase<SessionChat> implements MeetingSession {
  readonly kind = 'acs' as const;
  private readonly options: SessionOptions;
  private readonly deps: AcsSessionDeps;

  private readonly abort = new AbortController();
  private sdk: CallingSdk | undefined;
  private client: SessionCallClient | undefined;
  private agent: SessionAgent | undefined;
  private credential: ReturnType<CallingSdk['createCredential']> | undefined;
  private deviceManager: SessionDeviceManager | undefined;
  private call: SessionCall | undefined;
  private localVideo: LocalVideoStream | undefined;
  private request: JoinRequest | undefined;
  private selfRawId = '';

  private readonly remotes = new Map<string, RemoteEntry>();
  private readonly renderers = new Map<string, Set<SessionRenderer>>();
  private readonly callCleanup: Array<() => void> = [];
  private raisedHands = new Set<string>();
  private connectTimer: ReturnType<typeof setTimeout> | undefined;
  private joining = false;
  private leaving = false;
  private disposed = false;
  private everConnected = false;
  private reconnecting = false;

  constructor(options: SessionOptions, deps: AcsSessionDeps = {}) {
    super();
    this.options = options;
    this.deps = deps;
    options.signal?.addEventListener('abort', () => this.dispose(), { once: true, signal: this.abort.signal });
    const page = deps.pageEvents === undefined ? globalThis : deps.pageEvents;
    if (page) {
      // A page being unloaded must not leave the visitor in the meeting as a ghost with a live camera.
      const onPageHide = () => this.dispose();
      page.addEventListener('pagehide', onPageHide);
      this.abort.signal.addEventListener('abort', () => page.removeEventListener('pagehide', onPageHide), { once: true });
    }
  }


  /* -------------------------------------------------------------------------------------------- */
  /* Joining                                                                                       */
  /* -------------------------------------------------------------------------------------------- */

  async join(request: JoinRequest): Promise<void> {
    if (this.disposed) throw new TmjError('join-failed', 'disposed');
    if (this.joining || this.call) throw new TmjError('join-failed', 'already-joined');
    const locator = toSdkLocator(request);
    this.joining = true;
    this.leaving = false;
    this.request = request;
    this.update({
      call: 'connecting',
      end: undefined,
      self: {
        ...this.current.self,
        displayName: request.displayName,
        microphoneOn: request.media.microphoneOn,
        cameraOn: request.media.cameraOn,
      },
      chat: { ...this.current.chat, available: false, reason: request.chatEnabled ? 'not-joined' : 'disabled' },
    });
    try {
      await this.startCall(request, locator);
    } catch (error) {
      const tmj = toTmjError(error, 'join-failed');
      if (!this.leaving && !this.disposed) this.endCall({ outcome: 'failed', code: tmj.code, detail: tmj.detail });
      else this.releaseAll();
      throw tmj;
    } finally {
      this.joining = false;
    }
  }

  private async startCall(request: JoinRequest, locator: SdkLocator): Promise<void> {
    const sdk = await this.loadSdk();
    this.checkAlive();

    let client: SessionCallClient;
    try {
      client = sdk.createCallClient();
    } catch (error) {
      const mapped = mapSdkError(error, 'unsupported-browser');
      throw new TmjError(mapped.code, mapped.detail, { cause: error });
    }
    this.client = client;

    const initial = await this.options.tokenSource.getToken({ signal: this.abort.signal });
    this.checkAlive();
    this.selfRawId = rawIdFromToken(initial.token);
    const refresher = createTokenRefresher({
      source: this.options.tokenSource,
      initial,
      backoffMs: this.deps.tokenBackoffMs,
      signal: this.abort.signal,
      onWarning: () => this.emit({ type: 'warning', code: 'token-refresh-failed' }),
      onExpired: () => {
        if (this.call) void this.failCall({ outcome: 'failed', code: 'token-refresh-failed' });
      },
    });
    const credential = sdk.createCredential(initial.token, refresher);
    this.credential = credential;

    const agent = await this.withTimeout(
      request.identity === 'teams'
        ? client.createTeamsCallAgent(credential)
        : client.createCallAgent(credential, { displayName: request.displayName }),
      this.deps.agentTimeoutMs ?? 30_000,
      'call-agent-timeout',
      // An agent that arrives after we gave up must not linger (it holds a connection and the token).
      (late) => void late.dispose().catch(() => undefined),
    ).catch((error: unknown) => {
      if (error instanceof TmjError) throw error;
      const mapped = mapSdkError(error, 'join-failed');
      throw new TmjError(mapped.code, mapped.detail, { cause: error });
    });
    this.agent = agent;
    this.checkAlive();
    const onConnection = (args: { newValue: string; reason?: string | undefined }) => {
      if (args.newValue === 'Disconnected' && args.reason === 'invalidToken' && this.call) {
        void this.failCall({ outcome: 'failed', code: 'token-rejected', detail: 'agent/invalidToken' });
      }
    };
    agent.on('connectionStateChanged', onConnection);
    this.callCleanup.push(() => agent.off('connectionStateChanged', onConnection));

    await this.prepareDevices(client, request);
    this.checkAlive();

    const joinOptions = {
      audioOptions: { muted: !request.media.microphoneOn },
      ...(this.localVideo ? { videoOptions: { localVideoStreams: [this.localVideo] } } : {}),
    };
    let call: SessionCall;
    try {
      call = 'meetingLink' in locator ? agent.join(locator, joinOptions) : agent.join(locator, joinOptions);
    } catch (error) {
      const mapped = mapSdkError(error, 'join-failed');
      throw new TmjError(mapped.code, mapped.detail, { cause: error });
    }
    this.call = call;
    this.wireCall(call, sdk);
    this.connectTimer = setTimeout(() => {
      if (this.current.call === 'connecting') {
        void this.failCall({ outcome: 'failed', code: 'network', detail: 'connect-timeout' });
      }
    }, this.deps.connectTimeoutMs ?? 45_000);
    this.onCallState();
  }

  private async loadSdk(): Promise<CallingSdk> {
    if (this.sdk) return this.sdk;
    try {
      this.sdk = this.deps.loadSdk ? await this.deps.loadSdk() : (await import('./calling-sdk.js')).callingSdk;
      return this.sdk;
    } catch (error) {
      throw new TmjError('sdk-load-failed', 'calling', { cause: error });
    }
  }

  private async prepareDevices(client: SessionCallClient, request: JoinRequest): Promise<void> {
    try {
      this.deviceManager = await client.getDeviceManager();
    } catch {
      this.deviceManager = undefined;
    }
    const dm = this.deviceManager;
    if (!dm) return;
    const [cameras, microphones, speakers] = await Promise.all([
      dm.getCameras().catch(() => []),
      dm.getMicrophones().catch(() => []),
      dm.isSpeakerSelectionAvailable ? dm.getSpeakers().catch(() => []) : Promise.resolve([]),
    ]);
    const media = request.media;
    const camera = pickDevice(cameras, media.cameraId, media.cameraLabel);
    const microphone = pickDevice(microphones, media.microphoneId, media.microphoneLabel);
    const speaker = pickDevice(speakers, media.speakerId, media.speakerLabel);
    if (microphone && (media.microphoneId || media.microphoneLabel)) await dm.selectMicrophone(microphone).catch(() => undefined);
    if (speaker && (media.speakerId || media.speakerLabel)) await dm.selectSpeaker(speaker).catch(() => undefined);
    if (media.cameraOn && camera) this.localVideo = this.sdkOrThrow().createLocalVideoStream(camera);
    const devices: DeviceInfo[] = [
      ...cameras.map((d) => ({ id: d.id, label: d.name, kind: 'camera' as const })),
      ...microphones.map((d) => ({ id: d.id, label: d.name, kind: 'microphone' as const })),
      ...speakers.map((d) => ({ id: d.id, label: d.name, kind: 'speaker' as const })),
    ];
    this.update({
      devices,
      self: {
        ...this.current.self,
        cameraOn: Boolean(this.localVideo),
        cameraId: camera?.id,
        microphoneId: microphone?.id ?? dm.selectedMicrophone?.id,
        speakerId: speaker?.id ?? dm.selectedSpeaker?.id,
      },
    });
  }

  /* -------------------------------------------------------------------------------------------- */
  /* Call wiring                                                                                   */
  /* -------------------------------------------------------------------------------------------- */

  private wireCall(call: SessionCall, sdk: CallingSdk): void {
    // Written out one by one (no loop over names) so each event name is checked against the SDK's overloads.
    const onState = () => this.onCallState();
    const onMuted = () => this.updateSelf({ microphoneOn: !call.isMuted });
    const onSharing = () => this.updateSelf({ screenSharing: call.isScreenSharingOn });
    const onVideo = () => this.refreshStreams();
    const onMutedByOthers = () => this.emit({ type: 'muted-by-others' });
    call.on('stateChanged', onState);
    call.on('isMutedChanged', onMuted);
    call.on('isScreenSharingOnChanged', onSharing);
    call.on('isLocalVideoStartedChanged', onVideo);
    call.on('mutedByOthers', onMutedByOthers);
    this.callCleanup.push(() => {
      call.off('stateChanged', onState);
      call.off('isMutedChanged', onMuted);
      call.off('isScreenSharingOnChanged', onSharing);
      call.off('isLocalVideoStartedChanged', onVideo);
      call.off('mutedByOthers', onMutedByOthers);
    });
    const onParticipants = (args: { added: RemoteParticipant[]; removed: RemoteParticipant[] }) => {
      for (const p of args.added) this.addRemote(p);
      for (const p of args.removed) this.removeRemote(p);
      this.refreshParticipants();
    };
    call.on('remoteParticipantsUpdated', onParticipants);
    this.callCleanup.push(() => call.off('remoteParticipantsUpdated', onParticipants));
    for (const p of call.remoteParticipants) this.addRemote(p);
    this.wireFeatures(call, sdk);
  }

  private wireFeatures(call: SessionCall, sdk: CallingSdk): void {
    const f = sdk.features;
    // Each feature is optional: one that throws (not supported for this call kind/state) must not break the call.
    attempt(() => {
      const recording = call.feature(f.Recording);
      const handler = () => this.update({ compliance: { ...this.current.compliance, recording: recording.isRecordingActive } });
      recording.on('isRecordingActiveChanged', handler);
      this.callCleanup.push(() => recording.off('isRecordingActiveChanged', handler));
      this.featureReaders.push(handler);
    });
    attempt(() => {
      const transcription = call.feature(f.Transcription);
      const handler = () =>
        this.update({ compliance: { ...this.current.compliance, transcription: transcription.isTranscriptionActive } });
      transcription.on('isTranscriptionActiveChanged', handler);
      this.callCleanup.push(() => transcription.off('isTranscriptionActiveChanged', handler));
      this.featureReaders.push(handler);
    });
    attempt(() => {
      const capabilities = call.feature(f.Capabilities);
      const handler = () => {
        const c = capabilities.capabilities;
        const present = (name: 'unmuteMic' | 'turnVideoOn' | 'shareScreen' | 'raiseHand', fallback: boolean) =>
          c?.[name]?.isPresent ?? fallback;
        this.update({
          capabilities: {
            unmuteMic: present('unmuteMic', true),
            turnVideoOn: present('turnVideoOn', true),
            shareScreen: present('shareScreen', true),
            raiseHand: present('raiseHand', false),
          },
        });
      };
      capabilities.on('capabilitiesChanged', handler);
      this.callCleanup.push(() => capabilities.off('capabilitiesChanged', handler));
      this.featureReaders.push(handler);
    });
    attempt(() => {
      const dominant = call.feature(f.DominantSpeakers);
      const handler = () =>
        this.update({ dominantSpeakers: (dominant.dominantSpeakers?.speakersList ?? []).map((id) => rawId(id)) });
      dominant.on('dominantSpeakersChanged', handler);
      this.callCleanup.push(() => dominant.off('dominantSpeakersChanged', handler));
      this.featureReaders.push(handler);
    });
    attempt(() => {
      const raiseHand = call.feature(f.RaiseHand);
      this.raiseHandFeature = raiseHand;
      const handler = () => {
        this.raisedHands = new Set(raiseHand.getRaisedHands().map((h) => rawId(h.identifier)));
        this.updateSelf({ handRaised: this.raisedHands.has(this.selfRawId) });
        this.refreshParticipants();
      };
      raiseHand.on('raisedHandEvent', handler);
      raiseHand.on('loweredHandEvent', handler);
      this.callCleanup.push(() => {
        raiseHand.off('raisedHandEvent', handler);
        raiseHand.off('loweredHandEvent', handler);
      });
      this.featureReaders.push(handler);
    });
    attempt(() => {
      const diagnostics = call.feature(f.UserFacingDiagnostics);
      const handler = (args: NetworkDiagnosticChangedEventArgs) => {
        if (args.diagnostic !== 'networkReconnect') return;
        // DiagnosticQuality: 1 Good, 2 Poor, 3 Bad. 2.x has no "reconnecting" call state; this is the signal.
        const bad = args.value === 2 || args.value === 3;
        this.setReconnecting(bad);
      };
      diagnostics.network.on('diagnosticChanged', handler);
      this.callCleanup.push(() => diagnostics.network.off('diagnosticChanged', handler));
    });
  }

  private readonly featureReaders: Array<() => void> = [];
  private raiseHandFeature: { raiseHand(): Promise<void>; lowerHand(): Promise<void> } | undefined;

  private onCallState(): void {
    const call = this.call;
    if (!call) return;
    const state = call.state;
    if (state === 'Disconnected') {
      const end: CallEnd = this.leaving ? { outcome: 'left', code: 'left' } : mapCallEndReason(call.callEndReason);
      this.endCall(end);
      return;
    }
    const phase = phaseOf(state, this.current.call);
    // Feature values may already be set at admission (a meeting already recorded): re-read on every change.
    for (const read of this.featureReaders) attempt(read);
    if (phase === 'connected' && !this.everConnected) {
      this.everConnected = true;
      clearTimeout(this.connectTimer);
      void this.startChat(call);
    }
    if (phase !== 'connecting') clearTimeout(this.connectTimer);
    this.update({
      call: this.reconnecting && phase === 'connected' ? 'reconnecting' : phase,
      self: { ...this.current.self, microphoneOn: !call.isMuted, screenSharing: call.isScreenSharingOn },
    });
    this.refreshParticipants();
  }

  private setReconnecting(on: boolean): void {
    if (this.reconnecting === on) return;
    this.reconnecting = on;
    if (this.current.call === 'connected' && on) this.update({ call: 'reconnecting' });
    else if (this.current.call === 'reconnecting' && !on) {
      this.update({ call: 'connected' });
      this.emit({ type: 'reconnected' });
    }
  }

  /* -------------------------------------------------------------------------------------------- */
  /* Participants and streams                                                                      */
  /* -------------------------------------------------------------------------------------------- */

  private addRemote(participant: RemoteParticipant): void {
    const id = rawId(participant.identifier);
    if (this.remotes.has(id)) return;
    const entry: RemoteEntry = { participant, unsubscribe: [], streams: new Map() };
    this.remotes.set(id, entry);
    const refresh = () => this.refreshParticipants();
    participant.on('stateChanged', refresh);
    participant.on('isMutedChanged', refresh);
    participant.on('isSpeakingChanged', refresh);
    participant.on('displayNameChanged', refresh);
    participant.on('roleChanged', refresh);
    entry.unsubscribe.push(() => {
      participant.off('stateChanged', refresh);
      participant.off('isMutedChanged', refresh);
      participant.off('isSpeakingChanged', refresh);
      participant.off('displayNameChanged', refresh);
      participant.off('roleChanged', refresh);
    });
    const onStreams = (args: { added: RemoteVideoStream[]; removed: RemoteVideoStream[] }) => {
      for (const s of args.added) this.addStream(id, entry, s);
      for (const s of args.removed) this.removeStream(entry, streamKey(id, s));
      this.refreshParticipants();
    };
    participant.on('videoStreamsUpdated', onStreams);
    entry.unsubscribe.push(() => participant.off('videoStreamsUpdated', onStreams));
    for (const s of participant.videoStreams) this.addStream(id, entry, s);
  }

  private removeRemote(participant: RemoteParticipant): void {
    const id = rawId(participant.identifier);
    const entry = this.remotes.get(id);
    if (!entry) return;
    for (const off of entry.unsubscribe) off();
    for (const key of [...entry.streams.keys()]) this.removeStream(entry, key);
    this.remotes.delete(id);
  }

  private addStream(participantId: string, entry: RemoteEntry, stream: RemoteVideoStream): void {
    const key = streamKey(participantId, stream);
    if (entry.streams.has(key)) return;
    const onAvailable = () => {
      // A stream that stops being available loses its views: the renderer would show a frozen frame.
      if (!stream.isAvailable) this.disposeRenderers(key);
      this.refreshParticipants();
    };
    stream.on('isAvailableChanged', onAvailable);
    entry.streams.set(key, { stream, unsubscribe: () => stream.off('isAvailableChanged', onAvailable) });
  }

  private removeStream(entry: RemoteEntry, key: string): void {
    entry.streams.get(key)?.unsubscribe();
    entry.streams.delete(key);
    this.disposeRenderers(key);
  }

  private refreshParticipants(): void {
    const participants: Participant[] = [];
    for (const [id, entry] of this.remotes) {
      const p = entry.participant;
      const state = participantState(p.state);
      if (state === 'disconnected') continue;
      const streams = [...entry.streams.values()].map((s) => s.stream);
      participants.push({
        id,
        displayName: p.displayName ?? '',
        isTeamsUser: p.identifier.kind === 'microsoftTeamsUser',
        role: roleOf(p.role),
        state,
        isMuted: p.isMuted,
        isSpeaking: p.isSpeaking,
        isHandRaised: this.raisedHands.has(id),
        videoOn: streams.some((s) => s.mediaStreamType === 'Video' && s.isAvailable),
        screenSharing: streams.some((s) => s.mediaStreamType === 'ScreenSharing' && s.isAvailable),
      });
    }
    this.current = { ...this.current, participants };
    this.refreshStreams();
  }

  private refreshStreams(): void {
    const streams: VideoStreamInfo[] = [];
    if (this.localVideo && this.current.self.cameraOn) {
      streams.push({ id: SELF_CAMERA, participantId: SELF, kind: 'camera', available: true });
    }
    for (const [id, entry] of this.remotes) {
      for (const [key, { stream }] of entry.streams) {
        if (stream.mediaStreamType !== 'Video' && stream.mediaStreamType !== 'ScreenSharing') continue;
        streams.push({
          id: key,
          participantId: id,
          kind: stream.mediaStreamType === 'ScreenSharing' ? 'screen' : 'camera',
          available: stream.isAvailable,
        });
      }
    }
    this.update({ streams });
  }

  async createVideoView(streamId: string, options?: { fit?: 'cover' | 'contain' }): Promise<VideoView> {
    const sdk = this.sdkOrThrow();
    let source: LocalVideoStream | RemoteVideoStream | undefined;
    if (streamId === SELF_CAMERA) source = this.localVideo;
    else {
      for (const entry of this.remotes.values()) {
        const found = entry.streams.get(streamId);
        if (found?.stream.isAvailable) source = found.stream;
      }
    }
    if (!source) throw new TmjError('call-failed', 'stream-unavailable');
    const renderer = sdk.createRenderer(source);
    let set = this.renderers.get(streamId);
    if (!set) this.renderers.set(streamId, (set = new Set()));
    set.add(renderer);
    try {
      const view = await renderer.createView({
        scalingMode: options?.fit === 'contain' ? 'Fit' : 'Crop',
        isMirrored: streamId === SELF_CAMERA,
      });
      const owner = set;
      return {
        element: view.target,
        dispose: () => {
          if (!owner.delete(renderer)) return;
          attempt(() => view.dispose());
          attempt(() => renderer.dispose());
        },
      };
    } catch (error) {
      set.delete(renderer);
      attempt(() => renderer.dispose());
      throw new TmjError('call-failed', 'render-failed', { cause: error });
    }
  }

  private disposeRenderers(key: string): void {
    const set = this.renderers.get(key);
    if (!set) return;
    for (const renderer of set) attempt(() => renderer.dispose());
    this.renderers.delete(key);
  }

  /* -------------------------------------------------------------------------------------------- */
  /* Commands                                                                                      */
  /* -------------------------------------------------------------------------------------------- */

  async setMicrophone(on: boolean): Promise<void> {
    const call = this.call;
    if (!call || !this.inCall()) {
      this.updateSelf({ microphoneOn: on });
      return;
    }
    if (on && !this.current.capabilities.unmuteMic) throw new TmjError('not-permitted', 'unmuteMic');
    await (on ? call.unmute() : call.mute()).catch((error: unknown) => {
      throw new TmjError('media-device-failed', 'microphone', { cause: error });
    });
    this.updateSelf({ microphoneOn: !call.isMuted });
  }

  async setCamera(on: boolean): Promise<void> {
    const call = this.call;
    if (on && this.inCall() && !this.current.capabilities.turnVideoOn) throw new TmjError('not-permitted', 'turnVideoOn');
    if (on) {
      if (!this.localVideo) {
        const camera = await this.currentCamera();
        if (!camera) throw new TmjError('media-no-device', 'camera');
        this.localVideo = this.sdkOrThrow().createLocalVideoStream(camera);
      }
      if (call && this.inCall() && !call.isLocalVideoStarted) {
        await call.startVideo(this.localVideo).catch((error: unknown) => {
          throw new TmjError('media-device-failed', 'camera', { cause: error });
        });
      }
      this.updateSelf({ cameraOn: true });
    } else {
      const stream = this.localVideo;
      this.localVideo = undefined;
      this.disposeRenderers(SELF_CAMERA);
      if (stream && call && call.isLocalVideoStarted) await call.stopVideo(stream).catch(() => undefined);
      // Disposing releases the device: the camera light must go off when the visitor turns video off.
      attempt(() => stream?.dispose());
      this.updateSelf({ cameraOn: false });
    }
    this.refreshStreams();
  }

  async setScreenShare(on: boolean): Promise<void> {
    const call = this.call;
    if (!call || !this.inCall()) throw new TmjError('call-failed', 'not-in-call');
    if (on && !this.current.capabilities.shareScreen) throw new TmjError('not-permitted', 'shareScreen');
    try {
      if (on) await call.startScreenSharing();
      else await call.stopScreenSharing();
    } catch (error) {
      // Cancelling the browser's picker also lands here: state simply stays as it was.
      this.updateSelf({ screenSharing: call.isScreenSharingOn });
      throw new TmjError('media-permission-denied', 'screen', { cause: error });
    }
    this.updateSelf({ screenSharing: call.isScreenSharingOn });
  }

  async setHandRaised(raised: boolean): Promise<void> {
    const feature = this.raiseHandFeature;
    if (!feature || !this.inCall()) throw new TmjError('call-failed', 'raise-hand-unavailable');
    try {
      await (raised ? feature.raiseHand() : feature.lowerHand());
    } catch (error) {
      throw new TmjError('call-failed', 'raise-hand', { cause: error });
    }
    this.updateSelf({ handRaised: raised });
  }

  async selectDevice(kind: DeviceInfo['kind'], id: string): Promise<void> {
    const dm = this.deviceManager;
    if (!dm) throw new TmjError('media-no-device', kind);
    try {
      if (kind === 'camera') {
        const camera = (await dm.getCameras()).find((d) => d.id === id);
        if (!camera) throw new TmjError('media-no-device', 'camera');
        if (this.localVideo) await this.localVideo.switchSource(camera);
        this.updateSelf({ cameraId: id });
      } else if (kind === 'microphone') {
        const mic = (await dm.getMicrophones()).find((d) => d.id === id);
        if (!mic) throw new TmjError('media-no-device', 'microphone');
        await dm.selectMicrophone(mic);
        this.updateSelf({ microphoneId: id });
      } else {
        const speaker = (await dm.getSpeakers()).find((d) => d.id === id);
        if (!speaker) throw new TmjError('media-no-device', 'speaker');
        await dm.selectSpeaker(speaker);
        this.updateSelf({ speakerId: id });
      }
    } catch (error) {
      throw toTmjError(error, 'media-device-failed');
    }
  }

  async leave(): Promise<void> {
    if (this.leaving) return;
    this.leaving = true;
    const call = this.call;
    if (call && call.state !== 'Disconnected') {
      await hangUpBounded(call, this.deps.hangUpTimeoutMs ?? 5000);
      // hangUp normally drives stateChanged → Disconnected → endCall; make sure it happened.
      if (this.call === call) this.endCall({ outcome: 'left', code: 'left' });
    } else if (this.joining || this.current.call !== 'idle') {
      if (this.current.call !== 'ended') this.endCall({ outcome: 'left', code: 'left' });
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.leaving = true;
    const call = this.call;
    if (call && call.state !== 'Disconnected') {
      // Best effort: dispose() is synchronous (pagehide), the hang-up request is sent as the page goes.
      call.hangUp().catch(() => undefined);
      this.endCall({ outcome: 'left', code: 'left' });
    }
    this.disposed = true;
    this.releaseAll();
    this.abort.abort();
    this.clearListeners();
  }

  /* -------------------------------------------------------------------------------------------- */
  /* Chat                                                                                          */
  /* -------------------------------------------------------------------------------------------- */

  private async startChat(call: SessionCall): Promise<void> {
    const request = this.request;
    if (!request) return;
    const unavailable = (reason: ChatUnavailableReason) =>
      this.update({ chat: { ...this.current.chat, available: false, reason } });
    if (!request.chatEnabled) return unavailable('disabled');
    // Teams-identity chat goes through Microsoft Graph, not ACS Chat (later work).
    if (request.identity === 'teams') return unavailable('teams-identity');
    const threadId = call.info?.threadId ?? request.locator.threadId;
    if (!threadId) return unavailable('error');
    // Channel meetings (thread ids `…@thread.tacv2` / `…@thread.skype`) have no chat for ACS users.
    if (CHANNEL_THREAD.test(threadId)) return unavailable('channel-meeting');
    const endpoint = this.options.acsEndpoint ?? this.options.tokenSource.endpoint;
    if (!endpoint) return unavailable('no-endpoint');
    const credential = this.credential;
    if (!credential) return unavailable('error');

    const chatOptions: ChatControllerOptions = {
      endpoint,
      threadId,
      credential,
      selfId: this.selfRawId,
      displayName: request.displayName,
      onChange: (chat: ChatState) => {
        if (this.chat) this.update({ chat });
      },
      onMessage: (message) => this.emit({ type: 'chat-message', message }),
      onWarning: (code: ErrorCode) => this.emit({ type: 'warning', code }),
    };
    try {
      const chat = this.deps.createChat
        ? await this.deps.createChat(chatOptions)
        : new (await import('../chat/index.js')).ChatController(chatOptions);
      if (this.call !== call || this.leaving || this.disposed) {
        chat.stop();
        return;
      }
      this.chat = chat;
      await chat.start(this.abort.signal);
      if (this.chat === chat) this.update({ chat: chat.state });
    } catch {
      this.update({ chat: { ...this.current.chat, available: false, reason: 'error', error: 'chat-unavailable' } });
    }
  }

  /* -------------------------------------------------------------------------------------------- */
  /* Ending and cleanup                                                                            */
  /* -------------------------------------------------------------------------------------------- */

  private async failCall(end: CallEnd): Promise<void> {
    const call = this.call;
    this.pendingEnd = end;
    if (call && call.state !== 'Disconnected') await hangUpBounded(call, this.deps.hangUpTimeoutMs ?? 5000);
    if (this.call === call) this.endCall(end);
  }

  private pendingEnd: CallEnd | undefined;

  private endCall(end: CallEnd): void {
    // A failure the session itself decided (watchdog, token) wins over the 0/0 the forced hang-up produces.
    const final = this.pendingEnd ?? end;
    this.pendingEnd = undefined;
    this.releaseAll();
    this.update({
      call: 'ended',
      end: final,
      participants: [],
      streams: [],
      dominantSpeakers: [],
      self: { ...this.current.self, cameraOn: false, screenSharing: false, handRaised: false },
      chat: { ...this.current.chat, available: false, reason: this.current.chat.reason === 'disabled' ? 'disabled' : 'not-joined', typing: [] },
    });
  }

  /** Stops and disposes everything this session created. Safe to call repeatedly. */
  private releaseAll(): void {
    clearTimeout(this.connectTimer);
    this.chat?.stop();
    this.chat = undefined;
    for (const off of this.callCleanup.splice(0)) attempt(off);
    this.featureReaders.length = 0;
    this.raiseHandFeature = undefined;
    for (const entry of this.remotes.values()) {
      for (const off of entry.unsubscribe) attempt(off);
      for (const s of entry.streams.values()) attempt(s.unsubscribe);
    }
    this.remotes.clear();
    for (const key of [...this.renderers.keys()]) this.disposeRenderers(key);
    const localVideo = this.localVideo;
    this.localVideo = undefined;
    attempt(() => localVideo?.dispose());
    this.call = undefined;
    const agent = this.agent;
    this.agent = undefined;
    const client = this.client;
    this.client = undefined;
    // Agent first, then the client (which owns the device manager and the SDK's workers). Measured with SDK
    // 2.0.0: disposing the client right after a call ends races the SDK's own post-call audio work (an uncaught
    // "reading 'updateDevices'" TypeError inside the SDK), so the client goes after a short settle time.
    const agentGone = agent ? agent.dispose().catch(() => undefined) : Promise.resolve();
    if (client) {
      void agentGone.then(() => {
        setTimeout(() => void client.dispose().catch(() => undefined), this.deps.clientDisposeDelayMs ?? 2000);
      });
    }
    this.deviceManager = undefined;
    attempt(() => this.credential?.dispose());
    this.credential = undefined;
  }

  /* -------------------------------------------------------------------------------------------- */

  private inCall(): boolean {
    return this.current.call === 'connected' || this.current.call === 'reconnecting' || this.current.call === 'lobby';
  }

  private async currentCamera(): Promise<VideoDeviceInfo | undefined> {
    const cameras = (await this.deviceManager?.getCameras().catch(() => [])) ?? [];
    return cameras.find((c) => c.id === this.current.self.cameraId) ?? cameras[0];
  }

  private sdkOrThrow(): CallingSdk {
    if (!this.sdk) throw new TmjError('call-failed', 'not-joined');
    return this.sdk;
  }

  private checkAlive(): void {
    if (this.disposed || this.leaving) throw new TmjError('join-failed', 'cancelled');
  }

  private withTimeout<T>(promise: Promise<T>, ms: number, detail: string, onLate: (value: T) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        reject(new TmjError('network', detail));
      }, ms);
      promise.then(
        (value) => {
          clearTimeout(timer);
          if (timedOut) onLate(value);
          else resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  private updateSelf(patch: Partial<SessionState['self']>): void {
    this.update({ self: { ...this.current.self, ...patch } });
  }

  private update(patch: Partial<SessionState>): void {
    if (this.disposed && patch.call === undefined) return;
    this.current = { ...this.current, ...patch };
    this.emit({ type: 'state', state: this.current });
  }

}

/* ---------------------------------------------------------------------------------------------- */

type SdkLocator = { meetingLink: string } | { meetingId: string; passcode?: string };

function toSdkLocator(request: JoinRequest): SdkLocator {
  const locator = request.locator;
  if (locator.kind === 'link' && locator.link) return { meetingLink: locator.link };
  if (locator.kind === 'meeting-id' && locator.meetingId) {
    return locator.passcode ? { meetingId: locator.meetingId, passcode: locator.passcode } : { meetingId: locator.meetingId };
  }
  throw new TmjError('missing-locator');
}

/** The visitor's raw id from the token's `skypeid` claim (`acs:…` → `8:acs:…`); read, never verified or logged. */
export function rawIdFromToken(token: string): string {
  const skypeid = jwtPayload(token)?.['skypeid'];
  return typeof skypeid === 'string' && skypeid ? `8:${skypeid}` : '';
}

function rawId(identifier: CommunicationIdentifierKind | Parameters<typeof getIdentifierRawId>[0]): string {
  try {
    return getIdentifierRawId(identifier);
  } catch {
    return '';
  }
}

function streamKey(participantId: string, stream: RemoteVideoStream): string {
  return `${participantId}|${stream.mediaStreamType}|${stream.id}`;
}

export function phaseOf(state: CallState, previous: CallPhase): CallPhase {
  switch (state) {
    case 'None':
    case 'Connecting':
    case 'Ringing':
    case 'EarlyMedia':
      return 'connecting';
    case 'InLobby':
      return 'lobby';
    case 'Connected':
    case 'LocalHold':
    case 'RemoteHold':
      return 'connected';
    case 'Disconnecting':
      return previous;
    case 'Disconnected':
      return 'ended';
  }
}

function participantState(state: RemoteParticipantState): Participant['state'] {
  switch (state) {
    case 'InLobby':
      return 'lobby';
    case 'Connected':
      return 'connected';
    case 'Hold':
      return 'hold';
    case 'Disconnected':
      return 'disconnected';
    default:
      return 'connecting';
  }
}

function roleOf(role: ParticipantRole): Participant['role'] {
  if (role === 'Organizer' || role === 'Co-organizer') return 'organizer';
  if (role === 'Presenter') return 'presenter';
  if (role === 'Attendee' || role === 'Consumer') return 'attendee';
  return undefined;
}

/** The SDK's device ids differ from the browser's: match by id (exact or contained), then label, then default. */
export function pickDevice<T extends { id: string; name: string; isSystemDefault?: boolean }>(
  devices: readonly T[],
  id: string | undefined,
  label: string | undefined,
): T | undefined {
  if (id) {
    const exact = devices.find((d) => d.id === id) ?? devices.find((d) => d.id.endsWith(`:${id}`) || d.id.includes(id));
    if (exact) return exact;
  }
  if (label) {
    const byLabel = devices.find((d) => d.name === label);
    if (byLabel) return byLabel;
  }
  return devices.find((d) => d.isSystemDefault) ?? devices[0];
}

/** Offline, a hang-up request may never be answered: the visitor's "leave" must still end the call here. */
function hangUpBounded(call: SessionCall, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    call.hangUp().then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => {
        clearTimeout(timer);
        resolve();
      },
    );
  });
}

function attempt(fn: () => void): void {
  try {
    fn();
  } catch {
    // Cleanup and optional features are best effort; one failure must not stop the rest.
  }
}
