/**
 * `call.callEndReason` (code/subCode) → how the call ended, as a table. DOM-free and SDK-free. The SDK never
 * throws for these: the session must read `callEndReason` (see the facts note: offline, join just ends 490/4525).
 *
 * Every row names its source (`src`):
 *  - END  — "Troubleshooting call end response codes" (learn.microsoft.com/azure/communication-services/resources/
 *           troubleshooting/voice-video-calling/troubleshooting-codes), call-end table; azure-docs
 *           `voice-video-calling/includes/codes/call-end.md`.
 *  - END26 — the same page as read for this project in 2026 (rows recorded in /work/shared/notes/acs-sdk-facts.md:
 *           0/5854, 0/5855, the conversation-ended subcodes, 403/5221–5222). The stored azure-docs revisions of
 *           `call-end.md` available here (0bb32cf, 03beba9) do not list these rows yet: they are newer than
 *           those revisions, not contradicted by them.
 *  - SDK  — "Understanding calling codes and subcodes" → Calling SDK client error codes
 *           (`general-troubleshooting-strategies/includes/webjs-client-code-subcode.md`) and the SDK 2.0 bundle's
 *           own error table, for errors the SDK throws.
 *  - TOKEN — "Call setup issues – Invalid or expired tokens": createCallAgent throws 401/40235 "AccessToken expired".
 *  - UI   — the ACS UI library's end-page mapping (communication-ui-library CallComposite `utils/Utils.ts`):
 *           5854 access denied, 5000/5300 removed, anything else with an end reason = the visitor simply left.
 *  - HERE — measured with SDK 2.0.0 on this machine (facts note).
 *
 * Rooms-only rows of the END table (403/5828–5830, 0/5317 "removed due to participant role update" — the UI
 * library files 5317 under Rooms too) are NOT Teams meeting cases; they fall to their code families here.
 *
 * Lookup order: exact code+subCode, then subCode alone (subcodes are unique reasons), then code alone, then:
 * code 0 = a normal end (not a failure), anything else = `failed` / `call-failed`; `detail` is always `code/subCode`.
 */
import type { CallEnd, EndOutcome } from '../types.js';
import type { ErrorCode } from '../../core/errors.js';

export interface EndReasonInput {
  readonly code: number;
  readonly subCode?: number | undefined;
}

type Source = 'END' | 'END26' | 'SDK' | 'TOKEN' | 'UI' | 'HERE';

interface Rule {
  readonly outcome: EndOutcome;
  readonly code: ErrorCode | 'left';
  /** The documentation (or measurement) this row encodes — see the header. */
  readonly src: Source;
  /** What the source says, for the next person reading the table. */
  readonly note: string;
}

const r = (outcome: EndOutcome, code: ErrorCode | 'left', src: Source, note: string): Rule => ({ outcome, code, src, note });

/** Conversation-ended subcodes with code 0 (END26): the meeting itself ended. */
export const CONVERSATION_ENDED_SUBCODES: readonly number[] = [5001, 5002, 5010, 5012, 5013, 5014, 5020, 5030];

/** Exact `code/subCode` pairs. */
const EXACT: ReadonlyMap<string, Rule> = new Map([
  ['0/0', r('left', 'left', 'END', 'call ended successfully by local participant')],
  ['0/4097', r('ended', 'meeting-ended', 'END', 'call ended for all users by the meeting organizer')],
  ['0/7000', r('ended', 'meeting-ended', 'END', 'ended by Call Automation API or a server bot')],
  ['0/4521', r('failed', 'network', 'END', 'user disconnected abruptly (closed tab without hang-up)')],
  ['0/5003', r('ended', 'meeting-ended', 'END', 'all callee endpoints declined the call')],
  ['0/5855', r('denied', 'lobby-timeout', 'END26', 'removed from the lobby after its inactivity timeout')],
  ['487/0', r('left', 'left', 'END', 'caller canceled the call (Success)')],
  ['487/540487', r('left', 'left', 'END', 'caller canceled the call (Success)')],
  ['410/3111', r('failed', 'call-failed', 'END', 'call setup failed, unable to process media offer (not the network)')],
  ['408/4506', r('failed', 'service-unavailable', 'END', 'call timed out; try again')],
  ['403/5221', r('failed', 'guest-join-disabled', 'END26', "the meeting's tenant does not allow anonymous/ACS users to join")],
  ['403/5222', r('failed', 'guest-join-disabled', 'END26', "the meeting's tenant does not allow anonymous/ACS users to join")],
  ...CONVERSATION_ENDED_SUBCODES.map((sub): [string, Rule] => [`0/${sub}`, r('ended', 'meeting-ended', 'END26', 'conversation ended')]),
]);

/** Subcodes that identify a reason whatever the code. */
const BY_SUBCODE: ReadonlyMap<number, Rule> = new Map([
  [5000, r('removed', 'removed', 'END', 'participant removed from the conversation by another participant')],
  [5300, r('removed', 'removed', 'END', 'removed from the conversation by another participant')],
  [5854, r('denied', 'denied', 'UI', 'access to the Teams meeting denied (refused in the lobby)')],
  [4507, r('failed', 'token-rejected', 'END', "application didn't provide a valid ACS token (495/4507)")],
  [10009, r('failed', 'token-rejected', 'END', 'unauthenticated identity: token not valid or expired (401/10009)')],
  [44111, r('failed', 'token-rejected', 'HERE', 'a string that is not a JWT: rejected in ms (401/44111)')],
  [4525, r('failed', 'network', 'HERE', 'no connection to the service (measured offline: 490/4525)')],
  [4502, r('failed', 'network', 'END', 'browser failed to complete the HTTP request (490/4502)')],
  [3100, r('failed', 'network', 'END', 'call setup failed: unexpected client network problem (410/3100)')],
  [3101, r('failed', 'network', 'END', 'call dropped: unexpected client network problem (410/3101)')],
  [3112, r('failed', 'network', 'END', 'client network configuration problem (410/3112)')],
  [301004, r('failed', 'network', 'END', 'no media connectivity during setup (410/301004)')],
  [301005, r('failed', 'network', 'END', 'lost media connectivity (410/301005)')],
]);

/** Code families (END: the rows without a subcode). */
const BY_CODE: ReadonlyMap<number, Rule> = new Map([
  [401, r('failed', 'token-rejected', 'END', 'unauthenticated')],
  [495, r('failed', 'token-rejected', 'END', 'invalid token')],
  [403, r('failed', 'not-permitted', 'END', 'forbidden')],
  [404, r('failed', 'meeting-not-found', 'END', 'call not found: the meeting being joined does not exist')],
  [408, r('failed', 'service-unavailable', 'END', 'call controller timed out')],
  [410, r('failed', 'network', 'END', 'local media stack or media infrastructure error')],
  [487, r('left', 'left', 'END', 'canceled (Success)')],
  [490, r('failed', 'network', 'END', 'local endpoint network issues')],
  [491, r('failed', 'network', 'END', 'local endpoint network issues')],
  [496, r('failed', 'network', 'END', 'local endpoint network issues')],
  [497, r('failed', 'network', 'END', 'local endpoint network issues')],
  [498, r('failed', 'network', 'END', 'local endpoint network issues')],
  [500, r('failed', 'service-unavailable', 'END', 'Communication Services infrastructure error')],
  [503, r('failed', 'service-unavailable', 'END', 'Communication Services infrastructure error')],
  [504, r('failed', 'service-unavailable', 'END', 'Communication Services infrastructure error')],
]);

/** Code 0 with a subcode the table does not know: END's code 0 rows are all `Success` — a normal end. */
const NORMAL_END = r('ended', 'meeting-ended', 'END', 'code 0 = Success category; an unlisted subcode is still a normal end');

/** Maps a call end reason to the normalized `CallEnd`. `detail` is always the raw `code/subCode`. */
export function mapCallEndReason(reason: EndReasonInput | undefined): CallEnd {
  if (!reason) return { outcome: 'failed', code: 'call-failed', detail: 'no-end-reason' };
  const sub = reason.subCode ?? 0;
  const detail = `${reason.code}/${sub}`;
  const rule = EXACT.get(detail) ?? BY_SUBCODE.get(sub) ?? BY_CODE.get(reason.code) ?? (reason.code === 0 ? NORMAL_END : undefined);
  if (rule) return { outcome: rule.outcome, code: rule.code, detail };
  return { outcome: 'failed', code: 'call-failed', detail };
}

/** The rule a reason maps by, with its source (for tests and diagnostics). */
export function endReasonRule(reason: EndReasonInput): Pick<Rule, 'src' | 'note'> | undefined {
  const sub = reason.subCode ?? 0;
  const rule = EXACT.get(`${reason.code}/${sub}`) ?? BY_SUBCODE.get(sub) ?? BY_CODE.get(reason.code);
  return rule ? { src: rule.src, note: rule.note } : undefined;
}

/**
 * Maps an error thrown by the SDK (e.g. by `createCallAgent`) to an error code, reading the `code`/`subCode`
 * the SDK puts on its errors:
 *  - 401/40235 "AccessToken expired" (TOKEN) → `token-expired`;
 *  - 401 otherwise / 44111 (HERE: not a JWT) → `token-rejected`;
 *  - 403/40231 (HERE: Teams call agent with an ACS token) → `token-rejected` (the token does not fit the identity mode);
 *  - 403 → `not-permitted`, 404 → `meeting-not-found`;
 *  - 408 and 490–498 → `network` (SDK: 408/40101, 40104, 40114 "failed to create CallAgent / connect");
 *  - 500/503/504 → `service-unavailable` (SDK: 500/40216 "failed to create CallAgent, try again");
 *  - 400/40100 (HERE: CallClient on a page that is not https/localhost) → `unsupported-browser`.
 */
export function mapSdkError(error: unknown, fallback: ErrorCode): { code: ErrorCode; detail: string } {
  const { code, subCode } = sdkErrorCodes(error);
  if (code === undefined) return { code: fallback, detail: error instanceof Error ? error.name : 'unknown' };
  const detail = `${code}/${subCode ?? 0}`;
  if (subCode === 40235) return { code: 'token-expired', detail };
  if (code === 401 || subCode === 44111) return { code: 'token-rejected', detail };
  if (subCode === 40231) return { code: 'token-rejected', detail };
  if (code === 403) return { code: 'not-permitted', detail };
  if (code === 404) return { code: 'meeting-not-found', detail };
  if (code === 408 || (code >= 490 && code <= 498)) return { code: 'network', detail };
  if (code === 500 || code === 503 || code === 504) return { code: 'service-unavailable', detail };
  if (subCode === 40100) return { code: 'unsupported-browser', detail };
  return { code: fallback, detail };
}

/** The numeric `code`/`subCode` the calling SDK attaches to its errors, when present. */
export function sdkErrorCodes(error: unknown): { code?: number; subCode?: number } {
  if (typeof error !== 'object' || error === null) return {};
  const { code, subCode } = error as { code?: unknown; subCode?: unknown };
  return {
    ...(typeof code === 'number' ? { code } : {}),
    ...(typeof subCode === 'number' ? { subCode } : {}),
  };
}
