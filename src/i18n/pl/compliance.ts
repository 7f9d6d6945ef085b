/** Polish: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Rozpoczęto nagrywanie. Pozostając na tym spotkaniu, wyrażasz zgodę na nagrywanie.',
  'transcription-started': 'Rozpoczęto transkrypcję. Pozostając na tym spotkaniu, wyrażasz zgodę na transkrypcję.',
  'both-started':
    'Rozpoczęto nagrywanie i transkrypcję. Pozostając na tym spotkaniu, wyrażasz zgodę na nagrywanie i transkrypcję.',
  'recording-stopped': 'Nagrywanie zostało zatrzymane. Trwa zapisywanie nagrania.',
  'transcription-stopped': 'Transkrypcja została zatrzymana.',
  'both-stopped': 'Nagrywanie i transkrypcja zostały zatrzymane. Trwa zapisywanie nagrania.',
  'recording-stopped-transcription-continues':
    'Nagrywanie zostało zatrzymane, trwa zapisywanie nagrania. Transkrypcja jest nadal włączona.',
  'transcription-stopped-recording-continues': 'Transkrypcja została zatrzymana. Nagrywanie jest nadal włączone.',
  privacyPolicy: 'Zasady ochrony prywatności',
  opensInNewTab: '(otwiera się na nowej karcie)',
  dismiss: 'Ukryj powiadomienie o nagrywaniu',
  indicatorRecording: 'Nagrywanie',
  indicatorTranscribing: 'Transkrypcja',
  indicatorBoth: 'Nagrywanie i transkrypcja',
  showNotice: '{status}. Pokaż powiadomienie',
  mayBeRecorded: 'To spotkanie może być nagrywane lub transkrybowane.',
  consentStarted: {
    'recording-started': 'Rozpoczęto nagrywanie. To spotkanie wymaga Twojej wyraźnej zgody.',
    'transcription-started': 'Rozpoczęto transkrypcję. To spotkanie wymaga Twojej wyraźnej zgody.',
    'both-started': 'Rozpoczęto nagrywanie i transkrypcję. To spotkanie wymaga Twojej wyraźnej zgody.',
  },
} satisfies Catalog<'compliance'>;
