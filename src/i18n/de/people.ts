/** German: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} Teilnehmer', other: '{count} Teilnehmer' },
  inMeeting: 'In der Besprechung',
  lobby: 'Im Wartebereich ({count})',
  you: '{name} (Sie)',
  youFallback: 'Sie',
  organizer: 'Organisator',
  presenter: 'Referent',
  onHold: 'Gehalten',
  joining: 'Tritt bei',
  micOn: 'Mikrofon an',
  micOff: 'Stummgeschaltet',
  cameraOn: 'Kamera an',
  cameraOff: 'Kamera aus',
  handRaised: 'Hand gehoben',
  speaking: 'Spricht',
  presenting: 'Präsentiert',
} satisfies Catalog<'people'>;
