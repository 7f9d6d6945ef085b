/**
 * The emulator session's chat wiring: once in the call, which chat the visitor gets (ACS chat over the emulator's
 * Chat REST API, or Microsoft Graph for a Microsoft 365 visitor, ./emulator-chat.ts), its updates into the session
 * state, and a Graph chat that fails to load becoming an unavailable chat (never a blank panel).
 * Split from ./emulator-session.ts.
 */
import type { ErrorCode } from '../../core/errors.js';
import type { ChatController } from '../chat/index.js';
import type { SessionCredential } from '../session-credential.js';
import type { ChatMessage, ChatState, GraphOptions, JoinRequest } from '../types.js';
import { createEmulatorChat, createEmulatorGraphChat } from './emulator-chat.js';

export interface SessionChatHost {
  readonly base: URL;
  readonly graph: GraphOptions | undefined;
  readonly signal: AbortSignal;
  request(): JoinRequest | undefined;
  credential(): SessionCredential | undefined;
  /** The display name the visitor has now (a Microsoft 365 visitor's may come from their account). */
  displayName(): string;
  /** The session's chat controller (undefined until started). */
  chat(): ChatController | undefined;
  setChat(chat: ChatController): void;
  gone(): boolean;
  onChange(chat: ChatState): void;
  onUnavailable(): void;
  onMessage(message: ChatMessage): void;
  onWarning(code: ErrorCode): void;
}

/** Starts the meeting chat of `threadId` once (a second call, or one after the end, does nothing). */
export function startSessionChat(host: SessionChatHost, threadId: string): void {
  const credential = host.credential();
  if (host.chat() || !credential || host.gone()) return;
  const common = {
    base: host.base,
    threadId,
    credential,
    onChange: (chat: ChatState) => {
      if (!host.gone()) host.onChange(chat);
    },
    onMessage: (message: ChatMessage) => host.onMessage(message),
    onWarning: (code: ErrorCode) => host.onWarning(code),
  };
  const graph = host.graph;
  if (host.request()?.identity === 'teams' && graph) return startGraphChat(host, { ...common, graph });
  const chat = createEmulatorChat({ ...common, displayName: host.request()?.displayName ?? '' });
  host.setChat(chat);
  void chat.start(host.signal);
}

/**
 * A Microsoft 365 visitor's chat goes through Microsoft Graph (src/session/graph), here the emulator's own Graph
 * (`/graph/v1.0` on the emulator's origin unless the site set another), with the site's relay for live updates.
 */
function startGraphChat(
  host: SessionChatHost,
  options: Omit<Parameters<typeof createEmulatorGraphChat>[0], 'displayName'>,
): void {
  const started = createEmulatorGraphChat({ ...options, displayName: host.displayName() || host.request()?.displayName || '' }).then(
    (chat) => {
      if (host.chat() || host.gone()) return chat.stop();
      host.setChat(chat);
      return chat.start(host.signal);
    },
  );
  started.catch(() => {
    if (!host.gone()) host.onUnavailable();
  });
}
