/** Romanian: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} participant', few: '{count} participanți', other: '{count} de participanți' },
  inMeeting: 'În întâlnire',
  lobby: 'În sala de așteptare ({count})',
  you: '{name} (dvs.)',
  youFallback: 'Dvs.',
  organizer: 'Organizator',
  presenter: 'Prezentator',
  onHold: 'În așteptare',
  joining: 'Se alătură',
  micOn: 'Microfon pornit',
  micOff: 'Sunet dezactivat',
  cameraOn: 'Cameră pornită',
  cameraOff: 'Cameră oprită',
  handRaised: 'Mână ridicată',
  speaking: 'Vorbește',
  presenting: 'Prezintă',
} satisfies Catalog<'people'>;
