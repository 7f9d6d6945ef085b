/** Slovak: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} účastník', few: '{count} účastníci', many: '{count} účastníka', other: '{count} účastníkov' },
  inMeeting: 'V schôdzi',
  lobby: 'Čakajú v čakárni ({count})',
  you: '{name} (vy)',
  youFallback: 'Vy',
  organizer: 'Organizátor',
  presenter: 'Prezentujúci',
  onHold: 'Podržané',
  joining: 'Pripája sa',
  micOn: 'Mikrofón zapnutý',
  micOff: 'Stlmené',
  cameraOn: 'Kamera zapnutá',
  cameraOff: 'Kamera vypnutá',
  handRaised: 'Zdvihnutá ruka',
  speaking: 'Hovorí',
  presenting: 'Prezentuje',
} satisfies Catalog<'people'>;
