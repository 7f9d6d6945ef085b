/**
 * Meeting chat for the emulator session: the shared chat controller (../chat) over the real
 * `@azure/communication-chat` SDK, pointed at the emulator's ACS Chat REST API on loopback.
 */
import { jwtPayload } from '../../core/jwt.js';
import { ChatController, createLoopbackHttpClient } from '../chat/index.js';
import type { SessionCredential } from '../session-credential.js';
import type { ErrorCode } from '../../core/errors.js';
import type { ChatMessage, ChatState, GraphOptions } from '../types.js';

export interface EmulatorChatOptions {
  /** The emulator's base URL (loopback, checked by ./emulator-url.ts). */
  readonly base: URL;
  readonly threadId: string;
  readonly credential: SessionCredential;
  readonly displayName: string;
  readonly onChange: (chat: ChatState) => void;
  readonly onMessage: (message: ChatMessage) => void;
  readonly onWarning: (code: ErrorCode) => void;
}

export function createEmulatorChat(options: EmulatorChatOptions): ChatController {
  const { credential } = options;
  const skypeId = jwtPayload(credential.current.token)?.['skypeid'];
  const selfId = typeof skypeId === 'string' ? `8:${skypeId}` : '';
  // The chat SDK sends Bearer tokens only to https URLs: give it the https form of the emulator's origin;
  // the loopback transport sends the same request over http to this machine (and refuses any other host).
  const endpoint = new URL(options.base.origin);
  endpoint.protocol = 'https:';
  return new ChatController({
    endpoint: endpoint.origin,
    threadId: options.threadId,
    credential,
    selfId,
    displayName: options.displayName,
    httpClient: createLoopbackHttpClient(),
    // No real-time notification service on the emulator (it answers 404): poll at once, on the documented
    // List-messages schedule (chat/poll-policy.ts), as against the real service.
    realtime: false,
    // A 401 (token revoked): one fresh token, then the request again.
    refreshCredential: async () => {
      await credential.refresh();
      return true;
    },
    onChange: options.onChange,
    onMessage: options.onMessage,
    onWarning: options.onWarning,
  });
}

/** A Microsoft 365 visitor: the same controller over the emulator's Microsoft Graph (a lazy chunk: src/session/graph). */
export async function createEmulatorGraphChat(options: EmulatorChatOptions & { readonly graph: GraphOptions }): Promise<ChatController> {
  const skypeId = jwtPayload(options.credential.current.token)?.['skypeid'];
  const { graphChatController } = await import('../graph/index.js');
  return graphChatController({
    graph: { ...options.graph, baseUrl: options.graph.baseUrl ?? `${options.base.origin}/graph/v1.0` },
    threadId: options.threadId,
    // A Teams user's token: skypeid `orgid:<oid>`, raw id `8:orgid:<oid>`.
    selfId: typeof skypeId === 'string' ? `8:${skypeId}` : '',
    displayName: options.displayName,
    onChange: options.onChange,
    onMessage: options.onMessage,
    onWarning: options.onWarning,
  });
}
