/**
 * Meeting-link parsing (DOM-free; uses only the `URL` global). Never throws: every input yields a
 * `LinkParseResult`, and each kind of refusal has its own stable code.
 *
 * A lazy chunk: the pasted script carries only `meeting-link-core.ts` (the direct link forms and
 * `quickMeetingLink()`, which decides links pasted as Teams writes them); this full parser is loaded when that
 * cannot decide, and ends in the same `teamsPath()`.
 *
 * Accepted (on `teams.microsoft.com` and `teams.cloud.microsoft` — the newer name of the same commercial service,
 * rewritten to `teams.microsoft.com` in `link`):
 *  - `/l/meetup-join/<thread>/<messageId>?context=<json>` with any mix of upper/lower-case and single/double
 *    percent-encoding; the Teams web app's `/_#/l/meetup-join/...` (and `/v2/#/...`) hash form;
 *  - `/meet/<meeting id>?p=<passcode>` short links → kind `meeting-id` (the link is kept too);
 *  - wrappers whose real link can be recovered: Outlook Safe Links (`*.safelinks.protection.outlook.com`,
 *    `*.safelinks.protection.office365.us`) and the Teams launcher (`/dl/launcher/launcher.html?url=`),
 *    nested up to 3 deep; the recovered link goes through every check again;
 *  - surrounding whitespace, `<…>` from e-mails, and a missing `https://` in front of a host.
 *
 * Canonical `link` (kind `link`):
 *   `https://<host>/l/meetup-join/<encodeURIComponent(threadId)>/<messageId|0>[?context=<encodeURIComponent(JSON)>]`
 * — the context object is kept whole (Tid, Oid, MessageId, IsBroadcastMeeting…); other query parameters
 * (`anon`, `deeplinkId`, …) are dropped. For `/meet/` links: `https://<host>/meet/<digits>?p=<passcode>`.
 *
 * Refused:
 *  - `link-unsafe-scheme`: javascript:, data:, vbscript:, blob:, file:, filesystem: — tested first, on the text
 *    with tabs/newlines removed and leading control characters/spaces trimmed (what the URL parser ignores);
 *  - `link-not-https`: any other scheme that is not https (http:, ftp:, msteams:, …);
 *  - `link-gcc-unsupported`: sovereign Teams clouds ACS interop cannot join — `teams.microsoft.us` and every
 *    subdomain (GCC High `gov.`, DoD `dod.`), and China/21Vianet `teams.microsoftonline.cn` (refused with this
 *    code rather than `link-not-teams`, because it *is* a Teams link, just on a cloud ACS cannot reach).
 *    GCC (moderate) meetings live on `teams.microsoft.com` and only the tenant tells them apart, which a link
 *    cannot reveal: they pass here and fail when joining;
 *  - `link-consumer-unsupported`: Teams for Home / personal-account meetings (`teams.live.com`): ACS guests cannot
 *    join them ("Teams meeting capabilities for Teams external users": "Join Teams for Home meeting ❌");
 *  - `link-webinar-unsupported`: live events and town halls (`"IsBroadcastMeeting": true` in the link context) and
 *    Teams Events pages (`events.teams.microsoft.com`, where webinars and town halls are registered). A webinar's
 *    own join link is an ordinary meeting link: nothing in it says "webinar", so those pass and fail when joining;
 *  - `link-not-teams`: any other host. Hosts match exactly (or, for the refusal lists, on a dot boundary), so
 *    `teams.microsoft.com.evil.example`, `evilteams.microsoft.com` and `https://teams.microsoft.com@evil.example/`
 *    are not Teams;
 *  - `invalid-link`: garbage, credentials or a port on a Teams host, Teams paths that are not a meeting, a
 *    meetup-join without a valid thread id, an unreadable context, a `/meet/` link without valid id/passcode.
 */
import { decode, fail, teamsPath, type LinkParseResult } from './meeting-link-core.js';

export { meetingIdLocator, quickMeetingLink, type LinkParseResult, type MeetingLocator } from './meeting-link-core.js';

export function parseMeetingLink(input: string): LinkParseResult {
  return parse(input, 0);
}

function parse(input: unknown, depth: number): LinkParseResult {
  if (typeof input !== 'string') return fail('invalid-link');
  // The URL parser drops tabs/newlines anywhere and C0 controls/spaces at the ends; do the same before
  // looking at the scheme so `\tjava\nscript:` cannot slip past.
  let s = input.replace(/[\t\n\r]/g, '').replace(/^[\s\0-\x1f]+|[\s\0-\x1f]+$/g, '');
  if (s.startsWith('<') && s.endsWith('>')) s = s.slice(1, -1).trim();
  if (/^(?:javascript|data|vbscript|blob|file|filesystem):/i.test(s)) return fail('link-unsafe-scheme');
  if (!s || s.length > 8192) return fail('invalid-link');
  // "teams.microsoft.com/l/..." pasted without a scheme.
  if (!/^[a-z][a-z\d+.-]*:/i.test(s) && /^[a-z\d-]+(?:\.[a-z\d-]+)+\//i.test(s)) s = `https://${s}`;

  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return fail('invalid-link');
  }
  if (url.protocol !== 'https:') return fail('link-not-https');
  const host = url.hostname.replace(/\.$/, '');
  // A wrapped link, relative to the wrapper's host when it is a path (the launcher's `/_#/l/meetup-join/...`).
  const nested = (inner: string | null): LinkParseResult => {
    if (inner && /^(?:%2f|https?%3a)/i.test(inner)) inner = decode(inner) ?? '';
    return inner && depth < 3 ? parse(inner.startsWith('/') ? `https://${host}${inner}` : inner, depth + 1) : fail('invalid-link');
  };

  if (/(?:^|\.)safelinks\.protection\.(?:outlook\.com|office365\.us)$/.test(host)) return nested(url.searchParams.get('url'));
  if (/(?:^|\.)teams\.(?:microsoft\.us|microsoftonline\.cn)$/.test(host)) return fail('link-gcc-unsupported');
  // Teams for Home / personal accounts ("Teams meeting capabilities for Teams external users": join Teams for
  // Home meeting ❌). Consumer meetings are the only ones on this host.
  if (host === 'teams.live.com') return fail('link-consumer-unsupported');
  // The Teams Events pages (registration/event pages of webinars and town halls) are not joinable meetings, and
  // ACS guests cannot join webinars or town halls anyway (same doc). Host observed, not documented as a contract.
  if (host === 'events.teams.microsoft.com') return fail('link-webinar-unsupported');
  if (host !== 'teams.microsoft.com' && host !== 'teams.cloud.microsoft') {
    return fail('link-not-teams');
  }
  if (url.username || url.password || url.port) return fail('invalid-link');

  const path = url.pathname;
  if (/^\/dl\/launcher\/launcher\.html$/i.test(path)) return nested(url.searchParams.get('url'));
  if (/^#\/(?:l|meet)\//i.test(url.hash)) return nested(url.hash.slice(1));
  return teamsPath(url, host);
}
