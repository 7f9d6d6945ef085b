/**
 * `MeetingSession` for the local meeting emulator (demo/server): WebSocket signalling on loopback
 * (./signalling.ts), a mesh of real WebRTC connections between participants with speaking detection
 * (./peer-links.ts), what each server message does (./server-messages.ts), the projection of all that into
 * `SessionState` (./state-projection.ts), device changes (./device-watch.ts), and meeting chat through the shared
 * chat controller over the real `@azure/communication-chat` SDK (./session-chat.ts; the emulator speaks the ACS
 * Chat REST API). Selected only by the element's explicit `emulator` attribute, and only for loopback URLs.
 * This file owns the session's state and the join/leave/teardown path, and hands the parts narrow hosts.
 *
 * Teardown: a session that was left or disposed at any await of the join path (token, each device, socket)
 * goes no further — it never opens the socket or takes a seat, and releases any device it was given late.
 * Its one credential (../session-credential.ts) is disposed with it: no token request after the end.
 */
import { TmjError } from '../../core/errors.js';
import type { ChatController } from '../chat/index.js';
import { SessionCredential } from '../session-credential.js';
import type {
  BackgroundEffect,
  CallEnd,
  DeviceInfo,
  JoinRequest,
  MeetingSession,
  ReactionKind,
  SessionOptions,
  SessionState,
  VideoStreamInfo,
  VideoView,
} from '../types.js';
import { applyMediaAfterConsent } from '../consent-media.js';
import { SessionBase } from '../session-base.js';
import { ConsentWaiters } from './consent.js';
import { EmulatorGuestFeatures } from './guest-features.js';
import { parseEmulatorUrl } from './emulator-url.js';
import { DeviceRefresh } from './device-watch.js';
import { MediaControls } from './media-controls.js';
import { PeerLinks } from './peer-links.js';
import type { ClientMessage, ServerMessage, WireParticipant } from './protocol.js';
import { ResumeToken } from './resume-token.js';
import { Roster, iceConfig } from './roster.js';
import { handleServerMessage, type ServerMessageHost } from './server-messages.js';
import { startSessionChat, type SessionChatHost } from './session-chat.js';
import { Signalling } from './signalling.js';
import { connectingPatch, endedPatch, sameState } from './state-projection.js';
import { VideoViews } from './video-views.js';

type Phase = SessionState['call'];

/** Test and bench knobs (the element never sets them). */
export interface EmulatorSessionDeps {
  /** Bound on opening the signalling socket. Default 10 s. */
  readonly connectTimeoutMs?: number | undefined;
  /** Token refresh backoff. Default 1, 2, 4, 8, 15, 30 s. */
  readonly tokenBackoffMs?: readonly number[] | undefined;
}

/** Sessions not disposed yet (leak tests and the bench read it). */
let liveSessions = 0;
export function liveEmulatorSessions(): number {
  return liveSessions;
}

export class EmulatorSession extends SessionBase<ChatController> implements MeetingSession {
  readonly kind = 'emulator' as const;
  private readonly options: SessionOptions;
  private readonly base: URL;
  private readonly abort = new AbortController();

  private request: JoinRequest | undefined;
  private credential: SessionCredential | undefined;
  private signalling: Signalling | undefined;
  private participantId: string | undefined;
  private resumeKey: string | undefined;
  private finished = false;
  private joinStarted = false;
  private readonly resumeToken = new ResumeToken();
  private phaseBeforeReconnect: Phase = 'connected';

  private readonly roster: Roster;
  /** ICE settings from the server's welcome/admission (its loopback TURN relay), for every peer link. */
  private ice: RTCConfiguration = {};
  private readonly peers: PeerLinks;
  private readonly views = new VideoViews();
  private readonly controls: MediaControls;
  private readonly consentWaiters = new ConsentWaiters();
  /** Captions, reactions, spotlight, breakout rooms (./guest-features.ts). */
  private readonly guest: EmulatorGuestFeatures;
  private readonly devices: DeviceRefresh;
  private readonly messageHost: ServerMessageHost;
  private readonly chatHost: SessionChatHost;

  constructor(options: SessionOptions, private readonly deps: EmulatorSessionDeps = {}) {
    super();
    liveSessions += 1;
    this.options = options;
    this.base = parseEmulatorUrl(options.emulatorUrl);
    options.signal?.addEventListener('abort', () => this.dispose(), { once: true, signal: this.abort.signal });
    this.peers = new PeerLinks({
      rtcConfig: () => this.ice,
      send: (to, data) => this.send({ type: 'signal', to, data }),
      localTrack: (slot) => this.controls.local.tracks[slot],
      knows: (id) => this.roster.has(id),
      isSynthetic: (id) => this.roster.isSynthetic(id),
      speakerId: () => this.current.self.speakerId,
      onChange: () => this.publishPeople(),
      onSpeaking: (id, on) => this.onSpeaking(id, on),
    });
    this.roster = new Roster(this.peers);
    this.controls = new MediaControls(
      {
        state: () => this.current,
        publish: (patch) => this.publish(patch),
        send: (message) => this.send(message),
        streams: () => this.computeStreams(),
        finished: () => this.finished,
        gone: () => this.gone,
        systemMuted: (muted) => {
          if (!this.gone) this.publish({ diagnostics: { ...this.current.diagnostics, microphoneMutedBySystem: muted } });
        },
      },
      this.peers,
    );
    const session = this;
    this.guest = new EmulatorGuestFeatures({
      get state() {
        return session.current;
      },
      publish: (patch) => this.publish(patch),
      emit: (event) => this.emit(event),
      send: (message) => this.send(message),
      selfId: () => this.participantId,
      inCall: () => !this.gone && (this.current.call === 'connected' || this.current.call === 'reconnecting'),
      regroup: (participants) => this.regroup(participants),
    });
    this.devices = new DeviceRefresh({
      state: () => this.current,
      publish: (patch) => this.publish(patch),
      gone: () => this.gone,
      selectDevice: (kind, id) => this.controls.selectDevice(kind, id),
      setMicrophone: (on) => this.controls.setMicrophone(on),
      setCamera: (on) => this.controls.setCamera(on),
      onFailure: () => this.emit({ type: 'warning', code: 'media-device-failed' }),
    });
    this.messageHost = {
      roster: this.roster,
      peers: this.peers,
      controls: this.controls,
      guest: this.guest,
      selfId: () => this.participantId,
      seat: (msg) => this.seat(msg),
      admittedIce: (msg) => {
        this.ice = iceConfig(msg) ?? this.ice;
      },
      phaseBeforeReconnect: () => this.phaseBeforeReconnect,
      publish: (patch) => this.publish(patch),
      publishPeople: () => this.publishPeople(),
      streams: () => this.computeStreams(),
      state: () => this.current,
      request: () => this.request,
      graph: !!options.graph,
      startChat: (threadId) => startSessionChat(this.chatHost, threadId),
      send: (message) => this.send(message),
      emit: (event) => this.emit(event),
      consentGranted: () => this.consentWaiters.settle(true),
      retryResume: () => this.resumeToken.refused(this.signalling?.isReconnecting === true),
      finish: (end) => this.finish(end),
    };
    this.chatHost = {
      base: this.base,
      graph: options.graph,
      signal: this.abort.signal,
      request: () => this.request,
      credential: () => this.credential,
      displayName: () => this.current.self.displayName,
      chat: () => this.chat,
      setChat: (chat) => {
        this.chat = chat;
      },
      gone: () => this.gone,
      onChange: (chat) => this.publish({ chat }),
      onUnavailable: () => this.publish({ chat: { ...this.current.chat, available: false, reason: 'error', error: 'chat-unavailable' } }),
      onMessage: (message) => this.emit({ type: 'chat-message', message }),
      onWarning: (code) => this.emit({ type: 'warning', code }),
    };
  }

  /** Left, ended or disposed: nothing may start any more. */
  private get gone(): boolean {
    return this.finished || this.abort.signal.aborted;
  }

  // — Join / leave —

  async join(request: JoinRequest): Promise<void> {
    if (this.joinStarted) throw new TmjError('join-failed', 'already joined');
    if (this.gone) throw new TmjError('join-failed', 'disposed');
    this.joinStarted = true;
    this.request = request;
    const threadId = request.locator.threadId;
    if (!threadId) throw new TmjError('meeting-not-found', 'the emulator finds meetings by thread id');

    const initial = await this.options.tokenSource.getToken({ signal: this.abort.signal });
    if (this.gone) throw new TmjError('join-failed', 'disposed');
    this.credential = new SessionCredential({
      source: this.options.tokenSource,
      initial,
      backoffMs: this.deps.tokenBackoffMs,
      onWarning: () => {
        if (!this.gone) this.emit({ type: 'warning', code: 'token-refresh-failed' });
      },
      onExpired: () => this.finish({ outcome: 'failed', code: 'token-refresh-failed' }),
    });

    await this.controls.open(request, () => {
      if (!this.gone) this.emit({ type: 'warning', code: 'media-device-failed' });
    });
    // Removed or left while the browser was asking for devices: no socket, no seat.
    if (this.gone) throw new TmjError('join-failed', 'disposed');
    void this.devices.run();
    navigator.mediaDevices?.addEventListener?.('devicechange', () => void this.devices.run(), { signal: this.abort.signal });
    // A page that goes away says goodbye, so others see the leave at once instead of after the grace period.
    globalThis.addEventListener?.('pagehide', () => this.dispose(), { signal: this.abort.signal });

    const capabilities = this.controls.grant({
      unmuteMic: true,
      turnVideoOn: true,
      shareScreen: typeof navigator.mediaDevices?.getDisplayMedia === 'function',
      raiseHand: true,
    });
    const local = this.controls.local;
    this.publish({
      ...connectingPatch(this.current, request, { has: (k) => local.has(k), tracks: local.devices }, capabilities, this.computeStreams()),
      effects: this.controls.effects(request),
    });
    this.signalling = new Signalling({
      base: this.base,
      connectTimeoutMs: this.deps.connectTimeoutMs,
      hello: (resume) => this.hello(resume),
      onMessage: (msg) => this.onMessage(msg),
      onReconnecting: () => {
        this.phaseBeforeReconnect = this.current.call;
        this.publish({ call: 'reconnecting' });
      },
      beforeResume: () => this.resumeToken.beforeResume(this.credential, this.gone),
      onFailed: (detail) =>
        this.finish(
          this.resumeToken.rejectedOnResume
            ? { outcome: 'failed', code: 'token-rejected', detail: 'resume' }
            : { outcome: 'failed', code: 'network', detail },
        ),
    });
    this.signalling.connect(false);
  }

  setOnScreen(participantIds: readonly string[]): void {
    this.peers.setOnScreen(participantIds);
  }

  async leave(): Promise<void> {
    if (this.finished) return;
    this.send({ type: 'leave' });
    this.finish({ outcome: 'left', code: 'left' });
  }

  dispose(): void {
    if (!this.finished) {
      this.send({ type: 'leave' });
      this.finish({ outcome: 'left', code: 'left' });
    }
    if (!this.abort.signal.aborted) liveSessions -= 1;
    this.abort.abort();
    this.credential?.dispose();
  }

  /** Ends the call for any reason: releases media, peers, views, chat, the socket and the credential. Idempotent. */
  private finish(end: CallEnd): void {
    if (this.finished) return;
    this.finished = true;
    this.consentWaiters.settle(false);
    this.signalling?.close();
    this.credential?.dispose();
    this.peers.closeAll();
    this.views.disposeAll();
    this.controls.stopAll();
    // Stopping chat turns messages still `sending` into `failed`: the end screen offers them (never lost).
    const chat = this.chat;
    chat?.stop();
    this.chat = undefined;
    const messages = chat ? chat.state.messages : this.current.chat.messages;
    this.roster.clear();
    this.publish({ ...endedPatch(this.current, end, messages), ...this.guest.reset() });
  }

  // — Signalling —

  private hello(resume: boolean): ClientMessage | undefined {
    const request = this.request;
    const token = this.credential?.current;
    if (!request || !token || this.gone) return undefined;
    return {
      type: 'hello',
      token: token.token,
      threadId: request.locator.threadId ?? '',
      displayName: request.displayName,
      media: this.controls.wire(),
      ...(resume && this.participantId && this.resumeKey
        ? { resume: { participantId: this.participantId, resumeKey: this.resumeKey } }
        : {}),
    } satisfies ClientMessage;
  }

  /** Seated (or seated again after a resume): who we are, how to resume, how to reach peers. */
  private seat(msg: Extract<ServerMessage, { type: 'welcome' }>): void {
    this.ice = iceConfig(msg) ?? this.ice;
    this.participantId = msg.participantId;
    this.resumeKey = msg.resumeKey;
    this.resumeToken.seated();
    const signalling = this.signalling;
    if (signalling) {
      signalling.reconnectWindowMs = msg.reconnectWindowMs;
      signalling.seat();
    }
  }

  private send(message: ClientMessage): void {
    this.signalling?.send(message);
  }

  private onMessage(msg: ServerMessage): void {
    if (!this.gone) handleServerMessage(this.messageHost, msg);
  }

  /** Moved to another (breakout) room: drop every peer and connect to the people there, as a newcomer does. */
  private regroup(participants: readonly WireParticipant[]): void {
    this.roster.replace([]);
    this.roster.enter(participants);
    this.publishPeople();
  }

  private onSpeaking(id: string, on: boolean): void {
    if (this.gone) return;
    if (id === 'self') this.publish({ self: { ...this.current.self, isSpeaking: on } });
    this.publishPeople();
  }

  // — Media (./media-controls.ts) —

  async grantConsent(): Promise<void> {
    if (this.finished || this.current.call !== 'connected') throw new TmjError('consent-failed', 'not-in-call');
    const granted = await this.consentWaiters.wait(() => this.send({ type: 'grant-consent' }));
    if (!granted) throw new TmjError('consent-failed', 'no-answer');
    await applyMediaAfterConsent(this, this.request?.media);
  }

  setMicrophone = (on: boolean): Promise<void> => this.controls.setMicrophone(on);
  setCamera = (on: boolean): Promise<void> => this.controls.setCamera(on);
  setScreenShare = (on: boolean): Promise<void> => this.controls.setScreenShare(on);
  setHandRaised = (raised: boolean): Promise<void> => this.controls.setHandRaised(raised);
  selectDevice = (kind: DeviceInfo['kind'], id: string): Promise<void> => this.controls.selectDevice(kind, id);
  setCaptions = (on: boolean): Promise<void> => this.guest.setCaptions(on);
  setCaptionLanguage = (kind: 'spoken' | 'caption', language: string): Promise<void> => this.guest.setCaptionLanguage(kind, language);
  sendReaction = (reaction: ReactionKind): Promise<void> => this.guest.sendReaction(reaction);
  joinBreakoutRoom = (): Promise<void> => this.guest.joinBreakoutRoom();
  returnToMainMeeting = (): Promise<void> => this.guest.returnToMainMeeting();
  setNoiseSuppression = (on: boolean): Promise<void> => this.controls.setNoiseSuppression(on);

  async setBackgroundEffect(effect: BackgroundEffect): Promise<void> {
    await this.controls.setBackgroundEffect(effect);
    const track = this.controls.local.tracks.camera;
    if (track && !this.gone) this.views.retarget('self:camera', track);
  }

  // — Video views —

  async createVideoView(streamId: string, options?: { fit?: 'cover' | 'contain' }): Promise<VideoView> {
    const info = this.current.streams.find((s) => s.id === streamId);
    const track = info?.available ? this.trackOf(info) : undefined;
    if (!info || !track) throw new TmjError('call-failed', 'stream unavailable');
    return this.views.create(streamId, track, options?.fit);
  }

  private trackOf(info: VideoStreamInfo): MediaStreamTrack | undefined {
    if (info.participantId === 'self') return this.controls.local.tracks[info.kind === 'camera' ? 'camera' : 'screen'] ?? undefined;
    return this.peers.remoteTrack(info.participantId, info.kind);
  }

  // — State —

  private computeStreams(): VideoStreamInfo[] {
    return this.roster.streams(this.controls.local.tracks);
  }

  private publishPeople(): void {
    if (this.gone || (this.current.call !== 'connected' && this.current.call !== 'reconnecting')) return;
    this.publish({
      participants: this.roster.participants(),
      streams: this.computeStreams(),
      dominantSpeakers: this.roster.dominant(),
    });
  }

  private publish(patch: Partial<SessionState>): void {
    const next: SessionState = { ...this.current, ...patch };
    if (sameState(this.current, next)) return;
    this.current = next;
    this.emit({ type: 'state', state: next });
  }
}
