/**
 * `call.callEndReason` (code/subCode) → how the call ended, as a table. DOM-free and SDK-free.
 *
 * Sources: Microsoft's "Understanding calling codes and subcodes" (call-end table, azure-docs
 * `voice-video-calling/includes/codes/call-end.md`), the codes the ACS UI library reacts to (5854 lobby access
 * denied, 5000/5300 removed, 5751 invalid meeting identifier), and what the SDK does offline here (490/4525,
 * see the facts note). The SDK never throws for these: the session must read `callEndReason`.
 *
 * Lookup order: exact code+subCode, then subCode alone (subcodes are unique reasons), then code alone,
 * then a fallback: `failed` / `call-failed` with the raw `code/subCode` as detail.
 */
import type { CallEnd, EndOutcome } from '../types.js';
import type { ErrorCode } from '../../core/errors.js';

export interface EndReasonInput {
  readonly code: number;
  readonly subCode?: number | undefined;
}

interface Rule {
  readonly outcome: EndOutcome;
  readonly code: ErrorCode | 'left';
  /** Why this mapping, for the next person reading the table. */
  readonly note: string;
}

const r = (outcome: EndOutcome, code: ErrorCode | 'left', note: string): Rule => ({ outcome, code, note });

/** Exact `code/subCode` pairs. */
const EXACT: ReadonlyMap<string, Rule> = new Map([
  ['0/0', r('left', 'left', 'ended by the local participant')],
  ['0/4097', r('ended', 'meeting-ended', 'call ended for all users by the meeting organizer')],
  ['0/7000', r('ended', 'meeting-ended', 'ended by Call Automation / a server bot')],
  ['0/4521', r('failed', 'network', 'this endpoint disconnected abruptly')],
  ['0/5003', r('ended', 'meeting-ended', 'all endpoints declined')],
]);

/** Subcodes that identify a reason whatever the code. */
const BY_SUBCODE: ReadonlyMap<number, Rule> = new Map([
  [5000, r('removed', 'removed', 'removed from the conversation by another participant')],
  [5300, r('removed', 'removed', 'removed from the conversation by another participant (organizer)')],
  [5317, r('removed', 'removed', 'removed due to a participant role update')],
  [5854, r('denied', 'denied', 'access to the Teams meeting denied (refused in the lobby)')],
  [5751, r('failed', 'meeting-not-found', 'invalid meeting identifier (meeting id/passcode)')],
  [4507, r('failed', 'token-rejected', 'the application did not provide a valid ACS token')],
  [10009, r('failed', 'token-rejected', 'unauthenticated identity (token invalid or expired)')],
  [44111, r('failed', 'token-rejected', 'token not accepted by the SDK')],
  [4525, r('failed', 'network', 'no connection to the service (measured offline: 490/4525)')],
  [4502, r('failed', 'network', 'browser failed to complete the HTTP request')],
  [3100, r('failed', 'network', 'call setup failed: client network problem')],
  [3101, r('failed', 'network', 'call dropped: client network problem')],
  [3112, r('failed', 'network', 'client network configuration problem')],
  [301004, r('failed', 'network', 'no media connectivity during setup')],
  [301005, r('failed', 'network', 'lost media connectivity')],
]);

/** Code families. */
const BY_CODE: ReadonlyMap<number, Rule> = new Map([
  [401, r('failed', 'token-rejected', 'unauthenticated')],
  [495, r('failed', 'token-rejected', 'invalid token')],
  [403, r('failed', 'not-permitted', 'not allowed to join')],
  [404, r('failed', 'meeting-not-found', 'call/meeting not found')],
  [408, r('failed', 'network', 'timed out')],
  [410, r('failed', 'network', 'local media stack or network problem')],
  [490, r('failed', 'network', 'local endpoint network issue')],
  [491, r('failed', 'network', 'local endpoint network issue')],
  [496, r('failed', 'network', 'lost network connection despite retries')],
  [497, r('failed', 'network', 'local endpoint network issue')],
  [498, r('failed', 'network', 'local endpoint network issue')],
]);

/** Maps a call end reason to the normalized `CallEnd`. `detail` is always the raw `code/subCode`. */
export function mapCallEndReason(reason: EndReasonInput | undefined): CallEnd {
  if (!reason) return { outcome: 'failed', code: 'call-failed', detail: 'no-end-reason' };
  const sub = reason.subCode ?? 0;
  const detail = `${reason.code}/${sub}`;
  const rule = EXACT.get(detail) ?? BY_SUBCODE.get(sub) ?? BY_CODE.get(reason.code);
  if (rule) return { outcome: rule.outcome, code: rule.code, detail };
  return { outcome: 'failed', code: 'call-failed', detail };
}

/**
 * Maps an error thrown by the SDK (e.g. by `createCallAgent`: 401/44111 bad token, 403/40231 Teams agent with an
 * ACS token) to an error code, reading the `code`/`subCode` the SDK puts on its errors.
 */
export function mapSdkError(error: unknown, fallback: ErrorCode): { code: ErrorCode; detail: string } {
  const { code, subCode } = sdkErrorCodes(error);
  if (code === undefined) return { code: fallback, detail: error instanceof Error ? error.name : 'unknown' };
  const detail = `${code}/${subCode ?? 0}`;
  if (code === 401 || subCode === 44111) return { code: 'token-rejected', detail };
  // 40231: a Teams call agent refused an ACS token (or the reverse): the token does not fit the identity mode.
  if (subCode === 40231) return { code: 'token-rejected', detail };
  if (code === 403) return { code: 'not-permitted', detail };
  if (code === 404) return { code: 'meeting-not-found', detail };
  if (code === 408 || (code >= 490 && code <= 498)) return { code: 'network', detail };
  // 40100: CallClient refused the page's origin (not https/localhost).
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
