/**
 * English messages for configuration errors (a missing, conflicting or refused meeting link, no token source…).
 * A lazy chunk: a correctly configured widget never loads it, and the pasted script stays within its budget.
 * The element shows the error's title and `data-code` at once and the message as soon as this arrives; the
 * `tmj-error` event waits for it.
 */
import type { ErrorCode } from '../../core/errors.js';

export default {
  'missing-locator': 'This meeting widget has no meeting link. The site needs to set meeting-link or meeting-id.',
  'conflicting-locators': 'This meeting widget has both a meeting link and a meeting ID. The site needs to set only one.',
  'invalid-link': 'The meeting link is not a valid Teams meeting link.',
  'link-not-https': 'The meeting link must start with https://.',
  'link-not-teams': 'The meeting link does not point to Microsoft Teams.',
  'link-unsafe-scheme': 'The meeting link is not a web address and was refused.',
  'link-gcc-unsupported': 'Meetings in Microsoft 365 government clouds cannot be joined from this page.',
  'link-consumer-unsupported': 'Teams meetings of personal accounts (teams.live.com) cannot be joined from this page.',
  'link-webinar-unsupported': 'Webinars, town halls and live events cannot be joined from this page.',
  'invalid-meeting-id': 'The meeting ID or passcode is not valid.',
  'missing-token-source': 'This meeting widget is not set up to sign in. The site needs to set token-url or tokenProvider.',
  'invalid-identity': 'The identity setting must be "acs", "teams" or "choice".',
  // Also in core-end.ts: the join driver raises it for an unsafe teams-token-url, when this chunk may be absent.
  'invalid-m365-setup': 'Microsoft 365 sign-in needs aad-client-id and teams-token-url, or teamsTokenProvider.',
  'invalid-emulator-url': 'The emulator address must be a local address with a port, like http://localhost:8080.',
} satisfies Partial<Record<ErrorCode, string>>;
