/**
 * Starting the meeting chat of an ACS call once the visitor is in (connected), or saying why there is none
 * (`ChatState.reason`): `no-chat`, Teams identity (Graph, not ACS Chat), channel meetings (no chat for ACS
 * users: "Teams meeting capabilities for Teams external users"), no endpoint, no thread id.
 */
import type { CommunicationTokenCredential } from '@azure/communication-common';
import type { ErrorCode } from '../../core/errors.js';
import type { ChatController, ChatControllerOptions } from '../chat/index.js';
import { chatUnavailableReason } from '../chat/chat-rules.js';
import type { ChatState, ChatUnavailableReason, GraphOptions, JoinRequest } from '../types.js';
import type { BindingHost } from './binding.js';
import type { SessionCall } from './sdk-types.js';

/** Chat as the session drives it (a `ChatController`, or a double in tests). */
export type SessionChat = Pick<ChatController, 'start' | 'stop' | 'send' | 'retry' | 'discard' | 'typing' | 'markRead' | 'state'> &
  Partial<Pick<ChatController, 'fetchAttachment' | 'endpoint'>>;


export interface ChatStart {
  readonly call: SessionCall;
  readonly request: JoinRequest;
  readonly endpoint: string | undefined;
  readonly credential: CommunicationTokenCredential | undefined;
  readonly selfId: string;
  readonly signal: AbortSignal;
  readonly createChat?: ((options: ChatControllerOptions) => SessionChat | Promise<SessionChat>) | undefined;
  readonly host: BindingHost;
  /** A Microsoft 365 visitor's Graph settings: their meeting chat goes through Microsoft Graph (src/session/graph). */
  readonly graph?: GraphOptions | undefined;
  /** False once the call is gone or the visitor left while the chat was being created. */
  stillWanted(): boolean;
  getChat(): SessionChat | undefined;
  setChat(chat: SessionChat): void;
}

export async function startChat(s: ChatStart): Promise<void> {
  const { host, request } = s;
  const unavailable = (reason: ChatUnavailableReason) => host.update({ chat: { ...host.state.chat, available: false, reason } });
  const threadId = s.call.info?.threadId ?? request.locator.threadId;
  // The rules of when chat exists are shared with the emulator session (src/session/chat/chat-rules.ts).
  const graph = request.identity === 'teams' ? s.graph : undefined;
  const reason = chatUnavailableReason({ ...request, threadId, endpoint: s.endpoint, needsEndpoint: true, graph: !!graph });
  if (reason || !threadId) return unavailable(reason ?? 'error');
  if (graph) return startGraphChat(s, graph, threadId);
  if (!s.endpoint) return unavailable('error');
  if (!s.credential) return unavailable('error');

  const chatOptions: ChatControllerOptions = {
    endpoint: s.endpoint,
    threadId,
    credential: s.credential,
    selfId: s.selfId,
    displayName: request.displayName,
    onChange: (chat: ChatState) => {
      if (s.getChat()) host.update({ chat });
    },
    onMessage: (message) => host.emit({ type: 'chat-message', message }),
    onWarning: (code: ErrorCode) => host.emit({ type: 'warning', code }),
  };
  try {
    const chat = s.createChat ? await s.createChat(chatOptions) : new (await import('../chat/index.js')).ChatController(chatOptions);
    if (!s.stillWanted()) {
      chat.stop();
      return;
    }
    s.setChat(chat);
    await chat.start(s.signal);
    if (s.getChat() === chat) host.update({ chat: chat.state });
  } catch {
    host.update({ chat: { ...host.state.chat, available: false, reason: 'error', error: 'chat-unavailable' } });
  }
}

/** A Microsoft 365 visitor: the same controller over Microsoft Graph, own messages by `8:orgid:<oid>`. */
async function startGraphChat(s: ChatStart, graph: GraphOptions, threadId: string): Promise<void> {
  const { host } = s;
  try {
    const { graphChatController } = await import('../graph/index.js');
    if (!s.stillWanted()) return;
    const chat = graphChatController({
      graph,
      threadId,
      selfId: s.selfId,
      displayName: s.request.displayName,
      onChange: (state: ChatState) => {
        if (s.getChat()) host.update({ chat: state });
      },
      onMessage: (message) => host.emit({ type: 'chat-message', message }),
      onWarning: (code: ErrorCode) => host.emit({ type: 'warning', code }),
    });
    s.setChat(chat);
    await chat.start(s.signal);
    if (s.getChat() === chat) host.update({ chat: chat.state });
  } catch {
    host.update({ chat: { ...host.state.chat, available: false, reason: 'error', error: 'chat-unavailable' } });
  }
}
