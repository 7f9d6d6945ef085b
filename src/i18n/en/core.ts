/**
 * English strings of the pasted script: pre-join and joining. Bundled statically (the only catalog in the
 * pasted script). Configuration-error messages are in core-config.ts (lazy, loaded only when the configuration
 * is wrong), in-call and end-screen strings and the other error messages in core-end.ts (lazy, with the join
 * driver), device strings in core-media.ts. Every other locale has the same four files, each a lazy chunk.
 * `{x}` placeholders are filled by `format()`.
 */
export default {
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
  /** Codes whose messages the pasted script itself holds (shown without anything lazy having loaded). */
  errors: {
    'invalid-display-name': 'Please enter your name to join.',
    // Also what shows when the lazy chunks themselves cannot be fetched.
    'sdk-load-failed': 'The meeting software could not be loaded. Check your connection and try again.',
  },
};
