/**
 * `MeetingSession` for the local meeting emulator (demo/server): WebSocket signalling on loopback, a mesh of
 * real WebRTC connections between participants, speaking detection from audio levels, and meeting chat through
 * the shared chat controller over the real `@azure/communication-chat` SDK (the emulator speaks the ACS Chat
 * REST API). Selected only by the element's explicit `emulator` attribute, and only for loopback URLs.
 */
import { AzureCommunicationTokenCredential } from '@azure/communication-common';
import { TmjError, toTmjError, type ErrorCode } from '../../core/errors.js';
import { jwtPayload } from '../../core/jwt.js';
import { ChatController, createLoopbackHttpClient, isLoopbackHost } from '../chat/index.js';
import { chatUnavailableReason } from '../chat/chat-rules.js';
import { INITIAL_SESSION_STATE } from '../types.js';
import type {
  AccessToken,
  CallEnd,
  Capabilities,
  ChatState,
  DeviceInfo,
  JoinRequest,
  MeetingSession,
  Participant,
  SessionOptions,
  SessionState,
  VideoStreamInfo,
  VideoView,
} from '../types.js';
import { applyMediaAfterConsent } from '../consent-media.js';
import { SessionBase } from '../session-base.js';
import { AudioLevels } from './audio-levels.js';
import { CONSENT_ANSWER_TIMEOUT_MS, consentPatch } from './consent.js';
import { PeerLink, type Slot } from './peer-link.js';
import type { ClientMessage, ServerMessage, WireConsent, WireIceConfig, WireMedia, WireMeeting, WireParticipant } from './protocol.js';

/** Backoff between reconnection attempts of the signalling socket. */
const RECONNECT_DELAYS_MS = [250, 500, 1000, 2000, 3000];

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

export class EmulatorSession extends SessionBase<ChatController> implements MeetingSession {
  readonly kind = 'emulator' as const;
  private readonly options: SessionOptions;
  private readonly base: URL;
  private readonly abort = new AbortController();

  private request: JoinRequest | undefined;
  private token: AccessToken | undefined;
  private ws: WebSocket | undefined;
  private participantId: string | undefined;
  private resumeKey: string | undefined;
  private reconnectWindowMs = 10000;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private finished = false;
  private joinStarted = false;

  private readonly wire = new Map<string, WireParticipant>();
  private readonly links = new Map<string, PeerLink>();
  /** ICE settings from the server's welcome/admission (its loopback TURN relay), for every peer link. */
  private ice: RTCConfiguration = {};
  private readonly audioOut = new Map<string, HTMLAudioElement>();
  private readonly speaking = new Map<string, number>();
  private readonly views = new Set<VideoView>();
  private readonly levels = new AudioLevels((id, on) => this.onSpeaking(id, on));
  private local: Record<Slot, MediaStreamTrack | null> = { audio: null, camera: null, screen: null };
  private handRaised = false;
  /** What the meeting allows when no consent is pending (explicit consent turns mic/camera/screen off). */
  private allowed: Capabilities = INITIAL_SESSION_STATE.capabilities;
  private readonly consentWaiters = new Set<(granted: boolean) => void>();

  constructor(options: SessionOptions) {
    super();
    this.options = options;
    this.base = parseEmulatorUrl(options.emulatorUrl);
    options.signal?.addEventListener('abort', () => this.dispose(), { once: true, signal: this.abort.signal });
  }


  /* ---------------------------------------------------------------------------------------------- */
  /* Join / leave                                                                                   */

  async join(request: JoinRequest): Promise<void> {
    if (this.joinStarted) throw new TmjError('join-failed', 'already joined');
    if (this.abort.signal.aborted) throw new TmjError('join-failed', 'disposed');
    this.joinStarted = true;
    this.request = request;
    const threadId = request.locator.threadId;
    if (!threadId) throw new TmjError('meeting-not-found', 'the emulator finds meetings by thread id');

    this.token = await this.options.tokenSource.getToken({ signal: this.abort.signal });
    if (this.abort.signal.aborted) throw new TmjError('join-failed', 'disposed');

    await this.openLocalMedia(request);
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
    this.connect(false);
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
    this.abort.abort();
  }

  /** Ends the call for any reason: releases media, peers, views, chat and the socket. Idempotent. */
  private finish(end: CallEnd): void {
    if (this.finished) return;
    this.finished = true;
    for (const done of [...this.consentWaiters]) done(false);
    clearTimeout(this.reconnectTimer);
    const ws = this.ws;
    this.ws = undefined;
    if (ws) {
      ws.onclose = null;
      ws.onmessage = null;
      // Let a queued `leave` go out before closing.
      setTimeout(() => ws.close(1000, 'left'), 0);
    }
    for (const link of this.links.values()) link.close();
    this.links.clear();
    for (const audio of this.audioOut.values()) {
      audio.pause();
      audio.srcObject = null;
    }
    this.audioOut.clear();
    for (const view of [...this.views]) view.dispose();
    this.levels.dispose();
    for (const slot of ['audio', 'camera', 'screen'] as const) this.stopLocal(slot);
    this.chat?.stop();
    this.chat = undefined;
    this.wire.clear();
    this.publish({
      call: 'ended',
      end,
      participants: [],
      streams: [],
      dominantSpeakers: [],
      self: { ...this.current.self, microphoneOn: false, cameraOn: false, screenSharing: false, isSpeaking: false, handRaised: false },
      chat: { ...this.current.chat, available: false, reason: 'not-joined', typing: [] },
    });
  }

  /* ---------------------------------------------------------------------------------------------- */
  /* Signalling                                                                                     */

  private connect(resume: boolean): void {
    const url = new URL('/emulator/ws', this.base);
    url.protocol = this.base.protocol === 'https:' ? 'wss:' : 'ws:';
    let ws: WebSocket;
    try {
      ws = new WebSocket(url.href);
    } catch {
      this.finish({ outcome: 'failed', code: 'network', detail: 'websocket' });
      return;
    }
    this.ws = ws;
    let welcomed = false;
    ws.onopen = () => {
      const request = this.request;
      const token = this.token;
      if (!request || !token) return;
      ws.send(
        JSON.stringify({
          type: 'hello',
          token: token.token,
          threadId: request.locator.threadId ?? '',
          displayName: request.displayName,
          media: this.wireMedia(),
          ...(resume && this.participantId && this.resumeKey
            ? { resume: { participantId: this.participantId, resumeKey: this.resumeKey } }
            : {}),
        } satisfies ClientMessage),
      );
    };
    ws.onmessage = (e) => {
      let msg: ServerMessage;
      try {
        msg = JSON.parse(String(e.data)) as ServerMessage;
      } catch {
        return;
      }
      if (msg.type === 'welcome') welcomed = true;
      this.onMessage(msg);
    };
    ws.onclose = () => {
      if (this.ws !== ws || this.finished) return;
      this.ws = undefined;
      if (!this.participantId) {
        // Never got in: nothing to resume.
        this.finish({ outcome: 'failed', code: 'network', detail: welcomed ? 'closed' : 'no-welcome' });
        return;
      }
      this.startReconnecting();
    };
  }

  private reconnectStarted = 0;
  private reconnectAttempt = 0;
  private phaseBeforeReconnect: Phase = 'connected';

  private startReconnecting(): void {
    if (this.current.call !== 'reconnecting') {
      this.phaseBeforeReconnect = this.current.call;
      this.reconnectStarted = Date.now();
      this.reconnectAttempt = 0;
      this.publish({ call: 'reconnecting' });
    }
    const elapsed = Date.now() - this.reconnectStarted;
    if (elapsed >= this.reconnectWindowMs) {
      this.finish({ outcome: 'failed', code: 'network', detail: 'signalling lost' });
      return;
    }
    const delay = RECONNECT_DELAYS_MS[Math.min(this.reconnectAttempt, RECONNECT_DELAYS_MS.length - 1)] ?? 1000;
    this.reconnectAttempt += 1;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      void this.resume();
    }, Math.min(delay, Math.max(0, this.reconnectWindowMs - elapsed)));
  }

  /** Reconnects the signalling socket, with a fresh token when the current one is about to expire. */
  private async resume(): Promise<void> {
    if (this.finished) return;
    const token = this.token;
    if (!token || token.expiresOn.getTime() - Date.now() < 60_000) {
      try {
        this.token = await this.options.tokenSource.getToken({ signal: this.abort.signal });
      } catch {
        // The token backend may be what is down: keep trying until the reconnection window closes.
        if (!this.finished) this.startReconnecting();
        return;
      }
    }
    if (!this.finished) this.connect(true);
  }

  private send(message: ClientMessage): void {
    const ws = this.ws;
    if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
  }

  private onMessage(msg: ServerMessage): void {
    if (this.finished) return;
    switch (msg.type) {
      case 'welcome': {
        this.takeIceConfig(msg);
        this.participantId = msg.participantId;
        this.resumeKey = msg.resumeKey;
        this.reconnectWindowMs = msg.reconnectWindowMs;
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
                this.dropPeer(id);
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
        if (had?.media.mic && !msg.participant.media.mic) this.speaking.delete(msg.participant.id);
        this.publishPeople();
        return;
      }
      case 'participant-left': {
        this.wire.delete(msg.participantId);
        this.dropPeer(msg.participantId);
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
        void this.onSignal(msg.from, msg.data);
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
        this.finish(table[msg.reason]);
        return;
      }
      case 'error': {
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
    for (const p of participants) this.ensurePeer(p.id, true);
    // The same rules as the ACS session (src/session/chat/chat-rules.ts); the emulator says channel explicitly.
    const request = this.request;
    const reason = request
      ? chatUnavailableReason({ ...request, threadId: meeting.threadId, channel: meeting.channel })
      : 'not-joined';
    const chat: ChatState = reason ? { ...this.current.chat, available: false, reason } : this.current.chat;
    this.publish({
      call: 'connected',
      compliance: { recording: meeting.recording, transcription: meeting.transcription },
      participants: this.computeParticipants(),
      streams: this.computeStreams(),
      chat,
    });
    this.applyConsent(meeting.consentRequired);
    if (!reason) this.startChat(meeting.threadId);
  }

  /* ---------------------------------------------------------------------------------------------- */
  /* Peers                                                                                          */

  private ensurePeer(remoteId: string, offerer: boolean): PeerLink {
    const existing = this.links.get(remoteId);
    if (existing) return existing;
    const synthetic = this.wire.get(remoteId)?.kind === 'synthetic';
    const link = new PeerLink({
      remoteId,
      offerer,
      sendsMedia: !synthetic,
      // Synthetic participants (the console page) use the same relay with their own credentials.
      rtcConfig: this.ice,
      send: (data) => this.send({ type: 'signal', to: remoteId, data }),
      localTrack: (slot) => this.local[slot],
      onConnectedChange: () => this.publishPeople(),
      onRemoteTracks: () => this.attachRemoteAudio(link),
    });
    this.links.set(remoteId, link);
    return link;
  }

  private async onSignal(from: string, data: Parameters<PeerLink['handle']>[0]): Promise<void> {
    if (!this.wire.has(from)) return;
    const isOffer = 'sdp' in data && data.sdp.type === 'offer';
    let link = this.links.get(from);
    if (isOffer && link) {
      // A fresh offer from a peer we already know: it restarted (e.g. reloaded); start over.
      this.dropPeer(from);
      link = undefined;
    }
    link ??= isOffer ? this.ensurePeer(from, false) : undefined;
    if (!link) return;
    try {
      await link.handle(data);
    } catch {
      /* a broken negotiation leaves this peer without media; the rest of the call goes on */
    }
  }

  private attachRemoteAudio(link: PeerLink): void {
    const track = link.remoteTrack('audio');
    if (!track || this.audioOut.has(link.remoteId)) return;
    // Remote audio must play through a media element (WebAudio alone gets silence from WebRTC tracks).
    const audio = new Audio();
    audio.autoplay = true;
    audio.srcObject = new MediaStream([track]);
    const speaker = this.current.self.speakerId;
    if (speaker) void setSink(audio, speaker);
    void audio.play().catch(() => undefined);
    this.audioOut.set(link.remoteId, audio);
    this.levels.watch(link.remoteId, track);
    this.publishPeople();
  }

  private dropPeer(id: string): void {
    this.links.get(id)?.close();
    this.links.delete(id);
    const audio = this.audioOut.get(id);
    if (audio) {
      audio.pause();
      audio.srcObject = null;
      this.audioOut.delete(id);
    }
    this.levels.unwatch(id);
    this.speaking.delete(id);
  }

  private onSpeaking(id: string, on: boolean): void {
    if (this.finished) return;
    if (on) this.speaking.set(id, Date.now());
    else this.speaking.delete(id);
    if (id === 'self') this.publish({ self: { ...this.current.self, isSpeaking: on } });
    this.publishPeople();
  }

  /* ---------------------------------------------------------------------------------------------- */
  /* Local media                                                                                    */

  private async openLocalMedia(request: JoinRequest): Promise<void> {
    if (request.media.microphoneOn) await this.startLocal('audio', request.media.microphoneId).catch(() => this.emit({ type: 'warning', code: 'media-device-failed' }));
    if (request.media.cameraOn) await this.startLocal('camera', request.media.cameraId).catch(() => this.emit({ type: 'warning', code: 'media-device-failed' }));
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
    if (this.finished) {
      track?.stop();
      return;
    }
    this.stopLocal(slot);
    this.local[slot] = track;
    if (track && slot === 'audio') this.levels.watch('self', track);
    for (const link of this.links.values()) await link.setLocalTrack(slot, track);
  }

  private stopLocal(slot: Slot): void {
    const track = this.local[slot];
    if (!track) return;
    track.onended = null;
    track.stop();
    this.local[slot] = null;
    if (slot === 'audio') this.levels.unwatch('self');
    for (const link of this.links.values()) void link.setLocalTrack(slot, null);
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
    if (required && (this.local.audio || this.local.camera || this.local.screen)) {
      this.stopLocal('audio');
      this.stopLocal('camera');
      this.stopLocal('screen');
      this.afterLocalChange();
    }
    this.publish(consentPatch(required, this.allowed));
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
      if (this.finished) {
        track?.stop();
        return;
      }
      this.local.screen = track;
      // The browser's own "Stop sharing" button ends the track.
      if (track) track.onended = () => void this.setScreenShare(false);
      for (const link of this.links.values()) await link.setLocalTrack('screen', track);
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
      await Promise.all([...this.audioOut.values()].map((a) => setSink(a, id)));
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
    if (!this.finished) this.publish({ devices });
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
    return this.links.get(info.participantId)?.remoteTrack(info.kind);
  }

  /* ---------------------------------------------------------------------------------------------- */
  /* Chat                                                                                           */

  private startChat(threadId: string): void {
    if (this.chat || !this.token) return;
    const tokenSource = this.options.tokenSource;
    const first = this.token;
    const skypeId = jwtPayload(first.token)?.['skypeid'];
    const selfId = typeof skypeId === 'string' ? `8:${skypeId}` : '';
    const credential = new AzureCommunicationTokenCredential({
      token: first.token,
      refreshProactively: true,
      tokenRefresher: async (abortSignal) => {
        const fresh = await tokenSource.getToken(abortSignal ? { signal: abortSignal as AbortSignal } : {});
        this.token = fresh;
        return fresh.token;
      },
    });
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
      // No real-time notification service on the emulator (it answers 404): poll at once.
      realtime: false,
      // The documented List-messages schedule (poll-policy.ts), as against the real service.
      onChange: (chat) => {
        if (!this.finished) this.publish({ chat });
      },
      onMessage: (message) => this.emit({ type: 'chat-message', message }),
      onWarning: (code) => this.emit({ type: 'warning', code }),
    });
    void this.chat.start(this.abort.signal);
  }

  /* ---------------------------------------------------------------------------------------------- */
  /* State                                                                                          */

  private computeParticipants(): Participant[] {
    const out: Participant[] = [];
    for (const p of this.wire.values()) {
      if (p.state !== 'connected') continue;
      out.push({
        id: p.id,
        displayName: p.displayName,
        isTeamsUser: p.isTeamsUser,
        role: 'attendee',
        state: p.online ? 'connected' : 'connecting',
        isMuted: !p.media.mic,
        isSpeaking: p.media.mic && this.speaking.has(p.id),
        isHandRaised: p.media.handRaised,
        videoOn: p.media.camera,
        screenSharing: p.media.screen,
      });
    }
    return out;
  }

  private computeStreams(): VideoStreamInfo[] {
    const streams: VideoStreamInfo[] = [];
    if (this.local.camera) streams.push({ id: 'self:camera', participantId: 'self', kind: 'camera', available: true });
    if (this.local.screen) streams.push({ id: 'self:screen', participantId: 'self', kind: 'screen', available: true });
    for (const p of this.wire.values()) {
      if (p.state !== 'connected') continue;
      const link = this.links.get(p.id);
      const ready = !!link && link.connected && !!link.remoteTrack('camera');
      streams.push({ id: `${p.id}:camera`, participantId: p.id, kind: 'camera', available: ready && p.media.camera });
      if (p.media.screen) streams.push({ id: `${p.id}:screen`, participantId: p.id, kind: 'screen', available: ready });
    }
    return streams;
  }

  private computeDominant(): string[] {
    return [...this.speaking.entries()]
      .filter(([id]) => id !== 'self' && this.wire.get(id)?.media.mic)
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => id);
  }

  private publishPeople(): void {
    if (this.finished || (this.current.call !== 'connected' && this.current.call !== 'reconnecting')) return;
    this.publish({
      participants: this.computeParticipants(),
      streams: this.computeStreams(),
      dominantSpeakers: this.computeDominant(),
    });
  }

  private publish(patch: Partial<SessionState>): void {
    const next: SessionState = { ...this.current, ...patch };
    if (sameState(this.current, next)) return;
    this.current = next;
    this.emit({ type: 'state', state: next });
  }

}

/** Skips publishing when nothing changed (speaking/people recomputations often produce equal snapshots). */
function sameState(a: SessionState, b: SessionState): boolean {
  for (const key of Object.keys(b) as (keyof SessionState)[]) {
    if (a[key] === b[key]) continue;
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false;
  }
  return true;
}

async function setSink(audio: HTMLAudioElement, id: string): Promise<void> {
  const withSink = audio as HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };
  if (typeof withSink.setSinkId === 'function') await withSink.setSinkId(id).catch(() => undefined);
}
