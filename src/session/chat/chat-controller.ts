/**
 * Meeting chat over the real `@azure/communication-chat` SDK, shared by the ACS session and the emulator session.
 * DOM-free: it publishes `ChatState` snapshots (src/session/types.ts) and never renders anything.
 *
 * What it does:
 *  - history on `start()` (newest `historyLimit` text/html messages; system messages are filtered out);
 *  - own messages appear at once as `sending` (id `local:…`), then become `sent` (server id) or `failed`
 *    (`chat-send-failed`, kept for `retry()`/`discard()` — a typed message is never silently lost);
 *  - real-time notifications when they connect; until then, and whenever they drop, polling with
 *    `listMessages({startTime})`. The SDK can "start" notifications against an unreachable/wrong trouter and then
 *    retry forever without an event (see the facts note), so real-time only counts once an event proves it;
 *  - typing notifications (the SDK itself throttles them to one per 8 s), typing indicators of others (expire after
 *    `typingTimeoutMs`), read receipts for the newest message;
 *  - `stop()` ends notifications, polling, timers and in-flight requests.
 *
 * Failures are state, not exceptions: `start()` and `send()` resolve; problems show in `ChatState`
 * (`reason: 'error'`, `error`) or on the message (`status: 'failed'`), and recoverable ones through `onWarning`.
 */
import type {
  ChatClient,
  ChatClientOptions,
  ChatMessage as SdkChatMessage,
  ChatMessageDeletedEvent,
  ChatMessageEditedEvent,
  ChatMessageReceivedEvent,
  ChatThreadClient,
  TypingIndicatorReceivedEvent,
} from '@azure/communication-chat';
import {
  getIdentifierRawId,
  type CommunicationIdentifierKind,
  type CommunicationTokenCredential,
} from '@azure/communication-common';
import { isRestError, type HttpClient } from '@azure/core-rest-pipeline';
import { TmjError, type ErrorCode } from '../../core/errors.js';
import type { ChatMessage, ChatState } from '../types.js';

/**
 * The ACS limit for a message's content. ACS documents a 28 KB maximum message size; counting UTF-16 code units
 * of the text is the closest a text box can check (multi-byte text may still be refused: then the message
 * fails visibly and stays for retry/editing).
 */
export const CHAT_MAX_LENGTH = 28000;

/** The parts of `ChatThreadClient` this controller uses (test doubles are typed by this, i.e. by the SDK). */
export type ChatThreadApi = Pick<
  ChatThreadClient,
  'listMessages' | 'sendMessage' | 'sendTypingNotification' | 'sendReadReceipt'
>;
/** The parts of `ChatClient` this controller uses for real-time notifications. */
export type ChatNotificationsApi = Pick<ChatClient, 'startRealtimeNotifications' | 'stopRealtimeNotifications' | 'on' | 'off'>;

/** The SDK objects a controller drives; normally built from `endpoint` + `credential`, injectable for tests. */
export interface ChatSdk {
  readonly notifications: ChatNotificationsApi;
  readonly thread: ChatThreadApi;
}

export interface ChatControllerOptions {
  /** ACS endpoint (`https://<resource>.communication.azure.com`), or the emulator's `https://localhost:PORT` form. */
  readonly endpoint: string;
  /** The meeting's chat thread, e.g. `19:meeting_…@thread.v2`. */
  readonly threadId: string;
  readonly credential: CommunicationTokenCredential;
  /** The visitor's raw id (`8:acs:…`), to tell own messages from others'. */
  readonly selfId: string;
  readonly displayName: string;
  /** Transport override, e.g. `createLoopbackHttpClient()` for a loopback emulator. */
  readonly httpClient?: HttpClient | undefined;
  /** Polling period while real-time notifications are not proven to work. Default 2000 ms. */
  readonly pollIntervalMs?: number | undefined;
  /** How long real-time may stay silent after starting before polling is reported (`chat-polling`). Default 10 s. */
  readonly realtimeConfirmMs?: number | undefined;
  /** Delays between attempts to load history when the service says 403/404 (the visitor is added to the meeting
   * thread shortly after being admitted). Default [1000, 2000, 4000]. */
  readonly startRetryDelaysMs?: readonly number[] | undefined;
  /** Newest messages loaded as history. Default 100. */
  readonly historyLimit?: number | undefined;
  /** A typing indicator is dropped after this long without a renewal. Default 8000 ms. */
  readonly typingTimeoutMs?: number | undefined;
  /** Set to false to never try real-time notifications (polling only). Default true. */
  readonly realtime?: boolean | undefined;
  /** Replaces the SDK objects (tests only). */
  readonly sdk?: ChatSdk | undefined;
  /** A full snapshot after every change. */
  onChange(chat: ChatState): void;
  /** Each newly received message from someone else (not history, not own). */
  onMessage(message: ChatMessage): void;
  /** Recoverable problems, e.g. `chat-polling` when real-time did not connect. */
  onWarning(code: ErrorCode): void;
}

/**
 * Builds the SDK objects for a thread. The Chat SDK is imported here, on first use, so that code which only
 * needs types or test doubles never loads it (its signaling dependency is CommonJS-only and needs bundling).
 */
export async function createChatSdk(
  options: Pick<ChatControllerOptions, 'endpoint' | 'threadId' | 'credential' | 'httpClient'>,
): Promise<ChatSdk> {
  const { ChatClient } = await import('@azure/communication-chat');
  const clientOptions: ChatClientOptions = {};
  if (options.httpClient) clientOptions.httpClient = options.httpClient;
  const client = new ChatClient(options.endpoint, options.credential, clientOptions);
  return { notifications: client, thread: client.getChatThreadClient(options.threadId) };
}

/** Maps an SDK/realtime message type: html (Teams users' rich text) stays html, everything else is plain text. */
export function messageFormat(type: string): 'html' | 'text' {
  const t = type.toLowerCase();
  // Real-time events carry the wire type (`RichText/Html`, `Text`); REST messages carry `html`/`text`.
  return t === 'html' || t === 'richtext/html' ? 'html' : 'text';
}

/** The status code of an SDK failure (`RestError.statusCode`), if it has one. */
export function restStatus(error: unknown): number | undefined {
  return isRestError(error) ? error.statusCode : undefined;
}

interface Entry {
  message: ChatMessage;
  /** Server order (`sequenceId`); realtime events have none, local messages neither. */
  sequence: number;
  /** Own message text, kept for retry. */
  text?: string;
}

const CHAT_TYPES = new Set(['text', 'html']);
let localCounter = 0;

export class ChatController {
  private readonly options: ChatControllerOptions;
  private sdk: ChatSdk | undefined;
  private readonly entries = new Map<string, Entry>();
  private readonly typingTimers = new Map<string, { name: string; timer: ReturnType<typeof setTimeout> }>();
  private readonly abort = new AbortController();
  private current: ChatState = {
    available: false,
    reason: 'not-joined',
    messages: [],
    typing: [],
    maxLength: CHAT_MAX_LENGTH,
  };
  private started = false;
  private stopped = false;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private confirmTimer: ReturnType<typeof setTimeout> | undefined;
  private polling = false;
  private realtimeStarted = false;
  private realtimeLive = false;
  private pollingWarned = false;
  /** Newest server `createdOn` seen, the `startTime` of the next poll. */
  private newestServerTime = 0;
  private lastReadId: string | undefined;
  private consecutiveAuthFailures = 0;
  private readonly listeners: Array<() => void> = [];

  constructor(options: ChatControllerOptions) {
    this.options = options;
  }

  /** The latest snapshot (also delivered through `onChange`). */
  get state(): ChatState {
    return this.current;
  }

  /**
   * Loads history and starts receiving. Resolves when history is in state (chat available) or when chat could
   * not start (state `reason: 'error'`). `signal` aborting is the same as `stop()`.
   */
  async start(signal?: AbortSignal): Promise<void> {
    if (this.started || this.stopped) return;
    this.started = true;
    if (signal) {
      if (signal.aborted) return this.stop();
      signal.addEventListener('abort', () => this.stop(), { once: true, signal: this.abort.signal });
    }
    try {
      this.sdk = this.options.sdk ?? (await createChatSdk(this.options));
    } catch (error) {
      if (!this.stopped) this.fail(restStatus(error) === 401 ? 'token-rejected' : 'chat-unavailable');
      return;
    }
    if (this.stopped) return;

    const delays = this.options.startRetryDelaysMs ?? [1000, 2000, 4000];
    for (let attempt = 0; ; attempt++) {
      try {
        await this.loadHistory();
        break;
      } catch (error) {
        if (this.stopped) return;
        const status = restStatus(error);
        const retryable = status === 403 || status === 404 || status === undefined || status >= 500;
        if (!retryable || attempt >= delays.length) {
          this.fail(status === 401 ? 'token-rejected' : status === 403 ? 'chat-unavailable' : 'chat-load-failed');
          return;
        }
        if (!(await this.sleep(delays[attempt] ?? 1000))) return;
      }
    }
    if (this.stopped) return;
    this.update({ available: true, reason: undefined, error: undefined, transport: 'polling' });
    // Poll from the start: no message may be missed while real-time proves itself (or never does).
    this.startPolling();
    if (this.options.realtime !== false) void this.startRealtime();
  }

  /** Ends notifications, polling, timers and in-flight requests. Idempotent. The last state stays readable. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.abort.abort();
    this.stopPolling();
    clearTimeout(this.confirmTimer);
    for (const { timer } of this.typingTimers.values()) clearTimeout(timer);
    this.typingTimers.clear();
    for (const remove of this.listeners.splice(0)) remove();
    if (this.realtimeStarted && this.sdk) {
      this.realtimeStarted = false;
      this.sdk.notifications.stopRealtimeNotifications().catch(() => undefined);
    }
  }

  /**
   * Sends a plain-text message. It shows at once as `sending`; resolves when it is `sent` or `failed` (service
   * failures are state, not rejections). Empty text is ignored. Rejects with a `TmjError` only when the text is
   * not accepted at all — chat unavailable (`chat-unavailable`) or longer than `maxLength` (`chat-send-failed`,
   * detail `too-long`) — so the caller keeps the typed text.
   */
  async send(text: string): Promise<void> {
    if (text.trim() === '') return;
    if (this.stopped || !this.current.available) throw new TmjError('chat-unavailable', this.current.reason);
    if (text.length > CHAT_MAX_LENGTH) throw new TmjError('chat-send-failed', 'too-long');
    const id = `local:${++localCounter}`;
    const entry: Entry = {
      message: {
        id,
        senderId: this.options.selfId,
        senderDisplayName: this.options.displayName,
        isOwn: true,
        format: 'text',
        content: text,
        createdOn: new Date(),
        status: 'sending',
      },
      sequence: NaN,
      text,
    };
    this.entries.set(id, entry);
    this.publish();
    await this.deliver(id);
  }

  /** Re-sends a `failed` own message by its local id. */
  async retry(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (this.stopped || !entry || entry.message.status !== 'failed') return;
    entry.message = { ...entry.message, status: 'sending', error: undefined };
    this.publish();
    await this.deliver(id);
  }

  /** Drops a `failed` own message. */
  discard(id: string): void {
    const entry = this.entries.get(id);
    if (!entry || entry.message.status !== 'failed') return;
    this.entries.delete(id);
    this.publish();
  }

  /** Tells others the visitor is typing (the SDK sends at most one notification per 8 s). */
  typing(): void {
    if (this.stopped || !this.sdk || !this.current.available) return;
    this.sdk.thread
      .sendTypingNotification({ senderDisplayName: this.options.displayName, abortSignal: this.abort.signal })
      .catch(() => undefined); // typing is best effort
  }

  /** Sends a read receipt for `id` (a server message id) unless it was already the last one marked. */
  markRead(id: string): void {
    if (this.stopped || !this.sdk || !this.current.available) return;
    if (id.startsWith('local:') || id === this.lastReadId || !this.entries.has(id)) return;
    this.lastReadId = id;
    this.sdk.thread.sendReadReceipt({ chatMessageId: id }, { abortSignal: this.abort.signal }).catch(() => {
      if (this.lastReadId === id) this.lastReadId = undefined;
    });
  }

  /* ---------------------------------------------------------------------------------------------- */

  private async deliver(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry || !this.sdk) return;
    const text = entry.text ?? entry.message.content;
    try {
      const result = await this.sdk.thread.sendMessage(
        { content: text },
        { senderDisplayName: this.options.displayName, type: 'text', abortSignal: this.abort.signal },
      );
      const current = this.entries.get(id);
      if (!current) return;
      this.entries.delete(id);
      const existing = this.entries.get(result.id);
      if (existing) {
        // The server copy arrived (poll/realtime) before the send resolved: keep it, marked as sent.
        existing.message = { ...existing.message, status: 'sent', isOwn: true };
      } else {
        this.entries.set(result.id, { ...current, message: { ...current.message, id: result.id, status: 'sent' } });
      }
      this.publish();
    } catch (error) {
      if (this.stopped) return;
      this.setFailed(id);
    }
  }

  private setFailed(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    entry.message = { ...entry.message, status: 'failed', error: 'chat-send-failed' };
    this.publish();
  }

  private async loadHistory(): Promise<void> {
    const sdk = this.sdk;
    if (!sdk) return;
    const limit = this.options.historyLimit ?? 100;
    const batch: SdkChatMessage[] = [];
    // Newest first; stop once enough chat messages are in (system messages don't count).
    for await (const message of sdk.thread.listMessages({ maxPageSize: 50, abortSignal: this.abort.signal })) {
      if (this.stopped) return;
      if (!CHAT_TYPES.has(message.type) || message.deletedOn) continue;
      batch.push(message);
      if (batch.length >= limit) break;
    }
    for (const message of batch) this.ingest(message, false);
    this.publish();
  }

  private startPolling(): void {
    this.polling = true;
    this.schedulePoll();
  }

  private stopPolling(): void {
    this.polling = false;
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
  }

  private schedulePoll(): void {
    if (!this.polling || this.stopped) return;
    clearTimeout(this.pollTimer);
    this.pollTimer = setTimeout(() => void this.pollOnce(), this.options.pollIntervalMs ?? 2000);
  }

  /** Fetches messages newer than the newest seen. Also used once as catch-up when real-time connects. */
  private async pollOnce(): Promise<void> {
    const sdk = this.sdk;
    if (!sdk || this.stopped) return;
    // A little overlap: clocks and equal timestamps must not drop a message; ids dedupe the rest.
    const startTime = new Date(Math.max(0, this.newestServerTime - 2000));
    let changed = false;
    try {
      let count = 0;
      for await (const message of sdk.thread.listMessages({
        maxPageSize: 50,
        startTime,
        abortSignal: this.abort.signal,
      })) {
        if (this.stopped) return;
        if (!CHAT_TYPES.has(message.type)) continue;
        // A message deleted since it was shown disappears (polling with startTime returns it with deletedOn).
        if (message.deletedOn) changed = this.entries.delete(message.id) || changed;
        else changed = this.ingest(message, true) || changed;
        if (++count >= 500) break;
      }
      this.consecutiveAuthFailures = 0;
    } catch (error) {
      if (this.stopped) return;
      const status = restStatus(error);
      if (status === 401 || status === 403) {
        // The visitor lost access (removed from the thread, token rejected): stop asking, say so.
        if (++this.consecutiveAuthFailures >= 3) {
          this.fail(status === 401 ? 'token-rejected' : 'chat-unavailable');
          return;
        }
      }
    }
    if (changed) this.publish();
    this.schedulePoll();
  }

  private async startRealtime(): Promise<void> {
    const sdk = this.sdk;
    if (!sdk) return;
    const connected = () => this.realtimeProven();
    const disconnected = () => this.realtimeLost();
    try {
      // `on` itself throws where the SDK has no real-time support (Node), so it is inside the try.
      // The SDK has no `off` for these two; `stopRealtimeNotifications()` removes every listener, and the
      // handlers ignore calls after `stop()`, so nothing leaks past this controller's client.
      sdk.notifications.on('realTimeNotificationConnected', connected);
      sdk.notifications.on('realTimeNotificationDisconnected', disconnected);
      await sdk.notifications.startRealtimeNotifications();
    } catch {
      if (!this.stopped) this.warnPolling();
      return;
    }
    if (this.stopped) {
      sdk.notifications.stopRealtimeNotifications().catch(() => undefined);
      return;
    }
    this.realtimeStarted = true;
    // Chat events can only be subscribed after a successful start (the SDK throws otherwise).
    const received = (event: ChatMessageReceivedEvent) => this.onRealtimeMessage(event);
    const edited = (event: ChatMessageEditedEvent) => this.onRealtimeMessage(event);
    const typing = (event: TypingIndicatorReceivedEvent) => this.onRealtimeTyping(event);
    const deleted = (event: ChatMessageDeletedEvent) => {
      if (this.stopped || event.threadId !== this.options.threadId) return;
      this.realtimeProven();
      if (this.entries.delete(event.id)) this.publish();
    };
    sdk.notifications.on('chatMessageReceived', received);
    sdk.notifications.on('chatMessageEdited', edited);
    sdk.notifications.on('chatMessageDeleted', deleted);
    sdk.notifications.on('typingIndicatorReceived', typing);
    this.listeners.push(
      () => sdk.notifications.off('chatMessageReceived', received),
      () => sdk.notifications.off('chatMessageEdited', edited),
      () => sdk.notifications.off('chatMessageDeleted', deleted),
      () => sdk.notifications.off('typingIndicatorReceived', typing),
    );
    if (!this.realtimeLive) {
      this.confirmTimer = setTimeout(() => {
        if (!this.realtimeLive) this.warnPolling();
      }, this.options.realtimeConfirmMs ?? 10000);
    }
  }

  private realtimeProven(): void {
    if (this.stopped || this.realtimeLive) return;
    this.realtimeLive = true;
    clearTimeout(this.confirmTimer);
    this.stopPolling();
    this.pollingWarned = false;
    // Catch up on anything between the last poll and the connection.
    void this.pollOnce();
    this.update({ transport: 'realtime' });
  }

  private realtimeLost(): void {
    if (this.stopped || !this.realtimeLive) return;
    this.realtimeLive = false;
    this.update({ transport: 'polling' });
    this.startPolling();
  }

  private warnPolling(): void {
    if (this.pollingWarned || this.realtimeLive) return;
    this.pollingWarned = true;
    this.options.onWarning('chat-polling');
  }

  private onRealtimeMessage(event: ChatMessageReceivedEvent | ChatMessageEditedEvent): void {
    if (this.stopped || event.threadId !== this.options.threadId) return;
    this.realtimeProven();
    const message: SdkChatMessage = {
      id: event.id,
      type: messageFormat(event.type),
      sequenceId: '',
      version: event.version,
      content: { message: event.message },
      senderDisplayName: event.senderDisplayName,
      createdOn: new Date(event.createdOn),
      sender: event.sender,
      ...('editedOn' in event ? { editedOn: new Date(event.editedOn) } : {}),
    };
    if (this.ingest(message, true)) this.publish();
  }

  private onRealtimeTyping(event: TypingIndicatorReceivedEvent): void {
    if (this.stopped || event.threadId !== this.options.threadId) return;
    this.realtimeProven();
    const senderId = rawId(event.sender);
    if (senderId === this.options.selfId) return;
    const existing = this.typingTimers.get(senderId);
    if (existing) clearTimeout(existing.timer);
    const timer = setTimeout(() => {
      this.typingTimers.delete(senderId);
      this.publish();
    }, this.options.typingTimeoutMs ?? 8000);
    this.typingTimers.set(senderId, { name: event.senderDisplayName || '', timer });
    this.publish();
  }

  /** Adds or updates a server message. Returns whether state changed. `live` = announce it via `onMessage`. */
  private ingest(sdkMessage: SdkChatMessage, live: boolean): boolean {
    const senderId = sdkMessage.sender ? rawId(sdkMessage.sender) : '';
    const isOwn = senderId !== '' && senderId === this.options.selfId;
    const createdOn = new Date(sdkMessage.createdOn);
    this.newestServerTime = Math.max(this.newestServerTime, createdOn.getTime());
    const sequence = Number(sdkMessage.sequenceId);
    const existing = this.entries.get(sdkMessage.id);
    const message: ChatMessage = {
      id: sdkMessage.id,
      senderId,
      senderDisplayName: sdkMessage.senderDisplayName ?? '',
      isOwn,
      format: messageFormat(sdkMessage.type),
      content: sdkMessage.content?.message ?? '',
      createdOn,
      editedOn: sdkMessage.editedOn ? new Date(sdkMessage.editedOn) : undefined,
      status: isOwn ? 'sent' : 'received',
    };
    if (existing) {
      const prev = existing.message;
      if (
        prev.content === message.content &&
        prev.editedOn?.getTime() === message.editedOn?.getTime() &&
        (Number.isFinite(existing.sequence) || !Number.isFinite(sequence))
      ) {
        return false;
      }
      existing.message = { ...message, status: prev.status === 'received' ? 'received' : 'sent' };
      if (Number.isFinite(sequence) && sequence > 0) existing.sequence = sequence;
      return true;
    }
    this.entries.set(sdkMessage.id, { message, sequence: Number.isFinite(sequence) && sequence > 0 ? sequence : NaN });
    if (!isOwn) {
      // A message ends its sender's typing indicator.
      const typing = this.typingTimers.get(senderId);
      if (typing) {
        clearTimeout(typing.timer);
        this.typingTimers.delete(senderId);
      }
      if (live) this.options.onMessage(message);
    }
    return true;
  }

  private fail(error: ErrorCode): void {
    this.stopPolling();
    clearTimeout(this.confirmTimer);
    this.update({ available: false, reason: 'error', error, transport: undefined });
    this.stop();
  }

  private update(patch: Partial<ChatState>): void {
    this.current = { ...this.current, ...patch };
    this.options.onChange(this.current);
  }

  private publish(): void {
    const messages = [...this.entries.values()].sort(compareEntries).map((e) => e.message);
    const typing = [...new Set([...this.typingTimers.values()].map((t) => t.name).filter(Boolean))];
    this.update({ messages, typing });
  }

  /** Resolves true after `ms`, false if stopped meanwhile. */
  private sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      if (this.stopped) return resolve(false);
      const timer = setTimeout(() => resolve(!this.stopped), ms);
      this.abort.signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          resolve(false);
        },
        { once: true },
      );
    });
  }
}

function rawId(identifier: CommunicationIdentifierKind): string {
  try {
    return getIdentifierRawId(identifier);
  } catch {
    return '';
  }
}

/** Server order when both have a sequence id; otherwise creation time; local (unsent) messages last. */
function compareEntries(a: Entry, b: Entry): number {
  const aLocal = a.message.id.startsWith('local:');
  const bLocal = b.message.id.startsWith('local:');
  if (aLocal !== bLocal) return aLocal ? 1 : -1;
  if (Number.isFinite(a.sequence) && Number.isFinite(b.sequence)) return a.sequence - b.sequence;
  return a.message.createdOn.getTime() - b.message.createdOn.getTime();
}
