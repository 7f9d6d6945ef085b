/** Slovenian: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: {
    one: '{count} udeleženec',
    two: '{count} udeleženca',
    few: '{count} udeleženci',
    other: '{count} udeležencev',
  },
  inMeeting: 'V srečanju',
  lobby: 'Čakajo v čakalnici ({count})',
  you: '{name} (vi)',
  youFallback: 'Vi',
  organizer: 'Organizator',
  presenter: 'Predstavitelj',
  onHold: 'Na čakanju',
  joining: 'Se pridružuje',
  micOn: 'Mikrofon vklopljen',
  micOff: 'Zvok izklopljen',
  cameraOn: 'Kamera vklopljena',
  cameraOff: 'Kamera izklopljena',
  handRaised: 'Dvignjena roka',
  speaking: 'Govori',
  presenting: 'Predstavlja',
} satisfies Catalog<'people'>;
