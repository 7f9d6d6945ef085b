/**
 * What every `MeetingSession` implementation shares: the current state snapshot, its subscribers, and chat
 * commands delegated to the session's chat controller (src/session/chat). Subclasses decide how and when they
 * publish state; they do it through `emit`.
 */
import { TmjError } from '../core/errors.js';
import type { ChatController } from './chat/chat-controller.js';
import { INITIAL_SESSION_STATE, type SessionEvent, type SessionState } from './types.js';

/** The chat commands a session forwards to its chat controller. */
export type ChatCommands = Pick<ChatController, 'send' | 'retry' | 'discard' | 'typing' | 'markRead'> &
  Partial<Pick<ChatController, 'fetchAttachment' | 'endpoint'>>;

export abstract class SessionBase<Chat extends ChatCommands = ChatCommands> {
  protected current: SessionState = INITIAL_SESSION_STATE;
  /** Exists only while the visitor is in the call and chat started. */
  protected chat: Chat | undefined;
  readonly #listeners = new Set<(event: SessionEvent) => void>();

  get state(): SessionState {
    return this.current;
  }

  subscribe(listener: (event: SessionEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async sendChatMessage(text: string): Promise<void> {
    if (!this.chat) throw new TmjError('chat-unavailable', this.current.chat.reason);
    await this.chat.send(text);
  }

  async retryChatMessage(id: string): Promise<void> {
    await this.chat?.retry(id);
  }

  discardChatMessage(id: string): void {
    this.chat?.discard(id);
  }

  sendTyping(): void {
    this.chat?.typing();
  }

  markRead(messageId: string): void {
    this.chat?.markRead(messageId);
  }

  /** Chat images with the chat token, from the chat endpoint only (ChatController.fetchAttachment). */
  async fetchChatAttachment(url: string, signal?: AbortSignal): Promise<Blob> {
    if (!this.chat?.fetchAttachment) throw new TmjError('chat-unavailable', this.current.chat.reason);
    return this.chat.fetchAttachment(url, signal);
  }

  get chatEndpoint(): string | undefined {
    return this.chat?.endpoint;
  }

  protected emit(event: SessionEvent): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(event);
      } catch {
        // A failing subscriber must not break the session or the other subscribers.
      }
    }
  }

  protected clearListeners(): void {
    this.#listeners.clear();
  }
}
