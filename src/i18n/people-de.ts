/** German strings of the people panel (lazy chunk). */
import type { PeopleStrings } from './people-en.js';

export const peopleStringsDe: PeopleStrings = {
  title: 'Personen ({count})',
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
};
