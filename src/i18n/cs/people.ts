/** Czech: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} účastník', few: '{count} účastníci', many: '{count} účastníka', other: '{count} účastníků' },
  inMeeting: 'Ve schůzce',
  lobby: 'Čekají v předsálí ({count})',
  you: '{name} (vy)',
  youFallback: 'Vy',
  organizer: 'Organizátor',
  presenter: 'Prezentující',
  onHold: 'Přidrženo',
  joining: 'Připojuje se',
  micOn: 'Mikrofon zapnutý',
  micOff: 'Ztlumeno',
  cameraOn: 'Kamera zapnutá',
  cameraOff: 'Kamera vypnutá',
  handRaised: 'Zvednutá ruka',
  speaking: 'Mluví',
  presenting: 'Prezentuje',
} satisfies Catalog<'people'>;
