/**
 * English strings of the pasted script: pre-join and joining. Bundled statically. Configuration-error
 * messages are in core-config-en.ts (a lazy chunk loaded only when the configuration is wrong), in-call and
 * end-screen strings and the other error messages in core-end-en.ts (lazy, loaded with the join driver); fr/de
 * are lazy chunks holding every part. `{x}` placeholders are filled by `format()`.
 */

/** Codes whose messages the pasted script itself holds (shown without anything lazy having loaded). */
export type CoreErrorCode = 'invalid-display-name' | 'sdk-load-failed';

const errors: Record<CoreErrorCode, string> = {
  'invalid-display-name': 'Please enter your name to join.',
  // Also what shows when the lazy chunks themselves cannot be fetched.
  'sdk-load-failed': 'The meeting software could not be loaded. Check your connection and try again.',
};

export const coreStringsEn = {
  widget: 'Teams meeting',
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
  join: 'Join now',
  // joining
  joining: 'Joining the meeting…',
  failedTitle: 'Could not join the meeting',
  configTitle: 'This meeting cannot be joined',
  retry: 'Try again',
  errors,
};

export type CoreStrings = typeof coreStringsEn;
