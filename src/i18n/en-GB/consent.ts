/** British English: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'This meeting asks for your consent',
  recording: 'The meeting is being recorded: the recording includes your voice, your video and anything you share on screen.',
  transcription: 'The meeting is being transcribed: the transcript includes what you say, with your name.',
  mediaOff: 'Your microphone, camera and screen sharing stay off until you agree.',
  agree: 'I agree',
  leave: 'Leave',
  privacy: 'How your data is used (privacy policy)',
  opensInNewTab: '(opens in a new tab)',
  sending: 'Sending your consent…',
  failed: 'Your consent could not be sent to the meeting. Please try again.',
} satisfies Catalog<'consent'>;
