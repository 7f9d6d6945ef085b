/** Serbian (Latin): people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} učesnik', few: '{count} učesnika', other: '{count} učesnika' },
  inMeeting: 'Na sastanku',
  lobby: 'Čekaju u holu ({count})',
  you: '{name} (vi)',
  youFallback: 'Vi',
  organizer: 'Organizator',
  presenter: 'Izlagač',
  onHold: 'Na čekanju',
  joining: 'Pridružuje se',
  micOn: 'Mikrofon uključen',
  micOff: 'Zvuk isključen',
  cameraOn: 'Kamera uključena',
  cameraOff: 'Kamera isključena',
  handRaised: 'Podignuta ruka',
  speaking: 'Govori',
  presenting: 'Prezentuje',
} satisfies Catalog<'people'>;
