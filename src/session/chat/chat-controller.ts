/**
 * Meeting chat over the real `@azure/communication-chat` SDK, shared by the ACS session and the emulator session.
 * DOM-free: it publishes `ChatState` snapshots (src/session/types.ts) and never renders anything.
 *
 * The jobs are split: `MessageStore` (./message-store.ts) keeps the messages (ingest, dedupe, order, local ids),
 * `ChatTransport` (./chat-transport.ts) brings them in (real-time first, polling with the documented limits),
 * and this controller runs the lifecycle and the sends:
 *  - history on `start()` (newest `historyLimit` text/html messages; system messages are filtered out);
 *  - own messages appear at once as `sending` (id `local:…`) with a client id in their `metadata`, then become
 *    `sent` (server id) or `failed` (`chat-send-failed`, kept for `retry()`/`discard()` — a typed message is
 *    never silently lost). Sends are idempotent: the pipeline never re-posts a message on its own, a send
 *    whose answer did not come (lost response, timeout after `sendTimeoutMs`) is looked up by its client id
 *    among the thread's recent messages before anything is sent again, and the echo merges by that id;
 *  - a 401 asks the session for a fresh token once (`refreshCredential`) and retries;
 *  - typing notifications (the SDK throttles them to one per 8 s), typing indicators of others (expire after
 *    `typingTimeoutMs`); no read receipts (not supported for Teams external users, see ./sdk.ts);
 *  - `stop()` ends notifications, polling, timers and in-flight requests; messages still `sending` become
 *    `failed`, so the end screen can offer them (`unsent()`).
 *
 * Failures are state, not exceptions: `start()` and `send()` resolve; problems show in `ChatState`
 * (`reason: 'error'`, `error`) or on the message (`status: 'failed'`), and recoverable ones through `onWarning`.
 */
import type { ChatMessage as SdkChatMessage, TypingIndicatorReceivedEvent } from '@azure/communication-chat';
import {
  getIdentifierRawId,
  type CommunicationIdentifierKind,
  type CommunicationTokenCredential,
} from '@azure/communication-common';
import type { HttpClient } from '@azure/core-rest-pipeline';
import { TmjError, type ErrorCode } from '../../core/errors.js';
import { imageFetchAllowed, MAX_IMAGE_BYTES } from '../../core/chat-attachments.js';
import { isLoopbackHost } from './loopback-http-client.js';
import type { ChatMessage, ChatState } from '../types.js';
import { ChatTransport } from './chat-transport.js';
import { CLIENT_ID_KEY, isChatType, MessageStore } from './message-store.js';
import { LIST_MESSAGES_LIMITS } from './poll-policy.js';
import { createChatSdk, restStatus, timeoutSignal, type ChatSdk } from './sdk.js';


/**
 * The ACS limit for a message's content. ACS documents a 28 KB maximum message size; counting UTF-16 code units
 * of the text is the closest a text box can check (multi-byte text may still be refused: then the message
 * fails visibly and stays for retry/editing).
 */
export const CHAT_MAX_LENGTH = 28000;

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
  /** Base polling period while real-time notifications are not proven to work. Default 4000 ms (see poll-policy). */
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
  /** A send (or a poll) without an answer after this long is given up. Default 15 000 ms. */
  readonly requestTimeoutMs?: number | undefined;
  /** Set to false to never try real-time notifications (polling only). Default true. */
  readonly realtime?: boolean | undefined;
  /** Replaces the SDK objects (tests only). */
  readonly sdk?: ChatSdk | undefined;
  /** On a 401: get a fresh token into `credential`; resolves true when a retry makes sense. */
  readonly refreshCredential?: (() => Promise<boolean>) | undefined;
  /** Jitter source (tests). */
  readonly random?: (() => number) | undefined;
  /** A full snapshot after every change. */
  onChange(chat: ChatState): void;
  /** Each newly received message from someone else (not history, not own). */
  onMessage(message: ChatMessage): void;
  /** Recoverable problems, e.g. `chat-polling` when real-time did not connect. */
  onWarning(code: ErrorCode): void;
}

/** How far back a lost send is looked for (its own creation time minus clock skew). */
const LOOKUP_SLACK_MS = 120_000;

export class ChatController {
  private readonly options: ChatControllerOptions;
  private sdk: ChatSdk | undefined;
  private transport: ChatTransport | undefined;
  private readonly store: MessageStore;
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

  constructor(options: ChatControllerOptions) {
    this.options = options;
    this.store = new MessageStore({ selfId: options.selfId, displayName: options.displayName, rawId });
  }

  /**
   * Downloads a chat image with the chat token (Bearer, as the SDK authenticates), only from the endpoint's own
   * origin; the Inline-image tutorial (https://learn.microsoft.com/en-ca/azure/communication-services/tutorials/chat-interop/meeting-interop-features-inline-image)
   * fetches `previewUrl`/`url` with `Authorization: Bearer <token>` and shows the bytes as a blob URL. Refuses
   * other hosts before any request, non-image answers, and bodies over MAX_IMAGE_BYTES.
   */
  /** The chat endpoint's origin (where inline images may be fetched from). */
  get endpoint(): string {
    return this.options.endpoint;
  }

  async fetchAttachment(url: string, signal?: AbortSignal): Promise<Blob> {
    if (!imageFetchAllowed(url, this.options.endpoint)) throw new TmjError('chat-unavailable', 'attachment-origin-refused');
    const target = new URL(url);
    // The emulator's endpoint is the https form of a loopback http server (see loopback-http-client.ts).
    if (target.protocol === 'https:' && isLoopbackHost(target.hostname) && this.options.httpClient) target.protocol = 'http:';
    const { token } = await this.options.credential.getToken();
    const init: RequestInit = { headers: { Authorization: `Bearer ${token}` }, credentials: 'omit', redirect: 'error' };
    if (signal) init.signal = signal;
    const response = await fetch(target.href, init);
    if (!response.ok) throw new TmjError('chat-unavailable', `attachment-http-${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!/^image\//i.test(type)) throw new TmjError('chat-unavailable', 'attachment-not-image');
    if (Number(response.headers.get('content-length') ?? 0) > MAX_IMAGE_BYTES) throw new TmjError('chat-unavailable', 'attachment-too-large');
    const blob = await response.blob();
    if (blob.size > MAX_IMAGE_BYTES) throw new TmjError('chat-unavailable', 'attachment-too-large');
    return blob;
  }

  /** The latest snapshot (also delivered through `onChange`). */
  get state(): ChatState {
    return this.current;
  }

  /** Requests made by polls so far (pages included). */
  get pollRequests(): number {
    return this.transport?.pollRequests ?? 0;
  }

  /** Own messages not known to be sent (after `stop()`: every one the visitor typed that did not go out). */
  unsent(): ChatMessage[] {
    return this.store.unsent();
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
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.loadHistory();
        break;
      } catch (error) {
        if (this.stopped) return;
        const status = restStatus(error);
        // A revoked token: one fresh token, then the same attempt again.
        if (status === 401 && !refreshed && this.options.refreshCredential) {
          refreshed = true;
          if (await this.renewCredential()) {
            attempt -= 1;
            continue;
          }
        }
        const retryable = status === 403 || status === 404 || status === undefined || status >= 500;
        if (!retryable || attempt >= delays.length) {
          this.fail(status === 401 ? 'token-rejected' : status === 403 ? 'chat-unavailable' : 'chat-load-failed');
          return;
        }
        if (!(await this.sleep(delays[attempt] ?? 1000))) return;
      }
    }
    const sdk = this.sdk;
    if (this.stopped || !sdk) return;
    this.update({ available: true, reason: undefined, error: undefined, transport: 'polling' });
    this.transport = new ChatTransport({
      sdk: () => this.sdk ?? sdk,
      threadId: this.options.threadId,
      signal: this.abort.signal,
      pollIntervalMs: this.options.pollIntervalMs,
      realtimeConfirmMs: this.options.realtimeConfirmMs,
      requestTimeoutMs: this.options.requestTimeoutMs,
      random: this.options.random,
      sink: {
        message: (message, live) => this.ingest(message, live),
        deleted: (id) => this.store.delete(id),
        typing: (event) => this.onTyping(event),
        changed: () => this.publish(),
        transport: (kind) => this.update({ transport: kind }),
        warning: (code) => this.options.onWarning(code),
        accessLost: (code) => this.fail(code),
        refreshCredential: this.options.refreshCredential ? () => this.renewCredential() : undefined,
      },
    });
    this.transport.cursor = this.store.newestServerTime;
    // Poll from the start: no message may be missed while real-time proves itself (or never does).
    this.transport.start(this.options.realtime !== false);
  }

  /**
   * Ends notifications, polling, timers and in-flight requests. Idempotent. The last state stays readable;
   * messages still `sending` become `failed` there (they may not have gone out, and must not vanish).
   */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.abort.abort();
    for (const { timer } of this.typingTimers.values()) clearTimeout(timer);
    this.typingTimers.clear();
    let changed = false;
    for (const message of this.store.unsent()) {
      if (message.status === 'sending') changed = this.store.setStatus(message.id, 'failed') || changed;
    }
    if (changed) this.publish();
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
    const entry = this.store.addLocal(text);
    this.publish();
    await this.deliver(entry.message.id);
  }

  /** Re-sends a `failed` own message by its local id (after checking it did not arrive after all). */
  async retry(id: string): Promise<void> {
    const entry = this.store.get(id);
    if (this.stopped || !entry || entry.message.status !== 'failed') return;
    this.store.setStatus(id, 'sending');
    this.publish();
    await this.deliver(id);
  }

  /** Drops a `failed` own message. */
  discard(id: string): void {
    const entry = this.store.get(id);
    if (!entry || entry.message.status !== 'failed') return;
    this.store.delete(id);
    this.publish();
  }

  /** Tells others the visitor is typing (the SDK sends at most one notification per 8 s). */
  typing(): void {
    if (this.stopped || !this.sdk || !this.current.available) return;
    this.sdk.thread
      .sendTypingNotification({ senderDisplayName: this.options.displayName, abortSignal: this.abort.signal })
      .catch(() => undefined); // typing is best effort
  }

  /**
   * Read receipts are not supported for Teams external users in Teams meetings ("Teams meeting capabilities
   * for Teams external users": Read receipt ❌), so this sends nothing. Kept so the session interface is stable.
   */
  markRead(_id: string): void {
    /* intentionally nothing: see above */
  }

  /* ---------------------------------------------------------------------------------------------- */

  private async deliver(id: string): Promise<void> {
    const entry = this.store.get(id);
    if (!entry || !this.sdk || !entry.clientId) return;
    const text = entry.text ?? entry.message.content;
    const clientId = entry.clientId;

    // A previous attempt may have been stored without an answer: look before sending again.
    if (entry.unknownFate) {
      const found = await this.lookUp(clientId, entry.message.createdOn);
      if (this.stopped) return;
      if (found === 'found') return;
      if (found === 'unknown') {
        this.store.setStatus(id, 'failed');
        this.publish();
        return;
      }
    }

    let refreshed = false;
    for (;;) {
      const bound = timeoutSignal(this.abort.signal, this.options.requestTimeoutMs ?? 15_000);
      try {
        const result = await this.sdk.thread.sendMessage(
          { content: text },
          {
            senderDisplayName: this.options.displayName,
            type: 'text',
            metadata: { [CLIENT_ID_KEY]: clientId },
            abortSignal: bound.signal,
          },
        );
        if (typeof result?.id !== 'string' || result.id === '') {
          // An answer without an id (a response cut mid-way can look like an empty 201): fate unknown.
          throw Object.assign(new Error('send answered without a message id'), { name: 'tmj-no-id' });
        }
        if (this.store.confirmSent(id, result.id)) this.publish();
        return;
      } catch (error) {
        if (this.stopped) return;
        const status = restStatus(error);
        if (status === 401 && !refreshed && this.options.refreshCredential) {
          refreshed = true;
          // A 401 is answered before anything is stored: sending again after a fresh token is safe.
          if (await this.renewCredential()) continue;
        }
        // A 4xx answer says the message was not stored; anything else (no answer, timeout, 5xx) may have been.
        const known = status !== undefined && status >= 400 && status < 500 && status !== 408;
        if (!known && bound.timedOut()) {
          // No answer in time: failed now (Retry looks the message up first); if it was stored after all, its
          // echo (next poll or real-time event) carries the client id and turns it into `sent`.
          this.store.setStatus(id, 'failed', true);
        } else if (!known) {
          const found = await this.lookUp(clientId, entry.message.createdOn);
          if (this.stopped) return;
          if (found === 'found') return;
          this.store.setStatus(id, 'failed', found === 'unknown');
        } else {
          this.store.setStatus(id, 'failed', false);
        }
        this.publish();
        return;
      } finally {
        bound.dispose();
      }
    }
  }

  /**
   * After a 401: a fresh token from the session, and a new thread client. The SDK's bearer policy caches the
   * token it was given until shortly before its expiry, so a revoked one would be sent again otherwise.
   */
  private async renewCredential(): Promise<boolean> {
    const refresh = this.options.refreshCredential;
    if (!refresh || this.stopped) return false;
    const ok = await refresh().catch(() => false);
    if (!ok || this.stopped || !this.sdk) return ok;
    if (!this.options.sdk) {
      try {
        const fresh = await createChatSdk(this.options);
        if (!this.stopped && this.sdk) this.sdk = { notifications: this.sdk.notifications, thread: fresh.thread };
      } catch {
        return false;
      }
    }
    return !this.stopped;
  }

  /** Looks for an own message by client id among recent messages; ingests it when found. */
  private async lookUp(clientId: string, since: Date): Promise<'found' | 'absent' | 'unknown'> {
    const sdk = this.sdk;
    if (!sdk) return 'unknown';
    const bound = timeoutSignal(this.abort.signal, Math.min(5000, this.options.requestTimeoutMs ?? 15_000));
    try {
      for await (const message of sdk.thread.listMessages({
        maxPageSize: LIST_MESSAGES_LIMITS.pageSize,
        startTime: new Date(since.getTime() - LOOKUP_SLACK_MS),
        abortSignal: bound.signal,
      })) {
        if (message.metadata?.[CLIENT_ID_KEY] === clientId && !message.deletedOn) {
          if (this.ingest(message, false)) this.publish();
          return 'found';
        }
      }
      return 'absent';
    } catch {
      return 'unknown';
    } finally {
      bound.dispose();
    }
  }

  private async loadHistory(): Promise<void> {
    const sdk = this.sdk;
    if (!sdk) return;
    const limit = this.options.historyLimit ?? 100;
    const batch: SdkChatMessage[] = [];
    // Newest first; stop once enough chat messages are in (system messages don't count).
    for await (const message of sdk.thread.listMessages({ maxPageSize: 50, abortSignal: this.abort.signal })) {
      if (this.stopped) return;
      if (!isChatType(message.type) || message.deletedOn) continue;
      batch.push(message);
      if (batch.length >= limit) break;
    }
    for (const message of batch) this.ingest(message, false);
    this.publish();
  }

  private onTyping(event: TypingIndicatorReceivedEvent): void {
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
    const { changed, fresh } = this.store.ingest(sdkMessage);
    if (fresh) {
      // A message ends its sender's typing indicator.
      const typing = this.typingTimers.get(fresh.senderId);
      if (typing) {
        clearTimeout(typing.timer);
        this.typingTimers.delete(fresh.senderId);
      }
      if (live) this.options.onMessage(fresh);
    }
    return changed;
  }

  private fail(error: ErrorCode): void {
    this.update({ available: false, reason: 'error', error, transport: undefined });
    this.stop();
  }

  private update(patch: Partial<ChatState>): void {
    this.current = { ...this.current, ...patch };
    this.options.onChange(this.current);
  }

  private publish(): void {
    const typing = [...new Set([...this.typingTimers.values()].map((t) => t.name).filter(Boolean))];
    this.update({ messages: this.store.snapshot(), typing });
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
