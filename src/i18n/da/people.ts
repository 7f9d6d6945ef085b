/** Danish: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} deltager', other: '{count} deltagere' },
  inMeeting: 'I mødet',
  lobby: 'Venter i lobbyen ({count})',
  you: '{name} (dig)',
  youFallback: 'Dig',
  organizer: 'Arrangør',
  presenter: 'Præsentationsholder',
  onHold: 'Venter',
  joining: 'Deltager',
  micOn: 'Mikrofon slået til',
  micOff: 'Lyd slået fra',
  cameraOn: 'Kamera slået til',
  cameraOff: 'Kamera slået fra',
  handRaised: 'Hånd rakt op',
  speaking: 'Taler',
  presenting: 'Præsenterer',
} satisfies Catalog<'people'>;
