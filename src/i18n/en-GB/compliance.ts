/** British English: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Recording has started. By staying in this meeting, you consent to being recorded.',
  'transcription-started': 'Transcription has started. By staying in this meeting, you consent to being transcribed.',
  'both-started': 'Recording and transcription have started. By staying in this meeting, you consent to being recorded and transcribed.',
  'recording-stopped': 'Recording has stopped. The recording is being saved.',
  'transcription-stopped': 'Transcription has stopped.',
  'both-stopped': 'Recording and transcription have stopped. The recording is being saved.',
  'recording-stopped-transcription-continues': 'Recording has stopped and is being saved. Transcription is still on.',
  'transcription-stopped-recording-continues': 'Transcription has stopped. Recording is still on.',
  privacyPolicy: 'Privacy policy',
  opensInNewTab: '(opens in a new tab)',
  dismiss: 'Hide recording notice',
  indicatorRecording: 'Recording',
  indicatorTranscribing: 'Transcribing',
  indicatorBoth: 'Recording and transcribing',
  showNotice: '{status}. Show notice',
  mayBeRecorded: 'This meeting may be recorded or transcribed.',
  consentStarted: {
    'recording-started': 'Recording has started. This meeting asks for your explicit consent.',
    'transcription-started': 'Transcription has started. This meeting asks for your explicit consent.',
    'both-started': 'Recording and transcription have started. This meeting asks for your explicit consent.',
  },
} satisfies Catalog<'compliance'>;
