/** French: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} participant', many: '{count} de participants', other: '{count} participants' },
  inMeeting: 'Dans la réunion',
  lobby: "En salle d'attente ({count})",
  you: '{name} (vous)',
  youFallback: 'Vous',
  organizer: 'Organisateur',
  presenter: 'Présentateur',
  onHold: 'En attente',
  joining: 'Connexion en cours',
  micOn: 'Micro activé',
  micOff: 'Micro coupé',
  cameraOn: 'Caméra activée',
  cameraOff: 'Caméra désactivée',
  handRaised: 'Main levée',
  speaking: 'Parle',
  presenting: 'Présente',
} satisfies Catalog<'people'>;
