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
import { createHttpHeaders, createPipelineRequest, RestError } from '@azure/core-rest-pipeline';
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

/** Newest first, in pages of `pageSize` (the SDK's pager follows nextLink the same way). */
function paged(items: SdkChatMessage[], pageSize = 20, onPage?: () => void): PagedMessages {
  const pagesOf = (): AsyncIterableIterator<SdkChatMessage[]> => {
    let offset = 0;
    let first = true;
    const pages: AsyncIterableIterator<SdkChatMessage[]> = {
      next: async () => {
        if (!first && offset >= items.length) return { done: true, value: undefined };
        first = false;
        onPage?.();
        const page = items.slice(offset, offset + pageSize);
        offset += pageSize;
        return { done: false, value: page };
      },
      [Symbol.asyncIterator]: () => pages,
    };
    return pages;
  };
  let index = 0;
  let pageIterator: AsyncIterableIterator<SdkChatMessage[]> | undefined;
  let buffer: SdkChatMessage[] = [];
  const iterator: PagedMessages = {
    next: async () => {
      pageIterator ??= pagesOf();
      while (index >= buffer.length) {
        const page = await pageIterator.next();
        if (page.done) return { done: true, value: undefined };
        buffer = page.value;
        index = 0;
        if (buffer.length === 0) return { done: true, value: undefined };
      }
      return { done: false, value: buffer[index++]! };
    },
    [Symbol.asyncIterator]: () => iterator,
    byPage: () => pagesOf(),
  };
  return iterator;
}

export class FakeThread implements ChatThreadApi {
  /** Messages on the "server" (any order; returned newest first like the service). */
  messages: SdkChatMessage[] = [];
  listCalls: ListOptions[] = [];
  sent: Array<{ content: string; senderDisplayName: string | undefined; type: string | undefined; metadata?: Record<string, string> | undefined }> = [];
  typingCalls = 0;
  readReceipts: string[] = [];
  /** Status codes listMessages fails with, consumed one per call (then it succeeds); an object adds headers. */
  listFailures: Array<number | { status: number; headers?: Record<string, string> }> = [];
  /** Every sendMessage call, before any gate or fault (what the client tried to post). */
  attempts: Array<{ content: string; metadata?: Record<string, string> | undefined }> = [];
  /** Pages served (each is one request to the service). */
  pageRequests = 0;
  /** Time of each listMessages call. */
  listTimes: number[] = [];
  /** 'store-then-cut': the next sends are stored, then fail without an answer (a lost response). */
  sendFates: Array<'store-then-cut' | 'hang'> = [];
  /** Status codes sendMessage fails with, consumed one per call. */
  sendFailures: number[] = [];
  /** When set, sendMessage waits for this before answering. */
  sendGate: Promise<void> | undefined;
  private nextId = 1000;

  listMessages(options?: ListOptions): PagedMessages {
    this.listCalls.push(options);
    this.listTimes.push(Date.now());
    const spec = this.listFailures.shift();
    if (spec !== undefined) {
      const failure = typeof spec === 'number' ? { status: spec } : spec;
      const headers = createHttpHeaders(failure.headers ?? {});
      const error = new RestError(`status ${failure.status}`, {
        statusCode: failure.status,
        response: { status: failure.status, headers, request: createPipelineRequest({ url: 'https://example.test' }) },
      });
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
    return paged(items, options?.maxPageSize ?? 20, () => this.pageRequests++);
  }

  async sendMessage(
    request: Parameters<ChatThreadApi['sendMessage']>[0],
    options?: Parameters<ChatThreadApi['sendMessage']>[1],
  ): Promise<SendChatMessageResult> {
    this.attempts.push({ content: request.content, metadata: options?.metadata });
    if (this.sendGate) await this.sendGate;
    const fate = this.sendFates.shift();
    if (fate === 'hang') {
      await new Promise<void>((_, reject) => {
        const signal = options?.abortSignal;
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
      });
    }
    const failure = this.sendFailures.shift();
    if (failure !== undefined) throw new RestError(`status ${failure}`, { statusCode: failure });
    this.sent.push({ content: request.content, senderDisplayName: options?.senderDisplayName, type: options?.type, metadata: options?.metadata });
    const id = String(this.nextId++);
    this.messages.push(
      serverMessage({
        id,
        content: { message: request.content },
        sender: acsUser(SELF_ID),
        createdOn: new Date(),
        senderDisplayName: options?.senderDisplayName ?? '',
        ...(options?.metadata ? { metadata: options.metadata } : {}),
      }),
    );
    // Stored, but the answer is lost on the way back (what the browser reports as a failed fetch).
    if (fate === 'store-then-cut') throw new RestError('Failed to fetch', { code: 'REQUEST_SEND_ERROR' });
    return { id };
  }

  async sendTypingNotification(): Promise<boolean> {
    this.typingCalls++;
    return true;
  }

  /** Not part of `ChatThreadApi` (read receipts are unsupported for Teams external users); kept on the double
   * only so a test can prove the controller never calls it. */
  async sendReadReceipt(request: { chatMessageId: string }): Promise<void> {
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
