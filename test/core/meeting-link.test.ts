/**
 * Table-driven tests of the DOM-free meeting-link parser: every accepted form yields the right locator and
 * every refusal its own code. Each row says what it protects.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { meetingIdLocator, parseMeetingLink, quickMeetingLink, type MeetingLocator } from '../../src/core/meeting-link.js';
import type { ErrorCode } from '../../src/core/errors.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const ORGANIZER = 'a6d1d5d0-5e9c-4b56-9c1b-1a2b3c4d5e6f';
const THREAD = '19:meeting_NjU4ZjYxYjctMzI1Ny00YjA5LWE3NWUtNTQ4NzhiNjM4ODY0@thread.v2';

/** Lower-case encodings, exactly as Teams writes them into invitations. */
const THREAD_LOWER = '19%3ameeting_NjU4ZjYxYjctMzI1Ny00YjA5LWE3NWUtNTQ4NzhiNjM4ODY0%40thread.v2';
const CONTEXT_LOWER = `%7b%22Tid%22%3a%22${TENANT}%22%2c%22Oid%22%3a%22${ORGANIZER}%22%7d`;
const TEAMS_LINK = `https://teams.microsoft.com/l/meetup-join/${THREAD_LOWER}/0?context=${CONTEXT_LOWER}`;

/** What every parse of the link above must yield (on teams.microsoft.com). */
const CANONICAL = `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(THREAD)}/0?context=${encodeURIComponent(
  JSON.stringify({ Tid: TENANT, Oid: ORGANIZER }),
)}`;
const STANDARD: MeetingLocator = {
  kind: 'link',
  link: CANONICAL,
  host: 'teams.microsoft.com',
  threadId: THREAD,
  tenantId: TENANT,
  organizerId: ORGANIZER,
};

const upper = (s: string): string => s.replace(/%[\da-f]{2}/gi, (m) => m.toUpperCase());
const launcher = (host: string, path: string): string =>
  `https://${host}/dl/launcher/launcher.html?url=${encodeURIComponent(path)}` +
  '&type=meetup-join&deeplinkId=0f3d7c1e-1111-2222-3333-444455556666&directDl=true&msLaunch=true' +
  '&enableMobilePage=true&suppressPrompt=true';
const safeLink = (region: string, real: string): string =>
  `https://${region}.safelinks.protection.outlook.com/?url=${encodeURIComponent(real)}` +
  '&data=05%7C02%7Cuser%40contoso.com%7Cabc%7C72f988bf%7C0%7C0%7C638000000000000000&sdata=xyz%3D&reserved=0';

interface Accept {
  readonly name: string;
  readonly input: string;
  readonly expected: Partial<MeetingLocator>;
}

const ACCEPTED: readonly Accept[] = [
  { name: 'standard meetup-join link with lower-case encodings', input: TEAMS_LINK, expected: STANDARD },
  { name: 'standard link with upper-case encodings (%3A, %7B, %40)', input: upper(TEAMS_LINK), expected: STANDARD },
  {
    name: 'mixed-case encodings in one link',
    input: TEAMS_LINK.replace('%3a', '%3A').replace('%7b', '%7B'),
    expected: STANDARD,
  },
  {
    name: 'double-encoded context and thread id (%253a, %2522)',
    input: `https://teams.microsoft.com/l/meetup-join/${THREAD_LOWER.replace(/%/g, '%25')}/0?context=${CONTEXT_LOWER.replace(/%/g, '%25')}`,
    expected: STANDARD,
  },
  {
    name: 'context with extra keys (MessageId) is kept whole in the canonical link',
    input: `https://teams.microsoft.com/l/meetup-join/${THREAD_LOWER}/1700000000000?context=${encodeURIComponent(
      JSON.stringify({ Tid: TENANT, Oid: ORGANIZER, MessageId: '1700000000000' }),
    )}`,
    expected: {
      ...STANDARD,
      link: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(THREAD)}/1700000000000?context=${encodeURIComponent(
        JSON.stringify({ Tid: TENANT, Oid: ORGANIZER, MessageId: '1700000000000' }),
      )}`,
    },
  },
  {
    name: 'a non-zero message id segment is preserved',
    input: TEAMS_LINK.replace('/0?', '/1234?'),
    expected: { link: CANONICAL.replace('/0?', '/1234?'), threadId: THREAD },
  },
  {
    name: 'missing message id segment is canonicalized to /0',
    input: TEAMS_LINK.replace('/0?', '?'),
    expected: STANDARD,
  },
  {
    name: 'extra query parameters (anon, launchAgent) are dropped from the canonical link',
    input: `${TEAMS_LINK}&anon=true&launchAgent=join_launcher`,
    expected: STANDARD,
  },
  {
    name: 'link without context still yields the thread id',
    input: `https://teams.microsoft.com/l/meetup-join/${THREAD_LOWER}/0`,
    expected: {
      kind: 'link',
      threadId: THREAD,
      tenantId: undefined,
      organizerId: undefined,
      link: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(THREAD)}/0`,
    },
  },
  {
    name: 'channel meeting thread (@thread.tacv2)',
    input: `https://teams.microsoft.com/l/meetup-join/19%3a4f1c2d3e5a6b7c8d9e0f%40thread.tacv2/1690000000000?context=${CONTEXT_LOWER}`,
    expected: { threadId: '19:4f1c2d3e5a6b7c8d9e0f@thread.tacv2', tenantId: TENANT },
  },
  {
    name: 'an ordinary meeting whose context says IsBroadcastMeeting false',
    input: `https://teams.microsoft.com/l/meetup-join/${THREAD_LOWER}/0?context=${encodeURIComponent(JSON.stringify({ Tid: TENANT, IsBroadcastMeeting: false }))}`,
    expected: { threadId: THREAD, tenantId: TENANT },
  },
  {
    name: 'upper-case host is lower-cased',
    input: TEAMS_LINK.replace('teams.microsoft.com', 'TEAMS.Microsoft.COM'),
    expected: STANDARD,
  },
  {
    name: 'fully-qualified host with trailing dot',
    input: TEAMS_LINK.replace('teams.microsoft.com', 'teams.microsoft.com.'),
    expected: STANDARD,
  },
  {
    name: 'teams.cloud.microsoft (new name of the same service) joins through teams.microsoft.com',
    input: TEAMS_LINK.replace('teams.microsoft.com', 'teams.cloud.microsoft'),
    expected: { ...STANDARD, host: 'teams.cloud.microsoft' },
  },
  {
    name: 'web-app hash form /_#/l/meetup-join/...',
    input: `https://teams.microsoft.com/_#/l/meetup-join/${THREAD_LOWER}/0?context=${CONTEXT_LOWER}`,
    expected: STANDARD,
  },
  {
    name: 'new Teams web-app form /v2/#/l/meetup-join/...',
    input: `https://teams.microsoft.com/v2/#/l/meetup-join/${THREAD_LOWER}/0?context=${CONTEXT_LOWER}`,
    expected: STANDARD,
  },
  { name: 'surrounding whitespace and newlines', input: `  \n\t${TEAMS_LINK}  \r\n`, expected: STANDARD },
  { name: 'angle brackets pasted from an e-mail', input: `<${TEAMS_LINK}>`, expected: STANDARD },
  { name: 'angle brackets with inner whitespace', input: ` < ${TEAMS_LINK} > `, expected: STANDARD },
  {
    name: 'a link broken over lines by an e-mail client',
    input: `${TEAMS_LINK.slice(0, 60)}\n${TEAMS_LINK.slice(60)}`,
    expected: STANDARD,
  },
  { name: 'missing https:// in front of the host', input: TEAMS_LINK.replace('https://', ''), expected: STANDARD },
  {
    name: 'Teams launcher link with a /_#/ path (lower-case inner encodings)',
    input: launcher('teams.microsoft.com', `/_#/l/meetup-join/${THREAD_LOWER}/0?context=${CONTEXT_LOWER}&anon=true`),
    expected: STANDARD,
  },
  {
    name: 'Teams launcher link with upper-case encodings, as Teams itself writes it',
    input: upper(launcher('teams.microsoft.com', `/_#/l/meetup-join/${THREAD_LOWER}/0?context=${CONTEXT_LOWER}`)),
    expected: STANDARD,
  },
  {
    name: 'Teams launcher whose url is a plain /l/meetup-join path',
    input: launcher('teams.microsoft.com', `/l/meetup-join/${THREAD_LOWER}/0?context=${CONTEXT_LOWER}`),
    expected: STANDARD,
  },
  { name: 'Outlook Safe Links (nam12) around a Teams link', input: safeLink('nam12', TEAMS_LINK), expected: STANDARD },
  { name: 'Outlook Safe Links (eur01) around an upper-case link', input: safeLink('eur01', upper(TEAMS_LINK)), expected: STANDARD },
  {
    name: 'Safe Links around a Teams launcher link (two wrappers)',
    input: safeLink('nam02', launcher('teams.microsoft.com', `/_#/l/meetup-join/${THREAD_LOWER}/0?context=${CONTEXT_LOWER}`)),
    expected: STANDARD,
  },
  {
    name: 'Safe Links in angle brackets with whitespace',
    input: `  <${safeLink('gbr01', TEAMS_LINK)}>\n`,
    expected: STANDARD,
  },
  {
    name: 'short /meet/ link → meeting-id locator that keeps the link',
    input: 'https://teams.microsoft.com/meet/345678901234?p=Ab3cD4',
    expected: {
      kind: 'meeting-id',
      meetingId: '345678901234',
      passcode: 'Ab3cD4',
      host: 'teams.microsoft.com',
      link: 'https://teams.microsoft.com/meet/345678901234?p=Ab3cD4',
    },
  },
  {
    name: 'short /meet/ link with encoded spaces in the id',
    input: 'https://teams.microsoft.com/meet/345%20678%20901%20234?p=Ab3cD4',
    expected: { kind: 'meeting-id', meetingId: '345678901234', link: 'https://teams.microsoft.com/meet/345678901234?p=Ab3cD4' },
  },
  {
    name: 'short link wrapped by Safe Links',
    input: safeLink('nam12', 'https://teams.microsoft.com/meet/345678901234?p=Ab3cD4'),
    expected: { kind: 'meeting-id', meetingId: '345678901234', passcode: 'Ab3cD4' },
  },
];

interface Refuse {
  readonly name: string;
  readonly input: string;
  readonly code: ErrorCode;
}

const REFUSED: readonly Refuse[] = [
  // garbage
  { name: 'empty string', input: '', code: 'invalid-link' },
  { name: 'only whitespace', input: ' \n\t ', code: 'invalid-link' },
  { name: 'empty angle brackets', input: '<>', code: 'invalid-link' },
  { name: 'plain words', input: 'join my meeting please', code: 'invalid-link' },
  { name: 'a meeting id pasted into the link field', input: '345 678 901 234', code: 'invalid-link' },
  { name: 'an over-long input', input: `${TEAMS_LINK}&x=${'a'.repeat(9000)}`, code: 'invalid-link' },
  // unsafe schemes — checked before anything else
  { name: 'javascript: URL', input: 'javascript:alert(document.cookie)', code: 'link-unsafe-scheme' },
  { name: 'JavaScript: in mixed case', input: 'JaVaScRiPt:alert(1)', code: 'link-unsafe-scheme' },
  { name: 'javascript: with leading spaces and control characters', input: ' \u0001\u0000 javascript:alert(1)', code: 'link-unsafe-scheme' },
  { name: 'javascript: with a tab and newline inside the scheme', input: 'java\tscr\nipt:alert(1)', code: 'link-unsafe-scheme' },
  { name: 'javascript: inside angle brackets', input: '<javascript:alert(1)>', code: 'link-unsafe-scheme' },
  { name: 'data: URL', input: 'data:text/html,<script>alert(1)</script>', code: 'link-unsafe-scheme' },
  { name: 'DATA: upper case', input: 'DATA:text/html;base64,PHNjcmlwdD4=', code: 'link-unsafe-scheme' },
  { name: 'vbscript: URL', input: 'vbscript:msgbox(1)', code: 'link-unsafe-scheme' },
  { name: 'blob: URL', input: 'blob:https://teams.microsoft.com/0f3d7c1e-1111-2222-3333-444455556666', code: 'link-unsafe-scheme' },
  { name: 'file: URL', input: 'file:///etc/passwd', code: 'link-unsafe-scheme' },
  { name: 'javascript: hidden in Safe Links', input: safeLink('nam12', 'javascript:alert(1)'), code: 'link-unsafe-scheme' },
  {
    name: 'javascript: hidden in the Teams launcher url parameter',
    input: 'https://teams.microsoft.com/dl/launcher/launcher.html?url=javascript%3Aalert(1)&type=meetup-join',
    code: 'link-unsafe-scheme',
  },
  // not https
  { name: 'http: Teams link', input: TEAMS_LINK.replace('https:', 'http:'), code: 'link-not-https' },
  { name: 'HTTP: upper-case scheme', input: TEAMS_LINK.replace('https:', 'HTTP:'), code: 'link-not-https' },
  { name: 'ftp: link', input: 'ftp://teams.microsoft.com/l/meetup-join/x', code: 'link-not-https' },
  { name: 'msteams: app protocol', input: `msteams:/l/meetup-join/${THREAD_LOWER}/0?context=${CONTEXT_LOWER}`, code: 'link-not-https' },
  { name: 'http link inside Safe Links', input: safeLink('nam12', TEAMS_LINK.replace('https:', 'http:')), code: 'link-not-https' },
  // not Teams
  { name: 'another https host', input: 'https://example.com/l/meetup-join/19%3ameeting_x%40thread.v2/0', code: 'link-not-teams' },
  { name: 'look-alike suffix teams.microsoft.com.evil.example', input: TEAMS_LINK.replace('teams.microsoft.com', 'teams.microsoft.com.evil.example'), code: 'link-not-teams' },
  { name: 'look-alike prefix evilteams.microsoft.com', input: TEAMS_LINK.replace('teams.microsoft.com', 'evilteams.microsoft.com'), code: 'link-not-teams' },
  { name: 'subdomain of teams.microsoft.com is not accepted', input: TEAMS_LINK.replace('teams.microsoft.com', 'evil.teams.microsoft.com'), code: 'link-not-teams' },
  { name: 'userinfo trick teams.microsoft.com@evil.example', input: `https://teams.microsoft.com@evil.example/l/meetup-join/${THREAD_LOWER}/0`, code: 'link-not-teams' },
  { name: 'homoglyph host (Cyrillic о)', input: TEAMS_LINK.replace('microsoft', 'micr\u043esoft'), code: 'link-not-teams' },
  { name: 'Safe Links look-alike host is not unwrapped', input: `https://safelinks.protection.outlook.com.evil.example/?url=${encodeURIComponent(TEAMS_LINK)}`, code: 'link-not-teams' },
  { name: 'Safe Links wrapping a non-Teams link', input: safeLink('nam12', 'https://evil.example/'), code: 'link-not-teams' },
  { name: 'launcher url that escapes to another host', input: 'https://teams.microsoft.com/dl/launcher/launcher.html?url=https%3A%2F%2Fevil.example%2Fl%2Fmeetup-join%2Fx', code: 'link-not-teams' },
  // government / sovereign clouds
  // Teams for Home ("Teams meeting capabilities for Teams external users": Join Teams for Home meeting ❌).
  { name: 'Teams for Home meetup-join on teams.live.com', input: TEAMS_LINK.replace('teams.microsoft.com', 'teams.live.com'), code: 'link-consumer-unsupported' },
  { name: 'Teams for Home short link', input: 'https://teams.live.com/meet/9395925735471?p=xYz789Q', code: 'link-consumer-unsupported' },
  {
    name: 'Teams for Home behind the launcher',
    input: launcher('teams.live.com', `/_#/l/meetup-join/${THREAD_LOWER}/0?context=${CONTEXT_LOWER}`),
    code: 'link-consumer-unsupported',
  },
  {
    name: 'Teams for Home behind Safe Links',
    input: safeLink('nam12', 'https://teams.live.com/meet/9395925735471?p=xYz789Q'),
    code: 'link-consumer-unsupported',
  },
  // Live events / town halls (same doc: ❌); the context flag is observed in real live-event links.
  { name: 'live event: IsBroadcastMeeting true in the context', input: `https://teams.microsoft.com/l/meetup-join/${THREAD_LOWER}/0?context=${encodeURIComponent(JSON.stringify({ Tid: TENANT, Oid: ORGANIZER, IsBroadcastMeeting: true }))}`, code: 'link-webinar-unsupported' },
  {
    name: 'live event flag as a string, behind Safe Links',
    input: safeLink('eur01', `https://teams.microsoft.com/l/meetup-join/${THREAD_LOWER}/0?context=${encodeURIComponent(JSON.stringify({ Tid: TENANT, Oid: ORGANIZER, IsBroadcastMeeting: 'true' }))}`),
    code: 'link-webinar-unsupported',
  },
  { name: 'Teams Events (webinar / town hall) page', input: 'https://events.teams.microsoft.com/event/0f3d7c1e-1111-2222-3333-444455556666@72f988bf-86f1-41af-91ab-2d7cd011db47', code: 'link-webinar-unsupported' },
  { name: 'GCC High gov.teams.microsoft.us', input: TEAMS_LINK.replace('teams.microsoft.com', 'gov.teams.microsoft.us'), code: 'link-gcc-unsupported' },
  { name: 'DoD dod.teams.microsoft.us', input: TEAMS_LINK.replace('teams.microsoft.com', 'dod.teams.microsoft.us'), code: 'link-gcc-unsupported' },
  { name: 'bare teams.microsoft.us', input: TEAMS_LINK.replace('teams.microsoft.com', 'teams.microsoft.us'), code: 'link-gcc-unsupported' },
  { name: 'nested *.gov.teams.microsoft.us', input: TEAMS_LINK.replace('teams.microsoft.com', 'x.gov.teams.microsoft.us'), code: 'link-gcc-unsupported' },
  { name: 'China 21Vianet teams.microsoftonline.cn', input: TEAMS_LINK.replace('teams.microsoft.com', 'teams.microsoftonline.cn'), code: 'link-gcc-unsupported' },
  { name: 'GCC High link behind GCC Safe Links', input: `https://gcc02.safelinks.protection.office365.us/?url=${encodeURIComponent(TEAMS_LINK.replace('teams.microsoft.com', 'gov.teams.microsoft.us'))}&reserved=0`, code: 'link-gcc-unsupported' },
  { name: 'look-alike teams.microsoft.us.evil.example is not gov but not Teams', input: TEAMS_LINK.replace('teams.microsoft.com', 'teams.microsoft.us.evil.example'), code: 'link-not-teams' },
  // Teams host, not a meeting
  { name: 'Teams chat link', input: 'https://teams.microsoft.com/l/chat/0/0?users=someone@contoso.com', code: 'invalid-link' },
  { name: 'Teams web-app conversations', input: 'https://teams.microsoft.com/_#/conversations/General?ctx=channel', code: 'invalid-link' },
  { name: 'Teams home page', input: 'https://teams.microsoft.com/', code: 'invalid-link' },
  { name: 'meetup-join without a thread id', input: 'https://teams.microsoft.com/l/meetup-join/', code: 'invalid-link' },
  { name: 'meetup-join with a thread id that is not a thread', input: `https://teams.microsoft.com/l/meetup-join/hello/0?context=${CONTEXT_LOWER}`, code: 'invalid-link' },
  { name: 'meetup-join with a non-numeric message id', input: `https://teams.microsoft.com/l/meetup-join/${THREAD_LOWER}/abc?context=${CONTEXT_LOWER}`, code: 'invalid-link' },
  { name: 'context that is not JSON (truncated link)', input: `https://teams.microsoft.com/l/meetup-join/${THREAD_LOWER}/0?context=%7b%22Tid%22%3a%2272f9`, code: 'invalid-link' },
  { name: 'context that is a JSON array', input: `https://teams.microsoft.com/l/meetup-join/${THREAD_LOWER}/0?context=%5B1%5D`, code: 'invalid-link' },
  { name: 'malformed percent-encoding in the thread id', input: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_%E0%A4%A%40thread.v2/0', code: 'invalid-link' },
  { name: 'credentials on a real Teams host', input: TEAMS_LINK.replace('https://', 'https://user:pw@'), code: 'invalid-link' },
  { name: 'a port on a Teams host', input: TEAMS_LINK.replace('teams.microsoft.com', 'teams.microsoft.com:8443'), code: 'invalid-link' },
  { name: 'Safe Links without a url parameter', input: 'https://nam12.safelinks.protection.outlook.com/?data=abc&reserved=0', code: 'invalid-link' },
  { name: 'launcher without a url parameter', input: 'https://teams.microsoft.com/dl/launcher/launcher.html?type=meetup-join', code: 'invalid-link' },
  { name: 'short link without a passcode', input: 'https://teams.microsoft.com/meet/345678901234', code: 'invalid-link' },
  { name: 'short link with a non-numeric id', input: 'https://teams.microsoft.com/meet/abcdefghijk?p=Ab3cD4', code: 'invalid-link' },
];

describe('parseMeetingLink — accepted forms', () => {
  for (const row of ACCEPTED) {
    it(`accepts ${row.name}`, () => {
      const result = parseMeetingLink(row.input);
      expect(result, `${row.name}: expected ok, got ${JSON.stringify(result)}`).to.have.property('ok', true);
      if (!result.ok) return;
      for (const [key, value] of Object.entries(row.expected)) {
        expect(result.locator[key as keyof MeetingLocator], `${row.name}: locator.${key}`).to.equal(value);
      }
    });
  }
});

describe('parseMeetingLink — refusals, each with its own code', () => {
  for (const row of REFUSED) {
    it(`refuses ${row.name} with ${row.code}`, () => {
      const result = parseMeetingLink(row.input);
      expect(result, `${row.name}: ${JSON.stringify(result)}`).to.deep.equal({ ok: false, code: row.code });
    });
  }

  it('never throws, even for non-string input from untyped callers', () => {
    for (const input of [undefined, null, 42, {}, [], Symbol('x')] as unknown[]) {
      expect(parseMeetingLink(input as string), `input ${String(input)}`).to.deep.equal({ ok: false, code: 'invalid-link' });
    }
  });
});

describe('parseMeetingLink — canonical link', () => {
  it('is itself a valid link that parses to the same locator (idempotent)', () => {
    for (const row of ACCEPTED) {
      const first = parseMeetingLink(row.input);
      if (!first.ok) throw new Error(`${row.name} did not parse`);
      const again = parseMeetingLink(first.locator.link!);
      if (!again.ok) throw new Error(`${row.name}: canonical link ${first.locator.link} did not parse`);
      // Only the host may differ: teams.cloud.microsoft links are rebuilt on teams.microsoft.com.
      expect({ ...again.locator, host: first.locator.host }, `${row.name}: re-parsing the canonical link`).to.deep.equal(
        first.locator,
      );
    }
  });

  it('is always https on a Teams host, never a wrapper', () => {
    for (const row of ACCEPTED) {
      const result = parseMeetingLink(row.input);
      if (!result.ok) throw new Error(`${row.name} did not parse`);
      const url = new URL(result.locator.link!);
      expect(url.protocol, row.name).to.equal('https:');
      expect(url.host, `${row.name}: host`).to.equal('teams.microsoft.com');
    }
  });
});

describe('meetingIdLocator', () => {
  const ok: readonly [string, string, string, string, string][] = [
    ['digits as Teams shows them, with spaces', '345 678 901 234', 'Ab3cD4', '345678901234', 'Ab3cD4'],
    ['digits without spaces', '345678901234', 'Ab3cD4', '345678901234', 'Ab3cD4'],
    ['14-digit id with non-breaking spaces and padding', ' 250\u00a0455\u00a0818\u00a0591\u00a062 ', 'x9', '25045581859162', 'x9'],
    ['passcode surrounded by whitespace is trimmed', '345678901234', '  Ab3cD4\n', '345678901234', 'Ab3cD4'],
    ['passcode with punctuation', '9395925735471', 'a$B-7.q', '9395925735471', 'a$B-7.q'],
    ['shortest accepted id (9 digits)', '123456789', 'p', '123456789', 'p'],
  ];
  for (const [name, id, passcode, meetingId, expectedPasscode] of ok) {
    it(`accepts ${name}`, () => {
      expect(meetingIdLocator(id, passcode), name).to.deep.equal({
        ok: true,
        locator: { kind: 'meeting-id', meetingId, passcode: expectedPasscode },
      });
    });
  }

  const bad: readonly [string, string, string][] = [
    ['an empty id', '', 'Ab3cD4'],
    ['letters in the id', '345 678 ABC 234', 'Ab3cD4'],
    ['a dash-separated id', '345-678-901-234', 'Ab3cD4'],
    ['too short an id (8 digits)', '12345678', 'Ab3cD4'],
    ['too long an id (21 digits)', '123456789012345678901', 'Ab3cD4'],
    ['an empty passcode', '345678901234', ''],
    ['a whitespace-only passcode', '345678901234', '   '],
    ['a passcode with an inner space', '345678901234', 'Ab3 cD4'],
    ['a passcode with non-ASCII characters', '345678901234', 'Äb3cD4'],
    ['a passcode longer than 64 characters', '345678901234', 'a'.repeat(65)],
  ];
  for (const [name, id, passcode] of bad) {
    it(`refuses ${name} with invalid-meeting-id`, () => {
      expect(meetingIdLocator(id, passcode), name).to.deep.equal({ ok: false, code: 'invalid-meeting-id' });
    });
  }
});

/*
 * The pasted script decides links with quickMeetingLink() and loads the full parser only when it returns
 * undefined. Wherever it decides, it must say exactly what parseMeetingLink() says.
 */
describe('quickMeetingLink — the pasted script\'s verdict', () => {
  const agrees = (input: string): void => {
    const quick = quickMeetingLink(input);
    if (quick !== undefined) expect(quick, `quick verdict on ${JSON.stringify(input)}`).to.deep.equal(parseMeetingLink(input));
  };

  it('agrees with the full parser on every accepted and refused row above', () => {
    for (const row of [...ACCEPTED, ...REFUSED]) agrees(row.input);
  });

  it('decides the links Teams writes into invitations, so the pre-join needs no extra chunk for them', () => {
    const meet = 'https://teams.microsoft.com/meet/345678901234?p=Ab3cD4';
    for (const input of [TEAMS_LINK, upper(TEAMS_LINK), TEAMS_LINK.replace('teams.microsoft.com', 'teams.cloud.microsoft'), meet]) {
      expect(quickMeetingLink(input), input).to.deep.equal(parseMeetingLink(input));
    }
    // Refusals it can give without the full parser: a direct Teams link that is not a meeting, a live event.
    expect(quickMeetingLink('https://teams.microsoft.com/')).to.deep.equal({ ok: false, code: 'invalid-link' });
  });

  it('leaves wrappers, other hosts, schemes and odd spellings to the full parser', () => {
    const undecided = [
      safeLink('nam12', TEAMS_LINK),
      launcher('teams.microsoft.com', `/_#/l/meetup-join/${THREAD_LOWER}/0`),
      `https://teams.microsoft.com/_#/l/meetup-join/${THREAD_LOWER}/0?context=${CONTEXT_LOWER}`,
      TEAMS_LINK.replace('https:', 'http:'),
      TEAMS_LINK.replace('https://', ''),
      ` ${TEAMS_LINK}`,
      `${TEAMS_LINK}\u00a0`,
      `<${TEAMS_LINK}>`,
      TEAMS_LINK.replace('teams.microsoft.com', 'teams.microsoft.com.'),
      TEAMS_LINK.replace('teams.microsoft.com', 'teams.microsoft.com:8443'),
      TEAMS_LINK.replace('teams.microsoft.com', 'gov.teams.microsoft.us'),
      'javascript:alert(1)',
      `${TEAMS_LINK}&x=${'a'.repeat(9000)}`,
    ];
    for (const input of undecided) expect(quickMeetingLink(input), input).to.equal(undefined);
  });

  it('property: around real links (pieces inserted, ranges cut, case flipped) it is undefined or the full verdict', () => {
    const bases = [
      TEAMS_LINK,
      upper(TEAMS_LINK),
      `https://teams.microsoft.com/l/meetup-join/${THREAD_LOWER}/0`,
      TEAMS_LINK.replace('teams.microsoft.com', 'teams.cloud.microsoft'),
      'https://teams.microsoft.com/meet/345678901234?p=Ab3cD4',
      launcher('teams.microsoft.com', `/_#/l/meetup-join/${THREAD_LOWER}/0?context=${CONTEXT_LOWER}`),
      safeLink('nam12', TEAMS_LINK),
    ];
    const piece = fc.constantFrom(
      'https://', 'http://', 'HTTPS://', ' ', '\t', '\n', '\u00a0', '\u3000', '\u0000', '<', '>', '@', ':8443', '.', '/', '\\',
      '#', '#/l/', '?', '&', '=', '%', '%25', '%E0%A4%A', '%20', 'teams.live.com', 'gov.teams.microsoft.us', 'evil.example',
      '/l/meetup-join/', '/meet/', '?p=', '?context=', '%5B1%5D', '%7b%7d', 'null', THREAD, '/dl/launcher/launcher.html',
      encodeURIComponent(JSON.stringify({ IsBroadcastMeeting: true })), '"IsBroadcastMeeting":true', '\u043e', 'é', 'a'.repeat(40),
    );
    // Positions anywhere, with the two ends (where pasted text picks up whitespace and brackets) often.
    const at = fc.oneof(fc.nat(), fc.constantFrom(0, -1));
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at, text: piece }),
      fc.record({ kind: fc.constant('cut' as const), at, length: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ kind: fc.constant('case' as const), at, length: fc.integer({ min: 1, max: 30 }) }),
    );
    const link = fc.tuple(fc.constantFrom(...bases), fc.array(edit, { maxLength: 3 })).map(([base, edits]) =>
      edits.reduce((text, e) => {
        const at = e.at < 0 ? text.length : e.at % (text.length + 1);
        if (e.kind === 'insert') return text.slice(0, at) + e.text + text.slice(at);
        if (e.kind === 'cut') return text.slice(0, at) + text.slice(at + e.length);
        const part = text.slice(at, at + e.length);
        return text.slice(0, at) + (part === part.toUpperCase() ? part.toLowerCase() : part.toUpperCase()) + text.slice(at + e.length);
      }, base),
    );
    let decided = 0;
    fc.assert(
      fc.property(link, (input) => {
        agrees(input);
        if (quickMeetingLink(input) !== undefined) decided++;
      }),
      { numRuns: 5000, seed: 14 },
    );
    // The property is only worth something if the quick path decided a good share of the inputs itself.
    expect(decided, 'inputs the quick path decided').to.be.greaterThan(1000);
  });
});
