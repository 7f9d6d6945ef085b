/** Finnish: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} osallistuja', other: '{count} osallistujaa' },
  inMeeting: 'Kokouksessa',
  lobby: 'Odottaa odotustilassa ({count})',
  you: '{name} (sinä)',
  youFallback: 'Sinä',
  organizer: 'Järjestäjä',
  presenter: 'Esittäjä',
  onHold: 'Pidossa',
  joining: 'Liittymässä',
  micOn: 'Mikrofoni päällä',
  micOff: 'Mykistetty',
  cameraOn: 'Kamera päällä',
  cameraOff: 'Kamera pois päältä',
  handRaised: 'Käsi nostettu',
  speaking: 'Puhuu',
  presenting: 'Esittää',
} satisfies Catalog<'people'>;
