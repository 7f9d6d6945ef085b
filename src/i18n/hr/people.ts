/** Croatian: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} sudionik', few: '{count} sudionika', other: '{count} sudionika' },
  inMeeting: 'Na sastanku',
  lobby: 'Čekaju u predvorju ({count})',
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
  presenting: 'Izlaže',
} satisfies Catalog<'people'>;
