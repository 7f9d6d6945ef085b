/**
 * `MeetingSession` for the local meeting emulator (demo/server): WebSocket signalling on loopback
 * (./signalling.ts), a mesh of real WebRTC connections between participants with speaking detection
 * (./peer-links.ts), the projection of all that into `SessionState` (./state-projection.ts), and meeting chat
 * through the shared chat controller over the real `@azure/communication-chat` SDK (the emulator speaks the
 * ACS Chat REST API). Selected only by the element's explicit `emulator` attribute, and only for loopback URLs.
 *
 * Teardown: a session that was left or disposed at any await of the join path (token, each device, socket)
 * goes no further — it never opens the socket or takes a seat, and releases any device it was given late.
 * Its one credential (../session-credential.ts) is disposed with it: no token request after the end.
 */
import { TmjError, toTmjError, type ErrorCode } from '../../core/errors.js';
import { jwtPayload } from '../../core/jwt.js';
import { ChatController, createLoopbackHttpClient, isLoopbackHost } from '../chat/index.js';
import { chatUnavailableReason } from '../chat/chat-rules.js';
import { INITIAL_SESSION_STATE } from '../types.js';
import { SessionCredential } from '../session-credential.js';
import type {
  CallEnd,
  Capabilities,
  ChatState,
  DeviceInfo,
  JoinRequest,
  MeetingSession,
  SessionOptions,
  SessionState,
  VideoStreamInfo,
  VideoView,
} from '../types.js';
import { applyMediaAfterConsent } from '../consent-media.js';
import { SessionBase } from '../session-base.js';
import { CONSENT_ANSWER_TIMEOUT_MS, consentPatch } from './consent.js';
import type { Slot } from './peer-link.js';
import { PeerLinks } from './peer-links.js';
import type { ClientMessage, ServerMessage, WireConsent, WireIceConfig, WireMedia, WireMeeting, WireParticipant } from './protocol.js';
import { Signalling } from './signalling.js';
import { projectDominant, projectParticipants, projectStreams, sameState } from './state-projection.js';

/** Parses and checks the `emulator` attribute: an http(s) URL on a loopback host, nothing else. */
export function parseEmulatorUrl(value: string | undefined): URL {
  let url: URL;
  try {
    url = new URL(value ?? '');
  } catch {
    throw new TmjError('invalid-emulator-url', 'not a URL');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !isLoopbackHost(url.hostname)) {
    throw new TmjError('invalid-emulator-url', 'loopback http(s) only');
  }
  return url;
}

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
  /** The last resume was refused for the token: the next attempt fetches a fresh one first. */
  private tokenRejectedOnResume = false;
  private freshTokenTried = false;
  private phaseBeforeReconnect: Phase = 'connected';

  private readonly wire = new Map<string, WireParticipant>();
  /** ICE settings from the server's welcome/admission (its loopback TURN relay), for every peer link. */
  private ice: RTCConfiguration = {};
  private readonly peers: PeerLinks;
  private readonly views = new Set<VideoView>();
  private local: Record<Slot, MediaStreamTrack | null> = { audio: null, camera: null, screen: null };
  private handRaised = false;
  /** What the meeting allows when no consent is pending (explicit consent turns mic/camera/screen off). */
  private allowed: Capabilities = INITIAL_SESSION_STATE.capabilities;
  private readonly consentWaiters = new Set<(granted: boolean) => void>();

  constructor(options: SessionOptions, private readonly deps: EmulatorSessionDeps = {}) {
    super();
    liveSessions += 1;
    this.options = options;
    this.base = parseEmulatorUrl(options.emulatorUrl);
    options.signal?.addEventListener('abort', () => this.dispose(), { once: true, signal: this.abort.signal });
    this.peers = new PeerLinks({
      rtcConfig: () => this.ice,
      send: (to, data) => this.send({ type: 'signal', to, data }),
      localTrack: (slot) => this.local[slot],
      knows: (id) => this.wire.has(id),
      isSynthetic: (id) => this.wire.get(id)?.kind === 'synthetic',
      speakerId: () => this.current.self.speakerId,
      onChange: () => this.publishPeople(),
      onSpeaking: (id, on) => this.onSpeaking(id, on),
    });
  }

  /** Left, ended or disposed: nothing may start any more. */
  private get gone(): boolean {
    return this.finished || this.abort.signal.aborted;
  }

  /* ---------------------------------------------------------------------------------------------- */
  /* Join / leave                                                                                   */

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

    await this.openLocalMedia(request);
    // Removed or left while the browser was asking for devices: no socket, no seat.
    if (this.gone) throw new TmjError('join-failed', 'disposed');
    void this.refreshDevices();
    navigator.mediaDevices?.addEventListener?.('devicechange', () => void this.refreshDevices(), { signal: this.abort.signal });
    // A page that goes away says goodbye, so others see the leave at once instead of after the grace period.
    globalThis.addEventListener?.('pagehide', () => this.dispose(), { signal: this.abort.signal });

    this.publish({
      call: 'connecting',
      self: {
        ...this.current.self,
        displayName: request.displayName,
        microphoneOn: this.local.audio !== null,
        cameraOn: this.local.camera !== null,
        cameraId: request.media.cameraId,
        microphoneId: request.media.microphoneId,
        speakerId: request.media.speakerId,
      },
      capabilities: (this.allowed = {
        unmuteMic: true,
        turnVideoOn: true,
        shareScreen: typeof navigator.mediaDevices?.getDisplayMedia === 'function',
        raiseHand: true,
      }),
      chat: { ...this.current.chat, available: false, reason: request.chatEnabled ? 'not-joined' : 'disabled' },
      streams: this.computeStreams(),
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
      beforeResume: () => this.freshTokenForResume(),
      onFailed: (detail) =>
        this.finish(
          this.tokenRejectedOnResume
            ? { outcome: 'failed', code: 'token-rejected', detail: 'resume' }
            : { outcome: 'failed', code: 'network', detail },
        ),
    });
    this.signalling.connect(false);
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
    for (const done of [...this.consentWaiters]) done(false);
    this.signalling?.close();
    this.credential?.dispose();
    this.peers.closeAll();
    for (const view of [...this.views]) view.dispose();
    for (const slot of ['audio', 'camera', 'screen'] as const) this.stopLocal(slot);
    // Stopping chat turns messages still `sending` into `failed`: the end screen offers them (never lost).
    const chat = this.chat;
    chat?.stop();
    this.chat = undefined;
    const messages = chat ? chat.state.messages : this.current.chat.messages;
    this.wire.clear();
    this.publish({
      call: 'ended',
      end,
      participants: [],
      streams: [],
      dominantSpeakers: [],
      self: { ...this.current.self, microphoneOn: false, cameraOn: false, screenSharing: false, isSpeaking: false, handRaised: false },
      chat: { ...this.current.chat, messages, available: false, reason: 'not-joined', typing: [] },
    });
  }

  /* ---------------------------------------------------------------------------------------------- */
  /* Signalling                                                                                     */

  private hello(resume: boolean): ClientMessage | undefined {
    const request = this.request;
    const token = this.credential?.current;
    if (!request || !token || this.gone) return undefined;
    return {
      type: 'hello',
      token: token.token,
      threadId: request.locator.threadId ?? '',
      displayName: request.displayName,
      media: this.wireMedia(),
      ...(resume && this.participantId && this.resumeKey
        ? { resume: { participantId: this.participantId, resumeKey: this.resumeKey } }
        : {}),
    } satisfies ClientMessage;
  }

  /** Before a resume: a fresh token when the current one is about to expire or was just refused. */
  private async freshTokenForResume(): Promise<void> {
    const credential = this.credential;
    if (!credential || this.gone) throw new TmjError('join-failed', 'disposed');
    if (this.tokenRejectedOnResume) {
      if (this.freshTokenTried) throw new TmjError('token-rejected', 'resume');
      this.freshTokenTried = true;
      await credential.refresh();
      this.tokenRejectedOnResume = false;
      return;
    }
    if (credential.current.expiresOn.getTime() - Date.now() < 60_000) await credential.refresh();
  }

  private send(message: ClientMessage): void {
    this.signalling?.send(message);
  }

  private onMessage(msg: ServerMessage): void {
    if (this.gone) return;
    switch (msg.type) {
      case 'welcome': {
        this.takeIceConfig(msg);
        this.participantId = msg.participantId;
        this.resumeKey = msg.resumeKey;
        this.freshTokenTried = false;
        const signalling = this.signalling;
        if (signalling) {
          signalling.reconnectWindowMs = msg.reconnectWindowMs;
          signalling.seat();
        }
        if (msg.resumed) {
          const phase = msg.state === 'connected' ? 'connected' : 'lobby';
          if (phase === 'connected' && this.phaseBeforeReconnect !== 'connected') {
            this.enterCall(msg.meeting, msg.participants);
          } else {
            // Catch up on what happened while the socket was down: who left or came, compliance changes.
            const present = new Set(msg.participants.map((p) => p.id));
            for (const id of [...this.wire.keys()]) {
              if (!present.has(id)) {
                this.wire.delete(id);
                this.peers.drop(id);
              }
            }
            for (const p of msg.participants) this.wire.set(p.id, p);
            this.publish({
              call: phase,
              participants: this.computeParticipants(),
              streams: this.computeStreams(),
              ...(phase === 'connected'
                ? { compliance: { recording: msg.meeting.recording, transcription: msg.meeting.transcription } }
                : {}),
            });
          }
          // Share our media state again: it may have changed while the socket was down.
          this.send({ type: 'media', media: this.wireMedia() });
          this.emit({ type: 'reconnected' });
          return;
        }
        if (msg.state === 'lobby') this.publish({ call: 'lobby' });
        else this.enterCall(msg.meeting, msg.participants);
        return;
      }
      case 'admitted':
        this.takeIceConfig(msg);
        this.enterCall(msg.meeting, msg.participants);
        return;
      case 'participant-joined':
      case 'participant-updated': {
        if (msg.participant.id === this.participantId) return;
        const had = this.wire.get(msg.participant.id);
        this.wire.set(msg.participant.id, msg.participant);
        if (had?.media.mic && !msg.participant.media.mic) this.peers.speaking.delete(msg.participant.id);
        this.publishPeople();
        return;
      }
      case 'participant-left': {
        this.wire.delete(msg.participantId);
        this.peers.drop(msg.participantId);
        this.publishPeople();
        return;
      }
      case 'compliance':
        this.publish({ compliance: { recording: msg.recording, transcription: msg.transcription } });
        return;
      case 'consent':
      case 'media-refused':
        this.applyConsent(msg.required);
        if (msg.type === 'consent' && msg.granted) for (const done of [...this.consentWaiters]) done(true);
        return;
      case 'signal':
        void this.peers.signal(msg.from, msg.data);
        return;
      case 'muted':
        if (this.local.audio) {
          this.stopLocal('audio');
          this.afterLocalChange();
        }
        this.emit({ type: 'muted-by-others' });
        return;
      case 'end': {
        const table: Record<typeof msg.reason, CallEnd> = {
          denied: { outcome: 'denied', code: 'denied' },
          removed: { outcome: 'removed', code: 'removed' },
          'meeting-ended': { outcome: 'ended', code: 'meeting-ended' },
        };
        this.finish(table[msg.reason] ?? { outcome: 'ended', code: 'meeting-ended' });
        return;
      }
      case 'error': {
        // A resume refused for its token: the token was revoked while the socket was down. Fetch a fresh
        // one and try once more before giving up (the close that follows starts the next attempt).
        if (msg.code === 'token-rejected' && this.signalling?.isReconnecting && !this.freshTokenTried) {
          this.tokenRejectedOnResume = true;
          return;
        }
        const code: ErrorCode = msg.code;
        this.finish({ outcome: 'failed', code, detail: `emulator:${msg.code}` });
        return;
      }
      default:
        return;
    }
  }

  private takeIceConfig(msg: WireIceConfig): void {
    if (!msg.iceServers?.length) return;
    this.ice = {
      iceServers: msg.iceServers.map((s) => ({ urls: s.urls, username: s.username, credential: s.credential })),
      iceTransportPolicy: msg.iceTransportPolicy ?? 'all',
    };
  }

  /** Admitted (or joined a meeting without lobby): compliance, people and chat arrive in the same snapshot. */
  private enterCall(meeting: WireMeeting, participants: readonly WireParticipant[]): void {
    for (const p of participants) this.wire.set(p.id, p);
    // The newcomer offers to everyone already in the call.
    for (const p of participants) this.peers.ensure(p.id, true);
    // The same rules as the ACS session (src/session/chat/chat-rules.ts); the emulator says channel explicitly.
    const request = this.request;
    const reason = request
      ? chatUnavailableReason({ ...request, threadId: meeting.threadId, channel: meeting.channel })
      : 'not-joined';
    const chat: ChatState = reason ? { ...this.current.chat, available: false, reason } : this.current.chat;
    // Consent travels in the same state as compliance: one update says "recorded, and your consent is needed".
    if (meeting.consentRequired) this.stopMediaForConsent();
    this.publish({
      call: 'connected',
      compliance: { recording: meeting.recording, transcription: meeting.transcription },
      ...consentPatch(meeting.consentRequired, this.allowed),
      participants: this.computeParticipants(),
      streams: this.computeStreams(),
      chat,
    });
    if (!reason) this.startChat(meeting.threadId);
  }

  private onSpeaking(id: string, on: boolean): void {
    if (this.gone) return;
    if (id === 'self') this.publish({ self: { ...this.current.self, isSpeaking: on } });
    this.publishPeople();
  }

  /* ---------------------------------------------------------------------------------------------- */
  /* Local media                                                                                    */

  private async openLocalMedia(request: JoinRequest): Promise<void> {
    const warn = () => {
      if (!this.gone) this.emit({ type: 'warning', code: 'media-device-failed' });
    };
    if (request.media.microphoneOn) await this.startLocal('audio', request.media.microphoneId).catch(warn);
    if (this.gone) return;
    if (request.media.cameraOn) await this.startLocal('camera', request.media.cameraId).catch(warn);
  }

  /** Opens a device for `slot` and sends it to every peer. Rejects with a media TmjError. */
  private async startLocal(slot: 'audio' | 'camera', deviceId?: string): Promise<void> {
    const constraints: MediaStreamConstraints =
      slot === 'audio'
        ? { audio: deviceId ? { deviceId: { exact: deviceId } } : true }
        : { video: { ...(deviceId ? { deviceId: { exact: deviceId } } : {}), width: { ideal: 640 }, height: { ideal: 360 } } };
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia(constraints);
    } catch (error) {
      const name = error instanceof DOMException ? error.name : '';
      throw new TmjError(
        name === 'NotAllowedError' ? 'media-permission-denied' : name === 'NotFoundError' ? 'media-no-device' : 'media-device-failed',
        name || undefined,
        { cause: error },
      );
    }
    const track = (slot === 'audio' ? stream.getAudioTracks() : stream.getVideoTracks())[0] ?? null;
    if (this.gone) {
      // Left or disposed while the browser was opening the device: release every track it gave.
      for (const t of stream.getTracks()) t.stop();
      return;
    }
    this.stopLocal(slot);
    this.local[slot] = track;
    if (track && slot === 'audio') this.peers.watchSelf(track);
    await this.peers.setLocalTrack(slot, track);
  }

  private stopLocal(slot: Slot): void {
    const track = this.local[slot];
    if (!track) return;
    track.onended = null;
    track.stop();
    this.local[slot] = null;
    if (slot === 'audio') this.peers.watchSelf(null);
    void this.peers.setLocalTrack(slot, null);
  }

  private wireMedia(): WireMedia {
    return {
      mic: this.local.audio !== null,
      camera: this.local.camera !== null,
      screen: this.local.screen !== null,
      handRaised: this.handRaised,
    };
  }

  private afterLocalChange(): void {
    this.send({ type: 'media', media: this.wireMedia() });
    this.publish({
      self: {
        ...this.current.self,
        microphoneOn: this.local.audio !== null,
        cameraOn: this.local.camera !== null,
        screenSharing: this.local.screen !== null,
        handRaised: this.handRaised,
        isSpeaking: this.local.audio !== null && this.current.self.isSpeaking,
      },
      streams: this.computeStreams(),
    });
  }

  /** Explicit consent pending: the service refuses media (see ./consent.ts); say so instead of trying. */
  private refuseUntilConsent(on: boolean): void {
    if (on && this.current.consentRequired) throw new TmjError('not-permitted', 'consent-required');
  }

  /** Applies the emulator's consent requirement: media off while it is pending, capabilities say why. */
  private applyConsent(required: WireConsent | null | undefined): void {
    if (required) this.stopMediaForConsent();
    this.publish(consentPatch(required, this.allowed));
  }

  private stopMediaForConsent(): void {
    if (!this.local.audio && !this.local.camera && !this.local.screen) return;
    this.stopLocal('audio');
    this.stopLocal('camera');
    this.stopLocal('screen');
    this.afterLocalChange();
  }

  async grantConsent(): Promise<void> {
    if (this.finished || this.current.call !== 'connected') throw new TmjError('consent-failed', 'not-in-call');
    const granted = await new Promise<boolean>((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.consentWaiters.delete(done);
        resolve(ok);
      };
      const timer = setTimeout(() => done(false), CONSENT_ANSWER_TIMEOUT_MS);
      this.consentWaiters.add(done);
      this.send({ type: 'grant-consent' });
    });
    if (!granted) throw new TmjError('consent-failed', 'no-answer');
    await applyMediaAfterConsent(this, this.request?.media);
  }

  async setMicrophone(on: boolean): Promise<void> {
    if (this.finished) return;
    this.refuseUntilConsent(on);
    // Muting releases the microphone (the browser's indicator goes off); unmuting opens it again.
    if (on && !this.local.audio) await this.startLocal('audio', this.current.self.microphoneId);
    if (!on) this.stopLocal('audio');
    this.afterLocalChange();
  }

  async setCamera(on: boolean): Promise<void> {
    if (this.finished) return;
    this.refuseUntilConsent(on);
    if (on && !this.local.camera) await this.startLocal('camera', this.current.self.cameraId);
    if (!on) this.stopLocal('camera');
    this.afterLocalChange();
  }

  async setScreenShare(on: boolean): Promise<void> {
    if (this.finished) return;
    this.refuseUntilConsent(on);
    if (on && !this.local.screen) {
      let stream: MediaStream;
      try {
        stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
      } catch (error) {
        const name = error instanceof DOMException ? error.name : '';
        // Cancelling the browser's picker is not an error worth a message.
        if (name === 'NotAllowedError' || name === 'AbortError') return;
        throw toTmjError(error, 'media-device-failed');
      }
      const track = stream.getVideoTracks()[0] ?? null;
      if (this.gone) {
        for (const t of stream.getTracks()) t.stop();
        return;
      }
      this.local.screen = track;
      // The browser's own "Stop sharing" button ends the track.
      if (track) track.onended = () => void this.setScreenShare(false);
      await this.peers.setLocalTrack('screen', track);
    }
    if (!on) this.stopLocal('screen');
    this.afterLocalChange();
  }

  async setHandRaised(raised: boolean): Promise<void> {
    if (this.finished) return;
    this.handRaised = raised;
    this.afterLocalChange();
  }

  async selectDevice(kind: DeviceInfo['kind'], id: string): Promise<void> {
    if (this.finished) return;
    if (kind === 'speaker') {
      await this.peers.setSink(id);
      this.publish({ self: { ...this.current.self, speakerId: id } });
      return;
    }
    if (kind === 'camera') {
      this.publish({ self: { ...this.current.self, cameraId: id } });
      if (this.local.camera) await this.startLocal('camera', id);
    } else {
      this.publish({ self: { ...this.current.self, microphoneId: id } });
      if (this.local.audio) await this.startLocal('audio', id);
    }
    this.afterLocalChange();
  }

  private async refreshDevices(): Promise<void> {
    let list: MediaDeviceInfo[];
    try {
      list = await navigator.mediaDevices.enumerateDevices();
    } catch {
      return;
    }
    const kinds: Partial<Record<MediaDeviceKind, DeviceInfo['kind']>> = {
      videoinput: 'camera',
      audioinput: 'microphone',
      audiooutput: 'speaker',
    };
    const devices: DeviceInfo[] = [];
    for (const d of list) {
      const kind = kinds[d.kind];
      if (kind && d.deviceId) devices.push({ id: d.deviceId, label: d.label, kind });
    }
    if (!this.gone) this.publish({ devices });
  }

  /* ---------------------------------------------------------------------------------------------- */
  /* Video views                                                                                    */

  async createVideoView(streamId: string, options?: { fit?: 'cover' | 'contain' }): Promise<VideoView> {
    const info = this.current.streams.find((s) => s.id === streamId);
    const track = info?.available ? this.trackOf(info) : undefined;
    if (!info || !track) throw new TmjError('call-failed', 'stream unavailable');
    const video = document.createElement('video');
    video.autoplay = true;
    video.playsInline = true;
    video.muted = true;
    video.srcObject = new MediaStream([track]);
    video.style.objectFit = options?.fit ?? 'cover';
    video.style.width = '100%';
    video.style.height = '100%';
    video.dataset['streamId'] = streamId;
    void video.play().catch(() => undefined);
    const view: VideoView = {
      element: video,
      dispose: () => {
        if (!this.views.delete(view)) return;
        video.pause();
        video.srcObject = null;
        video.remove();
      },
    };
    this.views.add(view);
    return view;
  }

  private trackOf(info: VideoStreamInfo): MediaStreamTrack | undefined {
    if (info.participantId === 'self') return (info.kind === 'camera' ? this.local.camera : this.local.screen) ?? undefined;
    return this.peers.remoteTrack(info.participantId, info.kind);
  }

  /* ---------------------------------------------------------------------------------------------- */
  /* Chat                                                                                           */

  private startChat(threadId: string): void {
    const credential = this.credential;
    if (this.chat || !credential || this.gone) return;
    const skypeId = jwtPayload(credential.current.token)?.['skypeid'];
    const selfId = typeof skypeId === 'string' ? `8:${skypeId}` : '';
    // The chat SDK sends Bearer tokens only to https URLs: give it the https form of the emulator's origin;
    // the loopback transport sends the same request over http to this machine (and refuses any other host).
    const endpoint = new URL(this.base.origin);
    endpoint.protocol = 'https:';
    this.chat = new ChatController({
      endpoint: endpoint.origin,
      threadId,
      credential,
      selfId,
      displayName: this.request?.displayName ?? '',
      httpClient: createLoopbackHttpClient(),
      // No real-time notification service on the emulator (it answers 404): poll at once, on the documented
      // List-messages schedule (chat/poll-policy.ts), as against the real service.
      realtime: false,
      // A 401 (token revoked): one fresh token, then the request again.
      refreshCredential: async () => {
        await credential.refresh();
        return true;
      },
      onChange: (chat) => {
        if (!this.gone) this.publish({ chat });
      },
      onMessage: (message) => this.emit({ type: 'chat-message', message }),
      onWarning: (code) => this.emit({ type: 'warning', code }),
    });
    void this.chat.start(this.abort.signal);
  }

  /* ---------------------------------------------------------------------------------------------- */
  /* State                                                                                          */

  private computeParticipants() {
    return projectParticipants(this.wire, this.peers.speaking);
  }

  private computeStreams(): VideoStreamInfo[] {
    return projectStreams(this.local, this.wire, (id) => this.peers.get(id));
  }

  private publishPeople(): void {
    if (this.gone || (this.current.call !== 'connected' && this.current.call !== 'reconnecting')) return;
    this.publish({
      participants: this.computeParticipants(),
      streams: this.computeStreams(),
      dominantSpeakers: projectDominant(this.peers.speaking, this.wire),
    });
  }

  private publish(patch: Partial<SessionState>): void {
    const next: SessionState = { ...this.current, ...patch };
    if (sameState(this.current, next)) return;
    this.current = next;
    this.emit({ type: 'state', state: next });
  }
}
