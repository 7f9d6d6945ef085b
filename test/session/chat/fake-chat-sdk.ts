/**
 * TEST DOUBLE of the Chat SDK objects the ChatController drives. Its types come from the SDK itself
 * (`ChatThreadApi` / `ChatNotificationsApi` are `Pick<ChatThreadClient | ChatClient, ...>`), so a method or a
 * parameter shape the real SDK lacks fails to compile here.
 */
import type {
  ChatMessage as SdkChatMessage,
  ChatMessageDeletedEvent,
  ChatMessageReceivedEvent,
  SendChatMessageResult,
  TypingIndicatorReceivedEvent,
} from '@azure/communication-chat';
import type { CommunicationIdentifierKind } from '@azure/communication-common';
// The chat SDK's own error class (it lives in core-rest-pipeline; communication-common re-exports it only from 2.5).
import { RestError } from '@azure/core-rest-pipeline';
import type { ChatNotificationsApi, ChatSdk, ChatThreadApi } from '../../../src/session/chat/index.js';

type PagedMessages = ReturnType<ChatThreadApi['listMessages']>;
type ListOptions = Parameters<ChatThreadApi['listMessages']>[0];

export const SELF_ID = '8:acs:self-visitor';

export function acsUser(id: string): CommunicationIdentifierKind {
  return { kind: 'communicationUser', communicationUserId: id };
}

export function teamsUser(oid: string): CommunicationIdentifierKind {
  return { kind: 'microsoftTeamsUser', microsoftTeamsUserId: oid, rawId: `8:orgid:${oid}`, isAnonymous: false, cloud: 'public' };
}

let seq = 0;
/** A server message as the SDK returns it from listMessages. */
export function serverMessage(partial: Partial<SdkChatMessage> & { id: string }): SdkChatMessage {
  seq += 1;
  return {
    type: 'text',
    sequenceId: String(seq),
    version: '1',
    content: { message: `message ${partial.id}` },
    senderDisplayName: 'Teams Organizer',
    createdOn: new Date(Date.now() - 60_000 + seq),
    sender: teamsUser('organizer-oid'),
    ...partial,
  };
}

function paged(items: SdkChatMessage[]): PagedMessages {
  let index = 0;
  const iterator: PagedMessages = {
    next: async () => (index < items.length ? { done: false, value: items[index++]! } : { done: true, value: undefined }),
    [Symbol.asyncIterator]: () => iterator,
    byPage: () => {
      let done = false;
      const pages: AsyncIterableIterator<SdkChatMessage[]> = {
        next: async () => {
          if (done) return { done: true, value: undefined };
          done = true;
          return { done: false, value: items };
        },
        [Symbol.asyncIterator]: () => pages,
      };
      return pages;
    },
  };
  return iterator;
}

export class FakeThread implements ChatThreadApi {
  /** Messages on the "server" (any order; returned newest first like the service). */
  messages: SdkChatMessage[] = [];
  listCalls: ListOptions[] = [];
  sent: Array<{ content: string; senderDisplayName: string | undefined; type: string | undefined }> = [];
  typingCalls = 0;
  readReceipts: string[] = [];
  /** Status codes listMessages fails with, consumed one per call (then it succeeds). */
  listFailures: number[] = [];
  /** Status codes sendMessage fails with, consumed one per call. */
  sendFailures: number[] = [];
  /** When set, sendMessage waits for this before answering. */
  sendGate: Promise<void> | undefined;
  private nextId = 1000;

  listMessages(options?: ListOptions): PagedMessages {
    this.listCalls.push(options);
    const failure = this.listFailures.shift();
    if (failure !== undefined) {
      const error = new RestError(`status ${failure}`, { statusCode: failure });
      const failing: PagedMessages = {
        next: () => Promise.reject(error),
        [Symbol.asyncIterator]: () => failing,
        byPage: () => {
          throw error;
        },
      };
      return failing;
    }
    const start = options?.startTime?.getTime() ?? 0;
    const items = this.messages
      .filter((m) => m.createdOn.getTime() > start)
      .sort((a, b) => b.createdOn.getTime() - a.createdOn.getTime());
    return paged(items);
  }

  async sendMessage(
    request: Parameters<ChatThreadApi['sendMessage']>[0],
    options?: Parameters<ChatThreadApi['sendMessage']>[1],
  ): Promise<SendChatMessageResult> {
    if (this.sendGate) await this.sendGate;
    const failure = this.sendFailures.shift();
    if (failure !== undefined) throw new RestError(`status ${failure}`, { statusCode: failure });
    this.sent.push({ content: request.content, senderDisplayName: options?.senderDisplayName, type: options?.type });
    const id = String(this.nextId++);
    this.messages.push(
      serverMessage({ id, content: { message: request.content }, sender: acsUser(SELF_ID), createdOn: new Date(), senderDisplayName: options?.senderDisplayName ?? '' }),
    );
    return { id };
  }

  async sendTypingNotification(): Promise<boolean> {
    this.typingCalls++;
    return true;
  }

  async sendReadReceipt(request: Parameters<ChatThreadApi['sendReadReceipt']>[0]): Promise<void> {
    this.readReceipts.push(request.chatMessageId);
  }
}

type Listener = (event: never) => void;

export class FakeNotifications implements ChatNotificationsApi {
  /** 'reject': start fails (e.g. no config endpoint); 'silent': resolves, never emits (wrong trouter);
   * 'unsupported': `on` itself throws, like the real ChatClient in Node. */
  mode: 'reject' | 'silent' | 'unsupported' = 'silent';
  started = false;
  stopCalls = 0;
  private readonly listeners = new Map<string, Set<Listener>>();

  async startRealtimeNotifications(): Promise<void> {
    if (this.mode === 'reject') throw new Error('realtime config unavailable');
    this.started = true;
  }

  async stopRealtimeNotifications(): Promise<void> {
    this.stopCalls++;
    this.started = false;
    this.listeners.clear();
  }

  on(event: string, listener: Listener): void {
    if (this.mode === 'unsupported') throw new Error('Realtime notifications are only supported in the browser.');
    if (!this.started && event !== 'realTimeNotificationConnected' && event !== 'realTimeNotificationDisconnected') {
      // Same rule as the real ChatClient.on.
      throw new Error('You must call startRealtimeNotifications before you can subscribe to events.');
    }
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
  }

  off(event: string, listener: Listener): void {
    this.listeners.get(event)?.delete(listener);
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.size ?? 0;
  }

  emit(event: 'realTimeNotificationConnected' | 'realTimeNotificationDisconnected'): void;
  emit(event: 'chatMessageReceived', payload: ChatMessageReceivedEvent): void;
  emit(event: 'chatMessageDeleted', payload: ChatMessageDeletedEvent): void;
  emit(event: 'typingIndicatorReceived', payload: TypingIndicatorReceivedEvent): void;
  emit(event: string, payload?: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (e: unknown) => void)(payload);
  }
}

export function fakeSdk(): { sdk: ChatSdk; thread: FakeThread; notifications: FakeNotifications } {
  const thread = new FakeThread();
  const notifications = new FakeNotifications();
  return { sdk: { thread, notifications }, thread, notifications };
}
