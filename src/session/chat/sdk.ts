/**
 * The Chat SDK surface the chat uses (typed by the SDK itself, so test doubles follow its shapes), how it is
 * built, and small helpers for its errors. The SDK is imported on first use only.
 */
import type { ChatClient, ChatClientOptions, ChatThreadClient } from '@azure/communication-chat';
import type { CommunicationTokenCredential } from '@azure/communication-common';
import { isRestError, type HttpClient, type PipelinePolicy, type PipelineRequest } from '@azure/core-rest-pipeline';

/**
 * The parts of `ChatThreadClient` the chat uses. No `sendReadReceipt`: Microsoft Learn, "Teams meeting
 * capabilities for Teams external users" (https://learn.microsoft.com/azure/communication-services/concepts/interop/guest/capabilities),
 * Chat → "Read receipt ❌" (while "Use typing indicators ✔️"), so the widget never sends read receipts.
 */
export type ChatThreadApi = Pick<ChatThreadClient, 'listMessages' | 'sendMessage' | 'sendTypingNotification'>;
/** The parts of `ChatClient` used for real-time notifications. */
export type ChatNotificationsApi = Pick<ChatClient, 'startRealtimeNotifications' | 'stopRealtimeNotifications' | 'on' | 'off'>;

/** The SDK objects a controller drives; normally built from `endpoint` + `credential`, injectable for tests. */
export interface ChatSdk {
  readonly notifications: ChatNotificationsApi;
  readonly thread: ChatThreadApi;
}

/** Thrown instead of a pipeline retry of a message POST (see `noBlindSendRetryPolicy`). */
export const UNKNOWN_FATE = 'tmj-send-unknown-fate';

/**
 * ACS's send-message call has no repeatability header (only thread creation has one), so a retried POST whose
 * first attempt was stored but not answered posts the message twice. This policy sits inside the retry loop
 * (`perRetry`): the first attempt of a message POST goes out, a second attempt of the same request is refused
 * with an error the retry strategies do not retry (no system error code, no response). The controller then
 * looks the message up by its client id before it sends it again.
 */
export function noBlindSendRetryPolicy(): PipelinePolicy {
  const seen = new WeakSet<PipelineRequest>();
  return {
    name: 'tmjNoBlindSendRetry',
    async sendRequest(request, next) {
      if (request.method === 'POST' && /\/messages$/.test(new URL(request.url).pathname)) {
        if (seen.has(request)) throw Object.assign(new Error('send retry refused: fate of the first attempt unknown'), { name: UNKNOWN_FATE });
        seen.add(request);
      }
      return next(request);
    },
  };
}

/**
 * Builds the SDK objects for a thread. The Chat SDK is imported here, on first use, so that code which only
 * needs types or test doubles never loads it (its signaling dependency is CommonJS-only and needs bundling).
 */
export async function createChatSdk(options: {
  readonly endpoint: string;
  readonly threadId: string;
  readonly credential: CommunicationTokenCredential;
  readonly httpClient?: HttpClient | undefined;
}): Promise<ChatSdk> {
  const { ChatClient } = await import('@azure/communication-chat');
  const clientOptions: ChatClientOptions = {
    additionalPolicies: [{ policy: noBlindSendRetryPolicy(), position: 'perRetry' }],
  };
  if (options.httpClient) clientOptions.httpClient = options.httpClient;
  const client = new ChatClient(options.endpoint, options.credential, clientOptions);
  return { notifications: client, thread: client.getChatThreadClient(options.threadId) };
}

/** The status code of an SDK failure (`RestError.statusCode`), if it has one. */
export function restStatus(error: unknown): number | undefined {
  return isRestError(error) ? error.statusCode : undefined;
}

/** The response headers of an SDK failure, if it had a response. */
export function restHeaders(error: unknown): { get(name: string): string | undefined } | undefined {
  return isRestError(error) ? error.response?.headers : undefined;
}

/** A signal that aborts with `parent` or after `ms`; `dispose()` clears the timer. */
export function timeoutSignal(parent: AbortSignal, ms: number): { signal: AbortSignal; timedOut(): boolean; dispose(): void } {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  if (parent.aborted) controller.abort();
  else parent.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ms);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      parent.removeEventListener('abort', onAbort);
    },
  };
}
