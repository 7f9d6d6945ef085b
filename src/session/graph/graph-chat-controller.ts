/**
 * A ChatController (the guest chat's, src/session/chat) over Microsoft Graph for a Microsoft 365 visitor: the same
 * states, history, sends, retry/discard and sanitising; Graph's wire (./graph-chat.ts), the relay for live updates,
 * and without a relay a slow backed-off poll (GRAPH_POLL_INTERVAL_MS) instead of the ACS schedule.
 */
import type { ErrorCode } from '../../core/errors.js';
import { ChatController } from '../chat/chat-controller.js';
import type { ChatSdk } from '../chat/sdk.js';
import type { ChatMessage, ChatState, GraphOptions } from '../types.js';
import { createGraphChatSdk, GRAPH_POLL_INTERVAL_MS } from './graph-chat.js';

export interface GraphChatControllerOptions {
  readonly graph: GraphOptions;
  readonly threadId: string;
  /** The visitor's raw id, `8:orgid:<Entra object id>` (own messages). */
  readonly selfId: string;
  readonly displayName: string;
  readonly pollIntervalMs?: number | undefined;
  /** Replaces the Graph adapter (tests that hand it a Graph double's fetch). */
  readonly sdk?: ChatSdk | undefined;
  onChange(chat: ChatState): void;
  onMessage(message: ChatMessage): void;
  onWarning(code: ErrorCode): void;
}

export function graphChatController(options: GraphChatControllerOptions): ChatController {
  const { graph } = options;
  const sdk = options.sdk ?? createGraphChatSdk({
    threadId: options.threadId,
    tokenSource: graph.tokenSource,
    baseUrl: graph.baseUrl,
    eventsUrl: graph.eventsUrl,
  });
  return new ChatController({
    endpoint: graph.baseUrl ?? 'https://graph.microsoft.com',
    threadId: options.threadId,
    // Not used: the Graph adapter asks its own token source for every request.
    credential: { getToken: async () => ({ token: '', expiresOnTimestamp: 0 }), dispose: () => undefined },
    selfId: options.selfId,
    displayName: options.displayName,
    sdk,
    // Without a relay, starting real-time fails at once: the chat says it updates slowly (chat-polling).
    realtime: true,
    pollIntervalMs: options.pollIntervalMs ?? GRAPH_POLL_INTERVAL_MS,
    // Graph's token source refreshes by itself (MSAL silent); a 401 means the token was refused: retry once.
    refreshCredential: async () => true,
    onChange: options.onChange,
    onMessage: options.onMessage,
    onWarning: options.onWarning,
  });
}
