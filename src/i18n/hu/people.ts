/** Hungarian: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} résztvevő', other: '{count} résztvevő' },
  inMeeting: 'Az értekezleten',
  lobby: 'Várakozik az előszobában ({count})',
  you: '{name} (Ön)',
  youFallback: 'Ön',
  organizer: 'Szervező',
  presenter: 'Előadó',
  onHold: 'Tartásban',
  joining: 'Csatlakozik',
  micOn: 'Mikrofon bekapcsolva',
  micOff: 'Némítva',
  cameraOn: 'Kamera bekapcsolva',
  cameraOff: 'Kamera kikapcsolva',
  handRaised: 'Kéz feltartva',
  speaking: 'Beszél',
  presenting: 'Bemutat',
} satisfies Catalog<'people'>;
