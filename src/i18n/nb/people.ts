/** Norwegian Bokmål: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} deltaker', other: '{count} deltakere' },
  inMeeting: 'I møtet',
  lobby: 'Venter i lobbyen ({count})',
  you: '{name} (deg)',
  youFallback: 'Deg',
  organizer: 'Arrangør',
  presenter: 'Presentatør',
  onHold: 'På vent',
  joining: 'Blir med',
  micOn: 'Mikrofonen er på',
  micOff: 'Dempet',
  cameraOn: 'Kameraet er på',
  cameraOff: 'Kameraet er av',
  handRaised: 'Hånden rakt opp',
  speaking: 'Snakker',
  presenting: 'Presenterer',
} satisfies Catalog<'people'>;
