/**
 * How chat messages arrive (DOM-free): real-time notifications when they connect, polling otherwise, with the
 * schedule, backoff and Retry-After rules of ./poll-policy.ts. It owns no messages: everything it receives goes
 * to its sink (the controller, which keeps them in a MessageStore).
 *
 * - Real-time is the first choice, but it only counts once an event proves it (the SDK can "start" against an
 *   unreachable trouter and retry forever without an event, see the facts note); until then, and whenever it
 *   drops, polling with `listMessages({startTime})` runs.
 * - A poll reads every page (200 a page, the documented maximum), so a burst of any size between two polls is
 *   fetched completely; the `startTime` of the next poll advances only after a poll that read all its pages.
 * - A poll that does not answer within `requestTimeoutMs` is aborted and counts as a failure: polling recovers
 *   from a hanging service by itself.
 * - 401: the sink may refresh the credential once, then the poll is repeated at once; repeated 401/403 mean the
 *   visitor lost access (`accessLost`).
 */
import type {
  ChatMessage as SdkChatMessage,
  ChatMessageDeletedEvent,
  ChatMessageEditedEvent,
  ChatMessageReceivedEvent,
  TypingIndicatorReceivedEvent,
} from '@azure/communication-chat';
import type { ErrorCode } from '../../core/errors.js';
import { isChatType, messageFormat } from './message-store.js';
import { BASE_POLL_INTERVAL_MS, LIST_MESSAGES_LIMITS, nextPollDelay, parseRetryAfter } from './poll-policy.js';
import { restHeaders, restStatus, timeoutSignal, type ChatSdk } from './sdk.js';

export interface TransportSink {
  /** A server message (poll, real-time or catch-up). Returns whether anything changed. */
  message(message: SdkChatMessage, live: boolean): boolean;
  /** A message deleted on the server. Returns whether anything changed. */
  deleted(id: string): boolean;
  typing(event: TypingIndicatorReceivedEvent): void;
  /** Something changed: publish. */
  changed(): void;
  transport(kind: 'realtime' | 'polling'): void;
  warning(code: ErrorCode): void;
  /** The visitor cannot read the thread any more. */
  accessLost(code: ErrorCode): void;
  /** A 401: get a fresh token. Resolves true when there is one to retry with. */
  refreshCredential?: (() => Promise<boolean>) | undefined;
}

export interface ChatTransportOptions {
  /** The SDK objects now (the thread client is rebuilt after a token refresh: see ChatController). */
  readonly sdk: () => ChatSdk;
  readonly threadId: string;
  readonly sink: TransportSink;
  /** Aborted when chat stops. */
  readonly signal: AbortSignal;
  readonly pollIntervalMs?: number | undefined;
  readonly realtimeConfirmMs?: number | undefined;
  /** Bound on one poll (all its pages). Default 15 s. */
  readonly requestTimeoutMs?: number | undefined;
  readonly random?: (() => number) | undefined;
}

export class ChatTransport {
  private readonly options: ChatTransportOptions;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private confirmTimer: ReturnType<typeof setTimeout> | undefined;
  private polling = false;
  private pollInFlight = false;
  private realtimeStarted = false;
  private realtimeLive = false;
  private pollingWarned = false;
  private failures = 0;
  private retryAfterMs: number | undefined;
  private consecutiveAuthFailures = 0;
  private readonly listeners: Array<() => void> = [];
  /** The `startTime` watermark: newest `createdOn` of polls that read all their pages. */
  cursor = 0;
  /** Requests made by polls (pages included), for tests and the bench. */
  pollRequests = 0;

  constructor(options: ChatTransportOptions) {
    this.options = options;
  }

  private get stopped(): boolean {
    return this.options.signal.aborted;
  }

  get live(): boolean {
    return this.realtimeLive;
  }

  /** Polls from now on; tries real-time too unless `realtime` is false. */
  start(realtime: boolean): void {
    this.options.signal.addEventListener('abort', () => this.stop(), { once: true });
    this.startPolling();
    if (realtime) void this.startRealtime();
  }

  private stop(): void {
    this.stopPolling();
    clearTimeout(this.confirmTimer);
    for (const remove of this.listeners.splice(0)) remove();
    if (this.realtimeStarted) {
      this.realtimeStarted = false;
      this.options.sdk().notifications.stopRealtimeNotifications().catch(() => undefined);
    }
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

  private schedulePoll(delay?: number): void {
    if (!this.polling || this.stopped) return;
    clearTimeout(this.pollTimer);
    const wait =
      delay ??
      nextPollDelay({
        baseMs: this.options.pollIntervalMs ?? BASE_POLL_INTERVAL_MS,
        failures: this.failures,
        retryAfterMs: this.retryAfterMs,
        random: (this.options.random ?? Math.random)(),
      });
    this.pollTimer = setTimeout(() => void this.pollOnce(), wait);
  }

  /** Fetches everything newer than the cursor, every page. Also used once as catch-up when real-time connects. */
  async pollOnce(): Promise<void> {
    if (this.stopped || this.pollInFlight) return;
    this.pollInFlight = true;
    // A little overlap: clocks and equal timestamps must not drop a message; ids dedupe the rest.
    const startTime = new Date(Math.max(0, this.cursor - 2000));
    const bound = timeoutSignal(this.options.signal, this.options.requestTimeoutMs ?? 15_000);
    let changed = false;
    let newest = this.cursor;
    let retryNow = false;
    try {
      const pages = this.options.sdk().thread
        .listMessages({ maxPageSize: LIST_MESSAGES_LIMITS.pageSize, startTime, abortSignal: bound.signal })
        .byPage();
      for await (const page of pages) {
        this.pollRequests += 1; // one request per page
        if (this.stopped) return;
        for (const message of page) {
          if (!isChatType(message.type)) continue;
          const time = new Date(message.createdOn).getTime();
          if (Number.isFinite(time)) newest = Math.max(newest, time);
          // A message deleted since it was shown disappears (polling with startTime returns it with deletedOn).
          if (message.deletedOn) changed = this.options.sink.deleted(message.id) || changed;
          else changed = this.options.sink.message(message, true) || changed;
        }
      }
      this.cursor = newest;
      this.failures = 0;
      this.retryAfterMs = undefined;
      this.consecutiveAuthFailures = 0;
    } catch (error) {
      if (this.stopped) return;
      this.failures += 1;
      const status = restStatus(error);
      this.retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(restHeaders(error)) : undefined;
      if (status === 401 || status === 403) {
        this.consecutiveAuthFailures += 1;
        // The visitor lost access (removed from the thread, token rejected): stop asking, say so.
        if (this.consecutiveAuthFailures >= 3) {
          this.pollInFlight = false;
          this.options.sink.accessLost(status === 401 ? 'token-rejected' : 'chat-unavailable');
          return;
        }
        if (status === 401 && this.consecutiveAuthFailures === 1 && this.options.sink.refreshCredential) {
          retryNow = await this.options.sink.refreshCredential().catch(() => false);
        }
      }
    } finally {
      bound.dispose();
      this.pollInFlight = false;
    }
    if (this.stopped) return;
    if (changed) this.options.sink.changed();
    this.schedulePoll(retryNow ? 0 : undefined);
  }

  private async startRealtime(): Promise<void> {
    const sdk = this.options.sdk();
    const connected = () => this.realtimeProven();
    const disconnected = () => this.realtimeLost();
    try {
      // `on` itself throws where the SDK has no real-time support (Node), so it is inside the try.
      // The SDK has no `off` for these two; `stopRealtimeNotifications()` removes every listener, and the
      // handlers ignore calls after stop, so nothing leaks past this transport's client.
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
    const typing = (event: TypingIndicatorReceivedEvent) => {
      if (this.stopped || event.threadId !== this.options.threadId) return;
      this.realtimeProven();
      this.options.sink.typing(event);
    };
    const deleted = (event: ChatMessageDeletedEvent) => {
      if (this.stopped || event.threadId !== this.options.threadId) return;
      this.realtimeProven();
      if (this.options.sink.deleted(event.id)) this.options.sink.changed();
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
    this.options.sink.transport('realtime');
  }

  private realtimeLost(): void {
    if (this.stopped || !this.realtimeLive) return;
    this.realtimeLive = false;
    this.options.sink.transport('polling');
    this.startPolling();
  }

  private warnPolling(): void {
    if (this.pollingWarned || this.realtimeLive) return;
    this.pollingWarned = true;
    this.options.sink.warning('chat-polling');
  }

  private onRealtimeMessage(event: ChatMessageReceivedEvent | ChatMessageEditedEvent): void {
    if (this.stopped || event.threadId !== this.options.threadId) return;
    this.realtimeProven();
    const message: SdkChatMessage = {
      id: event.id,
      type: messageFormat(event.type),
      sequenceId: '',
      version: event.version,
      // Real-time events carry the attachments too (communication-signaling ChatMessageReceivedEvent.attachments).
      content: { message: event.message, ...('attachments' in event && event.attachments ? { attachments: event.attachments as never } : {}) },
      senderDisplayName: event.senderDisplayName,
      createdOn: new Date(event.createdOn),
      sender: event.sender,
      metadata: event.metadata,
      ...('editedOn' in event ? { editedOn: new Date(event.editedOn) } : {}),
    };
    if (this.options.sink.message(message, true)) this.options.sink.changed();
  }
}
