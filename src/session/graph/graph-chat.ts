/**
 * Microsoft 365 visitors' meeting chat over Microsoft Graph, behind the same `ChatSdk` surface the guest chat's
 * controller drives (src/session/chat/sdk.ts): history, sends, retry/discard, states, sanitising and the
 * Retry-After rules all stay in the shared ChatController/ChatTransport/MessageStore. Only the wire differs:
 *
 *  - `thread.listMessages` → `GET {graph}/chats/{threadId}/messages` (the meeting chat's id is the call's thread
 *    id). `$top` at most 50; with a start time `$orderby=lastModifiedDateTime desc` and
 *    `$filter=lastModifiedDateTime gt …` (the only lower bound Graph accepts: "createdDateTime supports lt
 *    only", and a filter counts only with `$orderby` on the same property); pages through `@odata.nextLink`.
 *    Microsoft Learn, "List messages in a chat", https://learn.microsoft.com/en-us/graph/api/chat-list-messages.
 *  - `thread.sendMessage` → `POST {graph}/chats/{threadId}/messages` `{body: {contentType, content}}`, 201 with
 *    the chatMessage. "Send message in a chat", https://learn.microsoft.com/en-us/graph/api/chat-post-messages.
 *  - Graph has no typing indicator API: `sendTypingNotification` sends nothing.
 *  - Throttling: 429 with `Retry-After` (seconds), "Microsoft Graph throttling guidance",
 *    https://learn.microsoft.com/en-us/graph/throttling — surfaced as a `RestError` with its headers, so the
 *    shared poll policy waits as long as Graph says.
 *  - Live updates: Microsoft's Teams API terms forbid polling message lists in a loop; change notifications for
 *    `/chats/{id}/messages` go to a webhook ("Get change notifications for chat messages",
 *    https://learn.microsoft.com/en-us/graph/teams-changenotifications-chatmessage). The site's relay
 *    (`chat-events-url`, demo/token-server-example/relay.mjs) holds the subscription and streams each
 *    notification as Server-Sent Events; the widget fetches the one message it names
 *    (`GET /chats/{id}/messages/{messageId}`). Without a relay `startRealtimeNotifications` rejects and the
 *    controller falls back to a slow, backed-off poll (see GRAPH_POLL_INTERVAL_MS).
 *
 * Graph has no idempotency key and keeps no metadata on a chatMessage: a send whose answer was lost cannot be
 * recognised by client id, so the controller's look-up answers "absent" and a retry may post twice (only after a
 * lost response; never on its own).
 */
import type {
  ChatMessage as SdkChatMessage,
  ChatMessageDeletedEvent,
  ChatMessageReceivedEvent,
} from '@azure/communication-chat';
import { createHttpHeaders, RestError } from '@azure/core-rest-pipeline';
import type { TokenSource } from '../types.js';
import type { ChatSdk } from '../chat/sdk.js';

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
/** Graph's largest `$top` for chat messages. */
export const GRAPH_PAGE_SIZE = 50;
/**
 * The fallback poll without a relay: once a minute at base (backed off on failures by the shared policy, and
 * never faster than Graph's Retry-After). A fallback only: the Teams API terms ask for change notifications.
 */
export const GRAPH_POLL_INTERVAL_MS = 60_000;

export interface GraphChatOptions {
  readonly threadId: string;
  readonly tokenSource: TokenSource;
  /** Graph's base URL (`https://graph.microsoft.com/v1.0`; the emulator serves its own). */
  readonly baseUrl?: string | undefined;
  /** The site's notification relay (`chat-events-url`). */
  readonly eventsUrl?: string | undefined;
  readonly fetch?: typeof fetch | undefined;
  readonly EventSource?: typeof EventSource | undefined;
}

/** A Graph chatMessage, as far as the widget reads it. */
interface GraphMessage {
  id?: unknown;
  messageType?: unknown;
  createdDateTime?: unknown;
  lastEditedDateTime?: unknown;
  deletedDateTime?: unknown;
  etag?: unknown;
  from?: { user?: { id?: unknown; displayName?: unknown } | null } | null;
  body?: { contentType?: unknown; content?: unknown } | null;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A Graph chatMessage in the Chat SDK's shape (system events get a non-chat type, so the store skips them). */
export function fromGraph(message: GraphMessage): SdkChatMessage | undefined {
  const id = str(message.id);
  const created = new Date(str(message.createdDateTime));
  if (!id || Number.isNaN(created.getTime())) return undefined;
  const user = message.from?.user;
  const userId = str(user?.id);
  const html = str(message.body?.contentType).toLowerCase() === 'html';
  const deleted = str(message.deletedDateTime);
  const edited = str(message.lastEditedDateTime);
  return {
    id,
    type: message.messageType === 'message' ? (html ? 'html' : 'text') : 'participantAdded',
    sequenceId: '',
    version: str(message.etag),
    content: { message: str(message.body?.content) },
    senderDisplayName: str(user?.displayName),
    createdOn: created,
    ...(userId ? { sender: { kind: 'microsoftTeamsUser' as const, microsoftTeamsUserId: userId } } : {}),
    ...(deleted ? { deletedOn: new Date(deleted) } : {}),
    ...(edited ? { editedOn: new Date(edited) } : {}),
  };
}

/** Graph answered with an error status: a RestError as the ACS SDK would throw (status, headers). */
function restError(response: Response, url: string): RestError {
  const headers = createHttpHeaders(Object.fromEntries(response.headers.entries()));
  return new RestError(`Microsoft Graph answered ${response.status}`, {
    statusCode: response.status,
    response: { status: response.status, headers, request: { url } } as never,
  });
}

export function createGraphChatSdk(options: GraphChatOptions): ChatSdk & { readonly requests: () => number } {
  const base = (options.baseUrl ?? GRAPH_BASE_URL).replace(/\/+$/, '');
  const origin = new URL(base).origin;
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const chatUrl = `${base}/chats/${encodeURIComponent(options.threadId)}/messages`;
  let requests = 0;

  async function call(url: string, init: RequestInit & { signal?: AbortSignal | undefined }): Promise<Response> {
    const { token } = await options.tokenSource.getToken({ signal: init.signal ?? undefined });
    requests += 1;
    let response: Response;
    try {
      response = await doFetch(url, {
        ...init,
        headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` },
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new RestError('Microsoft Graph could not be reached', { code: 'REQUEST_SEND_ERROR' });
    }
    if (!response.ok) throw restError(response, url);
    return response;
  }

  async function* pages(first: string, signal: AbortSignal | undefined): AsyncGenerator<SdkChatMessage[]> {
    let next: string | undefined = first;
    while (next) {
      const response = await call(next, { method: 'GET', signal });
      const body = (await response.json().catch(() => ({}))) as { value?: unknown; '@odata.nextLink'?: unknown };
      const items = Array.isArray(body.value) ? (body.value as GraphMessage[]) : [];
      yield items.map(fromGraph).filter((m): m is SdkChatMessage => !!m);
      const link = str(body['@odata.nextLink']);
      // Only Graph's own links are followed: a hostile body must not send the visitor's token elsewhere.
      next = link && new URL(link, base).origin === origin ? new URL(link, base).href : undefined;
    }
  }

  const thread: ChatSdk['thread'] = {
    listMessages(request: { maxPageSize?: number; startTime?: Date; abortSignal?: AbortSignalLike } = {}) {
      const top = Math.min(GRAPH_PAGE_SIZE, Math.max(1, request.maxPageSize ?? GRAPH_PAGE_SIZE));
      const query = new URLSearchParams({ $top: String(top) });
      if (request.startTime) {
        query.set('$orderby', 'lastModifiedDateTime desc');
        query.set('$filter', `lastModifiedDateTime gt ${request.startTime.toISOString()}`);
      }
      const signal = request.abortSignal as AbortSignal | undefined;
      const iterate = () => pages(`${chatUrl}?${query}`, signal);
      async function* items(): AsyncGenerator<SdkChatMessage> {
        for await (const page of iterate()) yield* page;
      }
      const iterator = items();
      return Object.assign(iterator, { byPage: () => iterate(), [Symbol.asyncIterator]: () => iterator });
    },
    async sendMessage(request: { content: string }, sendOptions: { type?: string; abortSignal?: AbortSignalLike } = {}) {
      const response = await call(chatUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ body: { contentType: sendOptions.type === 'html' ? 'html' : 'text', content: request.content } }),
        signal: sendOptions.abortSignal as AbortSignal | undefined,
      });
      const body = (await response.json().catch(() => ({}))) as { id?: unknown };
      return { id: str(body.id) };
    },
    // Graph has no typing indicator API.
    sendTypingNotification: async () => true,
  } as unknown as ChatSdk['thread'];

  return { thread, notifications: relayNotifications(options, (id, signal) => getMessage(id, signal)), requests: () => requests };

  async function getMessage(id: string, signal: AbortSignal): Promise<SdkChatMessage | undefined> {
    const response = await call(`${chatUrl}/${encodeURIComponent(id)}`, { method: 'GET', signal });
    return fromGraph((await response.json()) as GraphMessage);
  }
}

type AbortSignalLike = { readonly aborted: boolean };
type Handler = (event: never) => void;

/**
 * The relay as the Chat SDK's notification surface. `POST {eventsUrl}` with the visitor's Graph token and the
 * thread id creates the subscription (the relay answers `{id, expiresOn}`); `GET {eventsUrl}/{id}` is the
 * Server-Sent Events stream (`ready`, then `change` events `{changeType, messageId}`); `PATCH {eventsUrl}/{id}`
 * with a fresh token renews it before it lapses; `DELETE` (on leave) removes it and closes the stream.
 */
function relayNotifications(
  options: GraphChatOptions,
  getMessage: (id: string, signal: AbortSignal) => Promise<SdkChatMessage | undefined>,
): ChatSdk['notifications'] {
  const handlers = new Map<string, Set<Handler>>();
  const abort = new AbortController();
  let source: EventSource | undefined;
  let stream: string | undefined;
  let renewTimer: ReturnType<typeof setTimeout> | undefined;
  const fire = (name: string, event: unknown) => {
    for (const h of handlers.get(name) ?? []) (h as (e: unknown) => void)(event);
  };
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const relay = async (method: string, path: string, body?: unknown): Promise<Response> => {
    const { token } = await options.tokenSource.getToken({ signal: abort.signal });
    const response = await doFetch(`${options.eventsUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: abort.signal,
      cache: 'no-store',
      credentials: 'omit',
    });
    if (!response.ok) throw new Error(`relay answered ${response.status}`);
    return response;
  };
  const scheduleRenew = (expiresOn: string) => {
    clearTimeout(renewTimer);
    // Renew five minutes early (subscriptions for chat messages last at most 60 minutes).
    const wait = Math.max(5_000, new Date(expiresOn).getTime() - Date.now() - 5 * 60_000);
    renewTimer = setTimeout(() => {
      void relay('PATCH', `/${stream}`).then(
        async (r) => scheduleRenew(str(((await r.json()) as { expiresOn?: unknown }).expiresOn)),
        () => fire('realTimeNotificationDisconnected', {}),
      );
    }, Math.min(wait, 2 ** 31 - 1));
  };
  const onChange = (data: string) => {
    let change: { changeType?: unknown; messageId?: unknown };
    try {
      change = JSON.parse(data) as typeof change;
    } catch {
      return;
    }
    const id = str(change.messageId);
    if (!id) return;
    if (change.changeType === 'deleted') {
      fire('chatMessageDeleted', { id, threadId: options.threadId } as Partial<ChatMessageDeletedEvent>);
      return;
    }
    void getMessage(id, abort.signal).then((m) => {
      if (!m || abort.signal.aborted) return;
      if (m.deletedOn) return fire('chatMessageDeleted', { id, threadId: options.threadId });
      const event: Partial<ChatMessageReceivedEvent> & { editedOn?: Date } = {
        id: m.id,
        threadId: options.threadId,
        type: m.type,
        version: m.version,
        message: m.content?.message ?? '',
        senderDisplayName: m.senderDisplayName ?? '',
        createdOn: m.createdOn,
        sender: m.sender as ChatMessageReceivedEvent['sender'],
        metadata: {},
      };
      fire(change.changeType === 'updated' ? 'chatMessageEdited' : 'chatMessageReceived', m.editedOn ? { ...event, editedOn: m.editedOn } : event);
    }, () => undefined);
  };

  return {
    on(name: string, handler: Handler) {
      let set = handlers.get(name);
      if (!set) handlers.set(name, (set = new Set()));
      set.add(handler);
    },
    off(name: string, handler: Handler) {
      handlers.get(name)?.delete(handler);
    },
    async startRealtimeNotifications() {
      const ES = options.EventSource ?? (typeof EventSource === 'function' ? EventSource : undefined);
      if (!options.eventsUrl || !ES) throw new Error('no notification relay');
      const created = (await (await relay('POST', '', { threadId: options.threadId })).json()) as { id?: unknown; expiresOn?: unknown };
      stream = str(created.id);
      if (!/^[\w-]{8,64}$/.test(stream)) throw new Error('relay sent no stream id');
      scheduleRenew(str(created.expiresOn));
      const es = (source = new ES(`${options.eventsUrl}/${stream}`));
      es.addEventListener('ready', () => fire('realTimeNotificationConnected', {}));
      es.addEventListener('change', (e) => onChange(String((e as MessageEvent).data)));
      es.addEventListener('error', () => {
        // EventSource reconnects by itself; until it does, the transport polls.
        fire('realTimeNotificationDisconnected', {});
      });
    },
    async stopRealtimeNotifications() {
      clearTimeout(renewTimer);
      source?.close();
      source = undefined;
      handlers.clear();
      const id = stream;
      stream = undefined;
      // Deleting the subscription on leave: the relay removes it from Graph and ends the stream.
      if (id) await relay('DELETE', `/${id}`).catch(() => undefined);
      abort.abort();
    },
  } as unknown as ChatSdk['notifications'];
}
