/**
 * FakeSession — a deterministic TEST DOUBLE of `MeetingSession` for the element's own tests.
 * It does no networking and no media. Tests drive it explicitly:
 *   - `fake.update({...})` publishes a new state (shallow-merged; nested objects replaced),
 *   - `fake.emit(event)` publishes a discrete event,
 *   - `fake.calls` records every command the UI sent, in order,
 *   - `fake.joinBehaviour` decides what `join()` does (resolve into a phase, or reject with a TmjError).
 */
import { TmjError } from '../../src/core/errors.js';
import type { ErrorCode } from '../../src/core/errors.js';
import {
  INITIAL_SESSION_STATE,
  type BackgroundEffect,
  type ChatMessage,
  type DeviceInfo,
  type JoinRequest,
  type MeetingSession,
  type ReactionKind,
  type SessionEvent,
  type SessionFactory,
  type SessionOptions,
  type SessionState,
  type VideoView,
} from '../../src/session/types.js';

export interface FakeCall {
  readonly method: string;
  readonly args: readonly unknown[];
}

export type JoinBehaviour =
  | { readonly kind: 'phase'; readonly phase: SessionState['call'] }
  | { readonly kind: 'reject'; readonly code: ErrorCode }
  | { readonly kind: 'pending' };

export class FakeSession implements MeetingSession {
  readonly kind = 'emulator' as const;
  readonly calls: FakeCall[] = [];
  joinBehaviour: JoinBehaviour = { kind: 'phase', phase: 'connected' };
  /** When set, `sendChatMessage` marks the message failed with this code instead of sent. */
  failNextSend: ErrorCode | undefined;
  disposed = false;
  /** When set, `join` first fetches a token from its token source, as real sessions do (rejections propagate). */
  fetchToken = false;
  lastJoin: JoinRequest | undefined;
  readonly views: Array<VideoView & { disposed: boolean }> = [];

  #state: SessionState = INITIAL_SESSION_STATE;
  #listeners = new Set<(event: SessionEvent) => void>();
  #localSeq = 0;

  constructor(readonly options?: SessionOptions) {}

  get state(): SessionState {
    return this.#state;
  }

  subscribe(listener: (event: SessionEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }

  /** Publishes a new state made of the current one plus `patch`. */
  update(patch: Partial<SessionState>): void {
    this.#state = { ...this.#state, ...patch };
    this.emit({ type: 'state', state: this.#state });
  }

  emit(event: SessionEvent): void {
    for (const listener of [...this.#listeners]) listener(event);
  }

  async join(request: JoinRequest): Promise<void> {
    this.calls.push({ method: 'join', args: [request] });
    this.lastJoin = request;
    if (this.fetchToken) await this.options!.tokenSource.getToken({});
    const behaviour = this.joinBehaviour;
    if (behaviour.kind === 'reject') throw new TmjError(behaviour.code, 'fake');
    this.update({
      call: 'connecting',
      self: {
        ...this.#state.self,
        displayName: request.displayName,
        microphoneOn: request.media.microphoneOn,
        cameraOn: request.media.cameraOn,
      },
    });
    if (behaviour.kind === 'phase' && behaviour.phase !== 'connecting') {
      this.update({ call: behaviour.phase });
    }
  }

  async leave(): Promise<void> {
    this.calls.push({ method: 'leave', args: [] });
    if (this.#state.call === 'idle' || this.#state.call === 'ended') return;
    this.update({ call: 'ended', end: { outcome: 'left', code: 'left' } });
  }

  async setMicrophone(on: boolean): Promise<void> {
    this.calls.push({ method: 'setMicrophone', args: [on] });
    this.update({ self: { ...this.#state.self, microphoneOn: on } });
  }

  async setCamera(on: boolean): Promise<void> {
    this.calls.push({ method: 'setCamera', args: [on] });
    this.update({ self: { ...this.#state.self, cameraOn: on } });
  }

  async setScreenShare(on: boolean): Promise<void> {
    this.calls.push({ method: 'setScreenShare', args: [on] });
    this.update({ self: { ...this.#state.self, screenSharing: on } });
  }

  async setHandRaised(raised: boolean): Promise<void> {
    this.calls.push({ method: 'setHandRaised', args: [raised] });
    this.update({ self: { ...this.#state.self, handRaised: raised } });
  }

  async setCaptions(on: boolean): Promise<void> {
    this.calls.push({ method: 'setCaptions', args: [on] });
    this.update({ captions: { ...this.#state.captions, active: on, lines: on ? this.#state.captions.lines : [] } });
  }

  async setCaptionLanguage(kind: 'spoken' | 'caption', language: string): Promise<void> {
    this.calls.push({ method: 'setCaptionLanguage', args: [kind, language] });
    const c = this.#state.captions;
    this.update({ captions: kind === 'spoken' ? { ...c, spokenLanguage: language } : { ...c, captionLanguage: language } });
  }

  async sendReaction(reaction: ReactionKind): Promise<void> {
    this.calls.push({ method: 'sendReaction', args: [reaction] });
  }

  async joinBreakoutRoom(): Promise<void> {
    this.calls.push({ method: 'joinBreakoutRoom', args: [] });
  }

  async returnToMainMeeting(): Promise<void> {
    this.calls.push({ method: 'returnToMainMeeting', args: [] });
  }

  async setBackgroundEffect(effect: BackgroundEffect): Promise<void> {
    this.calls.push({ method: 'setBackgroundEffect', args: [effect] });
    this.update({ effects: { ...this.#state.effects, background: effect, error: undefined } });
  }

  async setNoiseSuppression(on: boolean): Promise<void> {
    this.calls.push({ method: 'setNoiseSuppression', args: [on] });
    this.update({ effects: { ...this.#state.effects, noiseSuppression: on, error: undefined } });
  }

  async selectDevice(kind: DeviceInfo['kind'], id: string): Promise<void> {
    this.calls.push({ method: 'selectDevice', args: [kind, id] });
    const key = kind === 'camera' ? 'cameraId' : kind === 'microphone' ? 'microphoneId' : 'speakerId';
    this.update({ self: { ...this.#state.self, [key]: id } });
  }

  /** When set, `grantConsent` rejects with this code (the service refused the consent). */
  failNextConsent: ErrorCode | undefined;

  /** Like the real sessions: consent clears `consentRequired` and applies the pre-join media choices. */
  async grantConsent(): Promise<void> {
    this.calls.push({ method: 'grantConsent', args: [] });
    const code = this.failNextConsent;
    this.failNextConsent = undefined;
    if (code) throw new TmjError(code, 'fake');
    const media = this.lastJoin?.media;
    this.update({
      consentRequired: null,
      capabilities: { ...this.#state.capabilities, unmuteMic: true, turnVideoOn: true, shareScreen: true, reasons: {} },
      self: {
        ...this.#state.self,
        microphoneOn: media?.microphoneOn ?? this.#state.self.microphoneOn,
        cameraOn: media?.cameraOn ?? this.#state.self.cameraOn,
      },
    });
  }

  /** A plain element stands in for a rendered stream; tests check it is placed and disposed. */
  async createVideoView(streamId: string): Promise<VideoView> {
    this.calls.push({ method: 'createVideoView', args: [streamId] });
    const element = document.createElement('div');
    element.dataset.fakeStream = streamId;
    const view = {
      element,
      disposed: false,
      dispose() {
        view.disposed = true;
        element.remove();
      },
    };
    this.views.push(view);
    return view;
  }

  async sendChatMessage(text: string): Promise<void> {
    this.calls.push({ method: 'sendChatMessage', args: [text] });
    const id = `local:${++this.#localSeq}`;
    const message: ChatMessage = {
      id,
      senderId: 'self',
      senderDisplayName: this.#state.self.displayName,
      isOwn: true,
      format: 'text',
      content: text,
      createdOn: new Date(0),
      status: 'sending',
    };
    this.#setMessages([...this.#state.chat.messages, message]);
    this.#settle(id);
  }

  async retryChatMessage(id: string): Promise<void> {
    this.calls.push({ method: 'retryChatMessage', args: [id] });
    this.#setMessages(
      this.#state.chat.messages.map((m) => (m.id === id ? { ...m, status: 'sending', error: undefined } : m)),
    );
    this.#settle(id);
  }

  discardChatMessage(id: string): void {
    this.calls.push({ method: 'discardChatMessage', args: [id] });
    this.#setMessages(this.#state.chat.messages.filter((m) => m.id !== id));
  }

  sendTyping(): void {
    this.calls.push({ method: 'sendTyping', args: [] });
  }

  markRead(messageId: string): void {
    this.calls.push({ method: 'markRead', args: [messageId] });
  }

  dispose(): void {
    this.calls.push({ method: 'dispose', args: [] });
    this.disposed = true;
    for (const view of this.views) view.dispose();
    this.#listeners.clear();
  }

  #settle(id: string): void {
    const failure = this.failNextSend;
    this.failNextSend = undefined;
    this.#setMessages(
      this.#state.chat.messages.map((m) =>
        m.id !== id
          ? m
          : failure
            ? { ...m, status: 'failed', error: failure }
            : { ...m, id: id.replace('local:', 'srv:'), status: 'sent' },
      ),
    );
  }

  #setMessages(messages: readonly ChatMessage[]): void {
    this.update({ chat: { ...this.#state.chat, messages } });
  }
}

/** A factory handing out FakeSessions; `sessions` keeps every one created, newest last. */
export function fakeSessionFactory(setup?: (session: FakeSession) => void): SessionFactory & {
  sessions: FakeSession[];
} {
  const sessions: FakeSession[] = [];
  return {
    kind: 'emulator',
    sessions,
    create(options: SessionOptions) {
      const session = new FakeSession(options);
      setup?.(session);
      sessions.push(session);
      return session;
    },
  };
}
