/** Norwegian Bokmål: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Opptaket har startet. Ved å bli i dette møtet samtykker du i å bli tatt opp.',
  'transcription-started': 'Transkripsjonen har startet. Ved å bli i dette møtet samtykker du i å bli transkribert.',
  'both-started': 'Opptaket og transkripsjonen har startet. Ved å bli i dette møtet samtykker du i å bli tatt opp og transkribert.',
  'recording-stopped': 'Opptaket er stoppet. Opptaket lagres.',
  'transcription-stopped': 'Transkripsjonen er stoppet.',
  'both-stopped': 'Opptaket og transkripsjonen er stoppet. Opptaket lagres.',
  'recording-stopped-transcription-continues': 'Opptaket er stoppet og lagres. Transkripsjonen er fortsatt på.',
  'transcription-stopped-recording-continues': 'Transkripsjonen er stoppet. Opptaket er fortsatt på.',
  privacyPolicy: 'Personvernerklæring',
  opensInNewTab: '(åpnes i en ny fane)',
  dismiss: 'Skjul varselet om opptak',
  indicatorRecording: 'Tar opp',
  indicatorTranscribing: 'Transkriberer',
  indicatorBoth: 'Tar opp og transkriberer',
  showNotice: '{status}. Vis varselet',
  mayBeRecorded: 'Dette møtet kan bli tatt opp eller transkribert.',
  consentStarted: {
    'recording-started': 'Opptaket har startet. Dette møtet ber om ditt uttrykkelige samtykke.',
    'transcription-started': 'Transkripsjonen har startet. Dette møtet ber om ditt uttrykkelige samtykke.',
    'both-started': 'Opptaket og transkripsjonen har startet. Dette møtet ber om ditt uttrykkelige samtykke.',
  },
} satisfies Catalog<'compliance'>;
