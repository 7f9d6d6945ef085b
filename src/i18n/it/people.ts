/** Italian: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} partecipante', many: '{count} partecipanti', other: '{count} partecipanti' },
  inMeeting: 'Nella riunione',
  lobby: 'In attesa nella sala di attesa ({count})',
  you: '{name} (tu)',
  youFallback: 'Tu',
  organizer: 'Organizzatore',
  presenter: 'Relatore',
  onHold: 'In attesa',
  joining: 'Partecipazione in corso',
  micOn: 'Microfono attivato',
  micOff: 'Audio disattivato',
  cameraOn: 'Fotocamera attivata',
  cameraOff: 'Fotocamera disattivata',
  handRaised: 'Mano alzata',
  speaking: 'Sta parlando',
  presenting: 'Sta presentando',
} satisfies Catalog<'people'>;
