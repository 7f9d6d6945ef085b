/** Swedish: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} deltagare', other: '{count} deltagare' },
  inMeeting: 'I mötet',
  lobby: 'Väntar i lobbyn ({count})',
  you: '{name} (du)',
  youFallback: 'Du',
  organizer: 'Organisatör',
  presenter: 'Presentatör',
  onHold: 'Parkerad',
  joining: 'Ansluter',
  micOn: 'Mikrofonen är på',
  micOff: 'Ljud av',
  cameraOn: 'Kameran är på',
  cameraOff: 'Kameran är av',
  handRaised: 'Handen uppräckt',
  speaking: 'Talar',
  presenting: 'Presenterar',
} satisfies Catalog<'people'>;
