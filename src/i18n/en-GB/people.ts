/** British English: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} participant', other: '{count} participants' },
  inMeeting: 'In the meeting',
  lobby: 'Waiting in the lobby ({count})',
  you: '{name} (you)',
  youFallback: 'You',
  organizer: 'Organiser',
  presenter: 'Presenter',
  onHold: 'On hold',
  joining: 'Joining',
  micOn: 'Microphone on',
  micOff: 'Muted',
  cameraOn: 'Camera on',
  cameraOff: 'Camera off',
  handRaised: 'Hand raised',
  speaking: 'Speaking',
  presenting: 'Presenting',
} satisfies Catalog<'people'>;
