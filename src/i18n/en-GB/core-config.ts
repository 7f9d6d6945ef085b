/** British English: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

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
  'invalid-m365-setup': 'Microsoft 365 sign-in needs aad-client-id and teams-token-url, or teamsTokenProvider.',
  'invalid-emulator-url': 'The emulator address must be a local address with a port, like http://localhost:8080.',
} satisfies Catalog<'core-config'>;
