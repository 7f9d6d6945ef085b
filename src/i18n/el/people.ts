/** Greek: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} συμμετέχων', other: '{count} συμμετέχοντες' },
  inMeeting: 'Στη σύσκεψη',
  lobby: 'Στον χώρο αναμονής ({count})',
  you: '{name} (εσείς)',
  youFallback: 'Εσείς',
  organizer: 'Διοργανωτής',
  presenter: 'Παρουσιαστής',
  onHold: 'Σε αναμονή',
  joining: 'Συμμετέχει',
  micOn: 'Μικρόφωνο ενεργό',
  micOff: 'Σε σίγαση',
  cameraOn: 'Κάμερα ενεργή',
  cameraOff: 'Κάμερα ανενεργή',
  handRaised: 'Σηκωμένο χέρι',
  speaking: 'Μιλά',
  presenting: 'Κάνει παρουσίαση',
} satisfies Catalog<'people'>;
