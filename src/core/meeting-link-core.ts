/**
 * The part of meeting-link parsing every visitor needs to see the pre-join screen (DOM-free; only the `URL`
 * global): the direct Teams link forms (`/l/meetup-join/…`, `/meet/…`) and `meeting-id` + `passcode`. It ships in
 * the pasted script. Everything else — wrappers (Safe Links, the launcher, the web app's `#/` form), the refusal
 * codes of other clouds and hosts, unsafe schemes, pasted links without `https://` — is in `meeting-link.ts`,
 * a lazy chunk that the element loads only when `quickMeetingLink()` cannot decide.
 * `parseMeetingLink()` (the full parser) ends in `teamsPath()` below, so both give the same result by construction;
 * `test/core/meeting-link.test.ts` checks that `quickMeetingLink()` agrees with it wherever it decides.
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

export const fail = (code: ErrorCode): LinkParseResult => ({ ok: false, code });

/** Decodes repeated percent-encoding (Safe Links and launchers double-encode); undefined when malformed. */
export function decode(value: string): string | undefined {
  for (let i = 0; i < 3 && /%[\da-f]{2}/i.test(value); i++) {
    try {
      value = decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return value;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The launcher and the web app's `#/` form wrap another link: only the full parser unwraps them. */
export const isWrapper = (url: URL): boolean =>
  /^\/dl\/launcher\/launcher\.html$/i.test(url.pathname) || /^#\/(?:l|meet)\//i.test(url.hash);

/**
 * A direct link on a Teams host (`host`: `teams.microsoft.com` or `teams.cloud.microsoft`, without credentials,
 * port or wrapper — the caller has checked): `/meet/<id>?p=<passcode>` or `/l/meetup-join/<thread>/<messageId>`.
 */
export function teamsPath(url: URL, host: string): LinkParseResult {
  const path = url.pathname;
  const canonicalHost = host === 'teams.cloud.microsoft' ? 'teams.microsoft.com' : host;
  const meet = /^\/meet\/([^/]+)\/?$/i.exec(path);
  if (meet) {
    const result = meetingIdLocator(decode(meet[1]!) ?? '', url.searchParams.get('p') ?? '');
    if (!result.ok) return fail('invalid-link');
    const { meetingId, passcode } = result.locator;
    const link = `https://${canonicalHost}/meet/${meetingId}?p=${encodeURIComponent(passcode!)}`;
    return { ok: true, locator: { ...result.locator, link, host } };
  }

  const join = /^\/l\/meetup-join\/([^/]+)(?:\/(\d+))?\/?$/i.exec(path);
  const threadId = join && decode(join[1]!);
  if (!threadId || !/^19:[^\s/?#@]+@thread\.[a-z\d]+$/i.test(threadId)) return fail('invalid-link');

  let context: Record<string, unknown> | undefined;
  const rawContext = url.searchParams.get('context');
  if (rawContext !== null) {
    try {
      context = JSON.parse(decode(rawContext) ?? '') as Record<string, unknown>;
    } catch {
      return fail('invalid-link');
    }
    if (!context || typeof context !== 'object' || Array.isArray(context)) return fail('invalid-link');
  }
  // Live events (and town halls, their successor) carry `"IsBroadcastMeeting": true` in the link context; ACS guests
  // cannot join them ("Teams meeting capabilities for Teams external users": live events ❌, town halls ❌). The flag
  // mirrors Graph's documented `onlineMeeting.isBroadcast` ("whether this is a Teams live event") but the link
  // context itself is not a documented contract. Webinar join links are ordinary meeting links: no signal.
  if (String(context?.['IsBroadcastMeeting']) === 'true') return fail('link-webinar-unsupported');
  const query = context ? `?context=${encodeURIComponent(JSON.stringify(context))}` : '';
  return {
    ok: true,
    locator: {
      kind: 'link',
      link: `https://${canonicalHost}/l/meetup-join/${encodeURIComponent(threadId)}/${join![2] ?? '0'}${query}`,
      host,
      threadId,
      tenantId: text(context?.['Tid']),
      organizerId: text(context?.['Oid']),
    },
  };
}

/**
 * The verdict on a link as it is usually pasted — `https://teams.microsoft.com/…` (or `teams.cloud.microsoft`) with
 * no whitespace or control characters — exactly as `parseMeetingLink()` gives it. `undefined` for anything else
 * (wrappers, other hosts and schemes, odd spellings, non-ASCII): the full parser decides those.
 */
export function quickMeetingLink(input: string): LinkParseResult | undefined {
  // Printable ASCII only: no whitespace or controls that the full parser would trim or strip first.
  if (input.length > 8192 || !/^https:\/\/teams\.(?:microsoft\.com|cloud\.microsoft)\/[!-~]*$/i.test(input)) return undefined;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return undefined;
  }
  return isWrapper(url) ? undefined : teamsPath(url, url.hostname);
}

/**
 * Validates `meeting-id` + `passcode`. Teams shows ids in groups (`345 678 901 234`): all whitespace is removed.
 * Ids are 9–20 digits (Teams issues 10–15; the margin avoids refusing a format change we cannot foresee);
 * passcodes are 1–64 printable ASCII characters without spaces after trimming. Refusal: `invalid-meeting-id`.
 */
export function meetingIdLocator(meetingId: string, passcode: string): LinkParseResult {
  const id = String(meetingId ?? '').replace(/\s/g, '');
  const code = String(passcode ?? '').trim();
  if (!/^\d{9,20}$/.test(id) || !/^[\x21-\x7e]{1,64}$/.test(code)) return fail('invalid-meeting-id');
  return { ok: true, locator: { kind: 'meeting-id', meetingId: id, passcode: code } };
}
