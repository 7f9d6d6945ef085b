/** Polish: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} uczestnik', few: '{count} uczestnicy', many: '{count} uczestników', other: '{count} uczestnika' },
  inMeeting: 'Na spotkaniu',
  lobby: 'W poczekalni ({count})',
  you: '{name} (Ty)',
  youFallback: 'Ty',
  organizer: 'Organizator',
  presenter: 'Prezenter',
  onHold: 'Zawieszony',
  joining: 'Dołącza',
  micOn: 'Mikrofon włączony',
  micOff: 'Wyciszono',
  cameraOn: 'Kamera włączona',
  cameraOff: 'Kamera wyłączona',
  handRaised: 'Ręka podniesiona',
  speaking: 'Mówi',
  presenting: 'Prezentuje',
} satisfies Catalog<'people'>;
