/**
 * Public events of `<teams-meeting-join>`. All are prefixed `tmj-`, bubble and are composed.
 * No detail ever contains a token.
 */
import type { ErrorCode } from './errors.js';
import type { JoinPhase } from './join-state.js';

export interface TmjStateChangeDetail {
  readonly state: JoinPhase;
  readonly previous: JoinPhase;
}
export interface TmjJoinedDetail {
  readonly displayName: string;
}
export interface TmjLeftDetail {
  /** How it ended: the visitor left, the meeting ended, removed, denied entry, or failed. */
  readonly reason: 'left' | 'ended' | 'removed' | 'denied' | 'failed';
  readonly code: ErrorCode | 'left';
  /**
   * Own chat messages that were not sent when the call ended (listed on the end screen with Copy). Absent only
   * when the call ended before the call code loaded (no chat existed yet): read it as `unsent ?? 0`.
   */
  readonly unsent?: number;
}
export interface TmjErrorDetail {
  readonly code: ErrorCode;
  /** Human-readable, localized message (the same text the widget shows). */
  readonly message: string;
  /**
   * Which value and why, where one input holds several (`background-image-invalid`: the entry's `index` from 0,
   * the `reason` — `not-text`, `invalid-url`, `scheme`, `too-long`, `too-many`, `more` — and the `value`,
   * shortened to 200 characters; `count` for `too-many`/`more`).
   */
  readonly detail?: { readonly index: number; readonly reason: string; readonly value: string; readonly count?: number };
}
export interface TmjComplianceChangeDetail {
  readonly recording: boolean;
  readonly transcription: boolean;
  /**
   * Teams explicit-consent meetings: what the visitor must still consent to before their microphone, camera
   * and screen share may be used (null when nothing is required).
   */
  readonly consentRequired: { readonly recording: boolean; readonly transcription: boolean } | null;
}
/** The visitor gave explicit consent in the widget's consent dialog (and the meeting accepted it): for an audit log. */
export interface TmjConsentDetail {
  readonly granted: true;
  /** What the meeting asked consent for at that moment. */
  readonly recording: boolean;
  readonly transcription: boolean;
}
export interface TmjChatMessageDetail {
  readonly id: string;
  readonly senderDisplayName: string;
  readonly format: 'text' | 'html';
  /** Raw content; `html` content is untrusted and must be sanitised before use. */
  readonly content: string;
  readonly createdOn: Date;
}
/**
 * Cancelable: call `preventDefault()` to keep the visitor in the call. Fired only for the visitor's own
 * requests from the UI; the page's own `leave()` is never cancelable.
 */
export interface TmjRequestLeaveDetail {
  readonly source: 'button' | 'keyboard';
}

export interface TmjEventMap {
  'tmj-state-change': CustomEvent<TmjStateChangeDetail>;
  'tmj-joined': CustomEvent<TmjJoinedDetail>;
  'tmj-left': CustomEvent<TmjLeftDetail>;
  'tmj-error': CustomEvent<TmjErrorDetail>;
  'tmj-compliance-change': CustomEvent<TmjComplianceChangeDetail>;
  'tmj-consent': CustomEvent<TmjConsentDetail>;
  'tmj-chat-message': CustomEvent<TmjChatMessageDetail>;
  'tmj-request-leave': CustomEvent<TmjRequestLeaveDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalEventHandlersEventMap extends TmjEventMap {}
}

/** Creates a public event: bubbling, composed, optionally cancelable. */
export function tmjEvent<K extends keyof TmjEventMap>(
  type: K,
  detail: TmjEventMap[K]['detail'],
  options: { cancelable?: boolean } = {},
): TmjEventMap[K] {
  return new CustomEvent(type, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: options.cancelable ?? false,
  }) as TmjEventMap[K];
}
