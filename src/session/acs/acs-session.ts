/**
 * The production `MeetingSession`: Azure Communication Services Calling SDK (2.x) + Chat SDK, in both identity
 * modes (`acs`: bring-your-own ACS identity, `createCallAgent`; `teams`: Microsoft 365 identity,
 * `createTeamsCallAgent`).
 *
 * This file is the lifecycle: load the SDK, create client/credential/agent, join, follow the call state, the
 * watchdogs (agent creation bound, connect timeout, token expiry), leave/dispose and releasing everything.
 * The rest is split by job: `roster.ts` (participants, streams, renderers), `devices.ts`, `local-media.ts`
 * (camera stream, mute, screen share), `effects-binding.ts` (noise suppression, background effects),
 * `call-features.ts` (the per-call feature bindings, each `{read, dispose}`, and the commands through them),
 * `breakout-binding.ts`, `chat-start.ts`, `end-reasons.ts`.
 *
 * Honest about failures the SDK does not throw (see the facts note): offline, `createCallAgent` resolves late and
 * `join` returns a Call that just ends with `callEndReason` 490/4525 — so the end reason is always read and mapped
 * (`end-reasons.ts`), agent creation has a time bound, and a call stuck connecting is ended by a watchdog.
 *
 * One `CallClient` per session; no module-level state, so two widgets on a page never share anything.
 */
import { TmjError, toTmjError } from '../../core/errors.js';
import { INITIAL_SESSION_STATE, type BackgroundEffect, type CallEnd, type DeviceInfo, type JoinRequest, type MeetingSession, type ReactionKind, type SessionOptions, type SessionState, type VideoView } from '../types.js';
import { applyMediaAfterConsent } from '../consent-media.js';
import { SessionBase } from '../session-base.js';
import { bindFeature, type BindingContext, type BindingHost } from './binding.js';
import { CallFeatures } from './call-features.js';
import { startChat, type SessionChat } from './chat-start.js';
import { Devices } from './devices.js';
import { AcsEffects } from './effects-binding.js';
import { Connection, loadCallingSdk, sdkError, toSdkLocator, type AcsSessionDeps, type SdkLocator } from './connection.js';
import { mapCallEndReason } from './end-reasons.js';
import { bindBreakout, type BreakoutBinding } from './breakout-binding.js';
import { Subscriptions } from './listen.js';
import { LocalMedia } from './local-media.js';
import { Roster } from './roster.js';
import type { CallingSdk, SessionCall } from './sdk-types.js';
import { attempt, hangUpBounded, phaseOf, SELF_CAMERA } from './sdk-util.js';

export type { SessionChat } from './chat-start.js';
export type { AcsSessionDeps } from './connection.js';
export { rawIdFromToken, phaseOf, pickDevice } from './sdk-util.js';

export class AcsSession extends SessionBase<SessionChat> implements MeetingSession {
  readonly kind = 'acs' as const;
  private readonly options: SessionOptions;
  private readonly deps: AcsSessionDeps;

  private readonly abort = new AbortController();
  private sdk: CallingSdk | undefined;
  private readonly connection = new Connection();
  private call: SessionCall | undefined;
  private request: JoinRequest | undefined;

  /** What the parts (roster, devices, media, bindings) may do to the session. */
  private readonly host: BindingHost;
  private readonly devices: Devices;
  private readonly roster: Roster;
  private readonly media: LocalMedia;
  private readonly effects: AcsEffects;
  private readonly callSubs = new Subscriptions();
  /** The per-call feature bindings and their commands (consent, hand, captions, reactions). */
  private readonly features: CallFeatures;
  /** Bound once on the main meeting's call and kept while the visitor is in a breakout room. */
  private breakout: BreakoutBinding | undefined;
  private mainCall: SessionCall | undefined;
  private connectTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingEnd: CallEnd | undefined;
  private joining = false;
  private leaving = false;
  private disposed = false;
  private everConnected = false;
  private reconnecting = false;

  constructor(options: SessionOptions, deps: AcsSessionDeps = {}) {
    super();
    this.options = options;
    this.deps = deps;
    const state = () => this.current;
    const update = (patch: Partial<SessionState>) => this.update(patch);
    const sdk = () => this.sdkOrThrow();
    this.host = {
      get state() {
        return state();
      },
      update,
      emit: (event) => this.emit(event),
    };
    this.devices = new Devices({
      get state() {
        return state();
      },
      update,
      // The camera in use was unplugged: switch the stream to another camera, or stop video when none is left.
      cameraLost: (camera) => {
        const done = camera ? this.media.switchCamera(camera) : this.media.setCamera(false);
        done.catch(() => this.emit({ type: 'warning', code: 'media-device-failed' }));
      },
    });
    this.roster = new Roster({
      get state() {
        return state();
      },
      update,
      sdk,
      localVideo: () => this.media.video,
      raisedHands: () => this.features.hands,
    });
    this.media = new LocalMedia({
      get state() {
        return state();
      },
      update,
      sdk,
      emit: (event) => this.emit(event),
      call: () => this.call,
      connected: () => this.current.call === 'connected' || this.current.call === 'reconnecting',
      devices: this.devices,
      streamsChanged: () => {
        this.roster.refreshStreams();
        void this.effects.videoChanged();
      },
      disposeSelfViews: () => this.roster.disposeRenderers(SELF_CAMERA),
    });
    this.features = new CallFeatures({ handsChanged: () => this.roster.refresh(), inCall: () => this.inCall() });
    this.effects = new AcsEffects({
      get state() {
        return state();
      },
      update,
      sdk: () => this.sdk,
      call: () => this.call,
      request: () => this.request,
      disposed: () => this.disposed,
      emit: (event) => this.emit(event),
      video: () => this.media.video,
    }, deps.effects);
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
    const sdk = (this.sdk ??= await loadCallingSdk(this.deps));
    this.checkAlive();
    const { agent, client } = await this.connection.open(sdk, request, {
      tokenSource: this.options.tokenSource,
      deps: this.deps,
      signal: this.abort.signal,
      checkAlive: () => this.checkAlive(),
      onRefreshWarning: () => this.emit({ type: 'warning', code: 'token-refresh-failed' }),
      onTokenExpired: () => {
        if (this.call) void this.failCall({ outcome: 'failed', code: 'token-refresh-failed' });
      },
      onInvalidToken: () => {
        if (this.call) void this.failCall({ outcome: 'failed', code: 'token-rejected', detail: 'agent/invalidToken' });
      },
    });
    const camera = await this.devices.prepare(client, request.media);
    this.checkAlive();
    this.media.prepare(camera, request.media);
    // The pre-join's background choice goes onto the camera stream before joining (not awaited: the join goes on).
    void this.effects.videoChanged();

    const joinOptions = this.media.joinOptions(request.media);
    let call: SessionCall;
    try {
      call = 'meetingLink' in locator ? agent.join(locator, joinOptions) : agent.join(locator, joinOptions);
    } catch (error) {
      throw sdkError(error, 'join-failed');
    }
    this.call = call;
    this.mainCall = call;
    this.wireCall(call, sdk);
    const context: BindingContext = { call, features: sdk.features, host: this.host, selfId: this.connection.selfId };
    this.breakout = bindFeature(() => bindBreakout(context, (next, to, roomName) => this.moveTo(next, to, roomName)));
    this.connectTimer = setTimeout(() => {
      if (this.current.call === 'connecting') {
        void this.failCall({ outcome: 'failed', code: 'network', detail: 'connect-timeout' });
      }
    }, this.deps.connectTimeoutMs ?? 45_000);
    this.onCallState();
  }

  /* -------------------------------------------------------------------------------------------- */
  /* Call wiring                                                                                   */
  /* -------------------------------------------------------------------------------------------- */

  private wireCall(call: SessionCall, sdk: CallingSdk): void {
    const subs = this.callSubs;
    // One by one (no loop over names) so each event name is checked against the SDK's overloads.
    subs.listen(call, 'stateChanged', () => this.onCallState());
    subs.listen(call, 'isMutedChanged', () => this.updateSelf({ microphoneOn: this.media.microphoneOn(call) }));
    subs.listen(call, 'isScreenSharingOnChanged', () => this.updateSelf({ screenSharing: call.isScreenSharingOn }));
    subs.listen(call, 'isLocalVideoStartedChanged', () => this.media.syncCamera(call));
    subs.listen(call, 'mutedByOthers', () => this.emit({ type: 'muted-by-others' }));
    this.roster.attach(call);

    const context: BindingContext = { call, features: sdk.features, host: this.host, selfId: this.connection.selfId };
    this.features.attach(context, { quality: sdk.diagnosticQuality, setReconnecting: (on: boolean) => this.setReconnecting(on) });
  }

  private onCallState(): void {
    const call = this.call;
    if (!call) return;
    const state = call.state;
    if (state === 'Disconnected' && call !== this.mainCall && this.breakout?.inRoom && !this.leaving) {
      // A breakout room's call ends when the room closes: the visitor goes back to the main meeting.
      void this.breakout.returnToMain().catch(() => {
        if (this.mainCall && this.sdk) this.moveTo(this.mainCall, 'main', this.current.breakout?.roomName ?? '');
      });
      return;
    }
    if (state === 'Disconnected') {
      this.endCall(this.leaving ? { outcome: 'left', code: 'left' } : mapCallEndReason(call.callEndReason));
      return;
    }
    let phase = phaseOf(state, this.current.call);
    // Moving into or out of a breakout room: the visitor stays "in the call" while the other call connects.
    if (phase === 'connecting' && this.everConnected && call !== this.mainCall) phase = this.current.call;
    // Feature values may already be set at admission (a meeting already recorded): re-read on every change.
    this.features.read();
    const first = phase === 'connected' && !this.everConnected;
    if (phase !== 'connecting') clearTimeout(this.connectTimer);
    this.update({
      call: this.reconnecting && phase === 'connected' ? 'reconnecting' : phase,
      self: { ...this.current.self, microphoneOn: this.media.microphoneOn(call), screenSharing: call.isScreenSharingOn },
    });
    this.roster.refresh();
    if (first) {
      this.everConnected = true;
      // Toggles pressed while connecting or in the lobby are carried out now (local-media.ts).
      void this.media.applyOnConnect(call);
      void this.startChat(call);
      void this.effects.onConnected();
    }
  }

  /**
   * The visitor moved between the main meeting and a breakout room: follow the other call object (its roster,
   * streams and per-call bindings); the breakout binding stays on the main call. Chat stays the meeting's.
   */
  private moveTo(next: SessionCall, to: 'room' | 'main', roomName: string): void {
    const sdk = this.sdk;
    if (!sdk || this.call === next || this.disposed || this.leaving) return;
    this.callSubs.dispose();
    this.features.dispose();
    this.roster.clear();
    this.call = next;
    const { captions, spotlight } = INITIAL_SESSION_STATE;
    this.update({ participants: [], streams: [], dominantSpeakers: [], spotlight, captions: { ...this.current.captions, ...captions } });
    this.wireCall(next, sdk);
    this.onCallState();
    this.emit({ type: 'breakout-moved', to, roomName });
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

  private async startChat(call: SessionCall): Promise<void> {
    const request = this.request;
    if (!request) return;
    await startChat({
      call,
      request,
      endpoint: this.options.acsEndpoint ?? this.options.tokenSource.endpoint,
      credential: this.connection.credential,
      selfId: this.connection.selfId,
      signal: this.abort.signal,
      createChat: this.deps.createChat,
      graph: this.options.graph,
      host: this.host,
      stillWanted: () => this.call === call && !this.leaving && !this.disposed,
      getChat: () => this.chat,
      setChat: (chat) => (this.chat = chat),
    });
  }

  /* -------------------------------------------------------------------------------------------- */
  /* Commands                                                                                      */
  /* -------------------------------------------------------------------------------------------- */

  setMicrophone(on: boolean): Promise<void> {
    return this.media.setMicrophone(on);
  }

  setCamera(on: boolean): Promise<void> {
    return this.media.setCamera(on);
  }

  setScreenShare(on: boolean): Promise<void> {
    return this.media.setScreenShare(on);
  }

  async grantConsent(): Promise<void> {
    await this.features.grantConsent();
    await applyMediaAfterConsent(this, this.request?.media);
  }

  setHandRaised(raised: boolean): Promise<void> {
    return this.features.setHandRaised(raised);
  }

  setCaptions(on: boolean): Promise<void> {
    return this.features.setCaptions(on);
  }

  setCaptionLanguage(kind: 'spoken' | 'caption', language: string): Promise<void> {
    return this.features.setCaptionLanguage(kind, language);
  }

  sendReaction(reaction: ReactionKind): Promise<void> {
    return this.features.sendReaction(reaction);
  }

  async joinBreakoutRoom(): Promise<void> {
    if (!this.breakout || !this.inCall()) throw new TmjError('not-permitted', 'no-breakout-assignment');
    await this.breakout.join();
  }

  async returnToMainMeeting(): Promise<void> {
    if (!this.breakout || !this.inCall()) throw new TmjError('not-permitted', 'not-in-breakout-room');
    await this.breakout.returnToMain();
  }

  setBackgroundEffect(effect: BackgroundEffect): Promise<void> {
    return this.effects.setBackgroundEffect(effect);
  }

  setNoiseSuppression(on: boolean): Promise<void> {
    return this.effects.setNoiseSuppression(on);
  }

  async selectDevice(kind: DeviceInfo['kind'], id: string): Promise<void> {
    const camera = await this.devices.select(kind, id);
    if (camera) await this.media.switchCamera(camera).catch((error: unknown) => Promise.reject(toTmjError(error, 'media-device-failed')));
  }

  createVideoView(streamId: string, options?: { fit?: 'cover' | 'contain' }): Promise<VideoView> {
    return this.roster.createVideoView(streamId, options);
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
  /* Ending and cleanup                                                                            */
  /* -------------------------------------------------------------------------------------------- */

  private async failCall(end: CallEnd): Promise<void> {
    const call = this.call;
    this.pendingEnd = end;
    if (call && call.state !== 'Disconnected') await hangUpBounded(call, this.deps.hangUpTimeoutMs ?? 5000);
    if (this.call === call) this.endCall(end);
  }

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
      captions: INITIAL_SESSION_STATE.captions,
      spotlight: [],
      breakout: null,
      self: { ...this.current.self, cameraOn: false, screenSharing: false, handRaised: false },
      chat: {
        ...this.current.chat,
        available: false,
        reason: this.current.chat.reason === 'disabled' ? 'disabled' : 'not-joined',
        typing: [],
      },
    });
  }

  /** Stops and disposes everything this session created. Safe to call repeatedly. */
  private releaseAll(): void {
    clearTimeout(this.connectTimer);
    this.chat?.stop();
    this.chat = undefined;
    this.callSubs.dispose();
    this.features.dispose();
    if (this.breakout) attempt(() => this.breakout?.dispose());
    this.breakout = undefined;
    this.mainCall = undefined;
    this.roster.clear();
    this.media.release();
    this.media.reset();
    this.call = undefined;
    this.connection.release(this.deps.clientDisposeDelayMs ?? 2000);
    this.devices.release();
  }

  /* -------------------------------------------------------------------------------------------- */

  private inCall(): boolean {
    return this.current.call === 'connected' || this.current.call === 'reconnecting' || this.current.call === 'lobby';
  }

  private sdkOrThrow(): CallingSdk {
    if (!this.sdk) throw new TmjError('call-failed', 'not-joined');
    return this.sdk;
  }

  private checkAlive(): void {
    if (this.disposed || this.leaving) throw new TmjError('join-failed', 'cancelled');
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
