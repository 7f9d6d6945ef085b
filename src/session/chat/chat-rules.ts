/**
 * When a meeting has chat for the visitor: the one rule both sessions (ACS and emulator) apply, DOM-free and
 * SDK-free so that a session can import it without loading the Chat SDK.
 *
 * - `no-chat` on the element → `disabled`;
 * - a Teams identity without Graph settings → `teams-identity` (Teams users' meeting chat goes through Microsoft
 *   Graph, not ACS Chat: src/session/graph; it needs a Graph token source, `aad-client-id` or `graphTokenProvider`);
 * - meetings scheduled in a channel → `channel-meeting` ("Teams meeting capabilities for Teams external users":
 *   chat is not available to ACS users in channel meetings). The thread id tells (`…@thread.tacv2` /
 *   `…@thread.skype`), and the emulator also says so explicitly;
 * - no thread id → `error`; a session that needs an ACS endpoint and has none → `no-endpoint`.
 */
import type { ChatUnavailableReason, IdentityMode } from '../types.js';

/** Thread ids of channel meetings. */
export const CHANNEL_THREAD = /@thread\.(tacv2|skype)$/i;

export interface ChatRuleInput {
  readonly chatEnabled: boolean;
  readonly identity: IdentityMode;
  readonly threadId: string | undefined;
  /** The service said this is a channel meeting (the emulator's meeting info). */
  readonly channel?: boolean | undefined;
  /** Required by the ACS session (`acs-endpoint` or the token backend's endpoint); the emulator has its own. */
  readonly endpoint?: string | undefined;
  readonly needsEndpoint?: boolean | undefined;
  /** A Teams visitor has a Microsoft Graph token source (Graph meeting chat). */
  readonly graph?: boolean | undefined;
}

/** Why chat does not exist for this visitor in this meeting, or undefined when it does. */
export function chatUnavailableReason(input: ChatRuleInput): ChatUnavailableReason | undefined {
  if (!input.chatEnabled) return 'disabled';
  const teams = input.identity === 'teams';
  if (teams && !input.graph) return 'teams-identity';
  if (!input.threadId) return 'error';
  // Graph chat reaches channel meetings' threads too, and needs no ACS endpoint.
  if (!teams && (input.channel || CHANNEL_THREAD.test(input.threadId))) return 'channel-meeting';
  if (!teams && input.needsEndpoint && !input.endpoint) return 'no-endpoint';
  return undefined;
}
