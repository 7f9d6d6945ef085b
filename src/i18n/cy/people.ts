/** Welsh: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { zero: '{count} o gyfranogwyr', one: '{count} cyfranogwr', two: '{count} o gyfranogwyr', few: '{count} o gyfranogwyr', many: '{count} o gyfranogwyr', other: '{count} o gyfranogwyr' },
  inMeeting: 'Yn y cyfarfod',
  lobby: 'Yn aros yn y cyntedd ({count})',
  you: '{name} (chi)',
  youFallback: 'Chi',
  organizer: 'Trefnydd',
  presenter: 'Cyflwynydd',
  onHold: 'Ar saib',
  joining: 'Yn ymuno',
  micOn: 'Meicroffon ymlaen',
  micOff: 'Wedi’i dewi',
  cameraOn: 'Camera ymlaen',
  cameraOff: 'Camera i ffwrdd',
  handRaised: 'Llaw wedi’i chodi',
  speaking: 'Yn siarad',
  presenting: 'Yn cyflwyno',
} satisfies Catalog<'people'>;
