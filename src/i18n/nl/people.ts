/** Dutch: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} deelnemer', other: '{count} deelnemers' },
  inMeeting: 'In de vergadering',
  lobby: 'Wachten in de lobby ({count})',
  you: '{name} (jij)',
  youFallback: 'Jij',
  organizer: 'Organisator',
  presenter: 'Presentator',
  onHold: 'In de wacht',
  joining: 'Neemt deel',
  micOn: 'Microfoon aan',
  micOff: 'Gedempt',
  cameraOn: 'Camera aan',
  cameraOff: 'Camera uit',
  handRaised: 'Hand opgestoken',
  speaking: 'Spreekt',
  presenting: 'Presenteert',
} satisfies Catalog<'people'>;
