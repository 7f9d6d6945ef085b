/** French strings of the people panel (lazy chunk). */
import type { PeopleStrings } from './people-en.js';

export const peopleStringsFr: PeopleStrings = {
  title: 'Participants ({count})',
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
};
