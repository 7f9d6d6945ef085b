/** Greek: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started':
    'Η εγγραφή ξεκίνησε. Παραμένοντας σε αυτή τη σύσκεψη, συναινείτε στην εγγραφή σας.',
  'transcription-started':
    'Η μεταγραφή ξεκίνησε. Παραμένοντας σε αυτή τη σύσκεψη, συναινείτε στη μεταγραφή όσων λέτε.',
  'both-started':
    'Η εγγραφή και η μεταγραφή ξεκίνησαν. Παραμένοντας σε αυτή τη σύσκεψη, συναινείτε στην εγγραφή σας και στη μεταγραφή όσων λέτε.',
  'recording-stopped': 'Η εγγραφή σταμάτησε. Η εγγραφή αποθηκεύεται.',
  'transcription-stopped': 'Η μεταγραφή σταμάτησε.',
  'both-stopped': 'Η εγγραφή και η μεταγραφή σταμάτησαν. Η εγγραφή αποθηκεύεται.',
  'recording-stopped-transcription-continues':
    'Η εγγραφή σταμάτησε και αποθηκεύεται. Η μεταγραφή συνεχίζεται.',
  'transcription-stopped-recording-continues': 'Η μεταγραφή σταμάτησε. Η εγγραφή συνεχίζεται.',
  privacyPolicy: 'Πολιτική απορρήτου',
  opensInNewTab: '(ανοίγει σε νέα καρτέλα)',
  dismiss: 'Απόκρυψη ειδοποίησης εγγραφής',
  indicatorRecording: 'Εγγραφή',
  indicatorTranscribing: 'Μεταγραφή',
  indicatorBoth: 'Εγγραφή και μεταγραφή',
  showNotice: '{status}. Εμφάνιση ειδοποίησης',
  mayBeRecorded: 'Ενδέχεται να γίνεται εγγραφή ή μεταγραφή αυτής της σύσκεψης.',
  consentStarted: {
    'recording-started': 'Η εγγραφή ξεκίνησε. Αυτή η σύσκεψη ζητά τη ρητή συναίνεσή σας.',
    'transcription-started': 'Η μεταγραφή ξεκίνησε. Αυτή η σύσκεψη ζητά τη ρητή συναίνεσή σας.',
    'both-started': 'Η εγγραφή και η μεταγραφή ξεκίνησαν. Αυτή η σύσκεψη ζητά τη ρητή συναίνεσή σας.',
  },
} satisfies Catalog<'compliance'>;
