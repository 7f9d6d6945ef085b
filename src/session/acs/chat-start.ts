/**
 * Starting the meeting chat of an ACS call once the visitor is in (connected), or saying why there is none
 * (`ChatState.reason`): `no-chat`, Teams identity (Graph, not ACS Chat), channel meetings (no chat for ACS
 * users: "Teams meeting capabilities for Teams external users"), no endpoint, no thread id.
 */
import type { CommunicationTokenCredential } from '@azure/communication-common';
import type { ErrorCode } from '../../core/errors.js';
import type { ChatController, ChatControllerOptions } from '../chat/index.js';
import { chatUnavailableReason } from '../chat/chat-rules.js';
import type { ChatState, ChatUnavailableReason, JoinRequest } from '../types.js';
import type { BindingHost } from './binding.js';
import type { SessionCall } from './sdk-types.js';

/** Chat as the session drives it (a `ChatController`, or a double in tests). */
export type SessionChat = Pick<ChatController, 'start' | 'stop' | 'send' | 'retry' | 'discard' | 'typing' | 'markRead' | 'state'>;


export interface ChatStart {
  readonly call: SessionCall;
  readonly request: JoinRequest;
  readonly endpoint: string | undefined;
  readonly credential: CommunicationTokenCredential | undefined;
  readonly selfId: string;
  readonly signal: AbortSignal;
  readonly createChat?: ((options: ChatControllerOptions) => SessionChat | Promise<SessionChat>) | undefined;
  readonly host: BindingHost;
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
  const reason = chatUnavailableReason({ ...request, threadId, endpoint: s.endpoint, needsEndpoint: true });
  if (reason || !threadId || !s.endpoint) return unavailable(reason ?? 'error');
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
