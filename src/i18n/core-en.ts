/**
 * English strings of the pasted script: pre-join, joining, and messages for configuration errors.
 * Bundled statically. In-call and end-screen strings and the other error messages are in core-end-en.ts (lazy,
 * loaded with the join driver); fr/de are lazy chunks holding both parts. `{x}` placeholders are filled by `format()`.
 */

/** Codes whose messages the pasted script itself may show (before anything lazy has loaded). */
export type CoreErrorCode =
  | 'missing-locator'
  | 'conflicting-locators'
  | 'invalid-link'
  | 'link-not-https'
  | 'link-not-teams'
  | 'link-unsafe-scheme'
  | 'link-gcc-unsupported'
  | 'link-consumer-unsupported'
  | 'link-webinar-unsupported'
  | 'invalid-meeting-id'
  | 'missing-token-source'
  | 'invalid-identity'
  | 'invalid-display-name'
  | 'invalid-emulator-url'
  | 'unsupported-browser'
  | 'sdk-load-failed';

const errors: Record<CoreErrorCode, string> = {
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
  'invalid-identity': 'The identity setting must be "acs" or "teams".',
  'invalid-display-name': 'Please enter your name to join.',
  'invalid-emulator-url': 'The emulator address must be a local address with a port, like http://localhost:8080.',
  'unsupported-browser': 'This browser cannot join Teams meetings. Try a current version of Edge, Chrome, Firefox or Safari.',
  'sdk-load-failed': 'The meeting software could not be loaded. Check your connection and try again.',
};

export const coreStringsEn = {
  widget: 'Teams meeting',
  loading: 'Loading…',
  // pre-join
  prejoinTitle: 'Join the meeting',
  nameLabel: 'Your name',
  nameRequired: 'Please enter your name to join.',
  nameCount: '{count} of {max} characters',
  preview: 'Camera preview',
  previewStarting: 'Starting camera…',
  cameraOff: 'Your camera is off',
  microphone: 'Microphone',
  camera: 'Camera',
  micLevel: 'Microphone level',
  join: 'Join now',
  // joining
  joining: 'Joining the meeting…',
  cancel: 'Cancel',
  failedTitle: 'Could not join the meeting',
  configTitle: 'This meeting cannot be joined',
  retry: 'Try again',
  errors,
};

export type CoreStrings = typeof coreStringsEn;
