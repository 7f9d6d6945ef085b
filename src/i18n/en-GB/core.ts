/** British English: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Teams meeting',
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
  joining: 'Joining the meeting…',
  failedTitle: 'Could not join the meeting',
  configTitle: 'This meeting cannot be joined',
  retry: 'Try again',
  errors: {
    'invalid-display-name': 'Please enter your name to join.',
    'sdk-load-failed': 'The meeting software could not be loaded. Check your connection and try again.',
  },
} satisfies Catalog<'core'>;
