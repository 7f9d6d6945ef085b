/** English strings of the recording/transcription banner. Static: no lazy load for `en`. */
export default {
  'recording-started': 'Recording has started. By staying in this meeting, you consent to being recorded.',
  'transcription-started': 'Transcription has started. By staying in this meeting, you consent to being transcribed.',
  'both-started':
    'Recording and transcription have started. By staying in this meeting, you consent to being recorded and transcribed.',
  'recording-stopped': 'Recording has stopped. The recording is being saved.',
  'transcription-stopped': 'Transcription has stopped.',
  'both-stopped': 'Recording and transcription have stopped. The recording is being saved.',
  'recording-stopped-transcription-continues':
    'Recording has stopped and is being saved. Transcription is still on.',
  'transcription-stopped-recording-continues': 'Transcription has stopped. Recording is still on.',
  privacyPolicy: 'Privacy policy',
  opensInNewTab: '(opens in a new tab)',
  dismiss: 'Hide recording notice',
  indicatorRecording: 'Recording',
  indicatorTranscribing: 'Transcribing',
  indicatorBoth: 'Recording and transcribing',
  /** Accessible name of the collapsed indicator, which re-opens the notice. */
  showNotice: '{status}. Show notice',
  /** Fail-safe: the widget cannot observe recording/transcription, so it never claims they are off. */
  mayBeRecorded: 'This meeting may be recorded or transcribed.',
  /** Explicit-consent meetings: the start sentences without "by staying you consent" (the dialog asks instead). */
  consentStarted: {
    'recording-started': 'Recording has started. This meeting asks for your explicit consent.',
    'transcription-started': 'Transcription has started. This meeting asks for your explicit consent.',
    'both-started': 'Recording and transcription have started. This meeting asks for your explicit consent.',
  },
};
