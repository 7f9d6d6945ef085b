/**
 * Meeting-link parsing (DOM-free). CONTRACT ONLY — implemented by the link-parser work (issue 2, req. 5).
 */
import type { ErrorCode } from './errors.js';

/** Where to join, as extracted from a link or from `meeting-id` + `passcode`. */
export interface MeetingLocator {
  /** `link`: join with `link`; `meeting-id`: join with `meetingId` + `passcode`. */
  readonly kind: 'link' | 'meeting-id';
  /** Canonical, unwrapped https Teams link (kind `link`). */
  readonly link?: string | undefined;
  /** Lower-cased Teams host the link was on, e.g. `teams.microsoft.com`. */
  readonly host?: string | undefined;
  /** Decoded chat thread id, e.g. `19:meeting_abc@thread.v2` (also the meeting chat's thread). */
  readonly threadId?: string | undefined;
  readonly tenantId?: string | undefined;
  readonly organizerId?: string | undefined;
  readonly meetingId?: string | undefined;
  readonly passcode?: string | undefined;
}

export type LinkParseResult =
  | { readonly ok: true; readonly locator: MeetingLocator }
  | { readonly ok: false; readonly code: ErrorCode };

export declare function parseMeetingLink(input: string): LinkParseResult;
export declare function meetingIdLocator(meetingId: string, passcode: string): LinkParseResult;
