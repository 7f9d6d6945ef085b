/** Danish: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Optagelsen er startet. Ved at blive i mødet giver du samtykke til at blive optaget.',
  'transcription-started': 'Transskriptionen er startet. Ved at blive i mødet giver du samtykke til at blive transskriberet.',
  'both-started': 'Optagelsen og transskriptionen er startet. Ved at blive i mødet giver du samtykke til at blive optaget og transskriberet.',
  'recording-stopped': 'Optagelsen er stoppet. Optagelsen bliver gemt.',
  'transcription-stopped': 'Transskriptionen er stoppet.',
  'both-stopped': 'Optagelsen og transskriptionen er stoppet. Optagelsen bliver gemt.',
  'recording-stopped-transcription-continues': 'Optagelsen er stoppet og bliver gemt. Transskriptionen er stadig slået til.',
  'transcription-stopped-recording-continues': 'Transskriptionen er stoppet. Optagelsen er stadig slået til.',
  privacyPolicy: 'Privatlivspolitik',
  opensInNewTab: '(åbnes under en ny fane)',
  dismiss: 'Skjul meddelelsen om optagelse',
  indicatorRecording: 'Optager',
  indicatorTranscribing: 'Transskriberer',
  indicatorBoth: 'Optager og transskriberer',
  showNotice: '{status}. Vis meddelelsen',
  mayBeRecorded: 'Mødet bliver muligvis optaget eller transskriberet.',
  consentStarted: {
    'recording-started': 'Optagelsen er startet. Mødet beder om dit udtrykkelige samtykke.',
    'transcription-started': 'Transskriptionen er startet. Mødet beder om dit udtrykkelige samtykke.',
    'both-started': 'Optagelsen og transskriptionen er startet. Mødet beder om dit udtrykkelige samtykke.',
  },
} satisfies Catalog<'compliance'>;
