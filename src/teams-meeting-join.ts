/**
 * The entry: the npm `main` and the script a site pastes. Importing it defines `<teams-meeting-join>`
 * (guarded: a second copy on the page warns instead of throwing). Everything heavier — the in-call view,
 * sessions, the ACS SDKs, French/German strings — is loaded by dynamic import() when needed.
 */
import './components/meeting-join/meeting-join.js';

// Types only. A value export would make rollup keep this file as a facade over a shared chunk (one more
// request before first paint) and pull modules into the pasted script. The class itself is importable from
// 'teams-meeting-join/element'.
export type { TeamsMeetingJoin, CallFeatures } from './components/meeting-join/meeting-join.component.js';
export type { ErrorCode, TmjError } from './core/errors.js';
export type {
  TmjEventMap,
  TmjStateChangeDetail,
  TmjJoinedDetail,
  TmjLeftDetail,
  TmjErrorDetail,
  TmjComplianceChangeDetail,
  TmjConsentDetail,
  TmjChatMessageDetail,
  TmjRequestLeaveDetail,
} from './core/events.js';
export type { JoinPhase, JoinState } from './core/join-state.js';
export type { TokenProvider } from './core/token.js';
export type { MeetingLocator } from './core/meeting-link.js';
export type {
  MeetingSession,
  SessionState,
  SessionEvent,
  SessionFactory,
  SessionOptions,
  SessionKind,
  JoinRequest,
  MediaChoice,
  TokenSource,
  AccessToken,
  IdentityMode,
  CallPhase,
  CallEnd,
  EndOutcome,
  Participant,
  ChatMessage,
  ChatState,
  ComplianceFlags,
} from './session/types.js';
