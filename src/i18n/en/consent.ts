/**
 * English strings of the explicit-consent dialog (in the lazily loaded call-view chunk).
 * What the consent covers follows the Calling SDK's own description of `grantTeamsConsent()`: consent "to start
 * sharing audio, video and screen share while recording [or transcription] is in progress"
 * (@azure/communication-calling 2.x types): the recording holds the visitor's voice, video and screen share,
 * the transcript what they say under their display name.
 */
export default {
  title: 'This meeting asks for your consent',
  recording:
    'The meeting is being recorded: the recording includes your voice, your video and anything you share on screen.',
  transcription: 'The meeting is being transcribed: the transcript includes what you say, with your name.',
  mediaOff: 'Your microphone, camera and screen sharing stay off until you agree.',
  agree: 'I agree',
  leave: 'Leave',
  privacy: 'How your data is used (privacy policy)',
  opensInNewTab: '(opens in a new tab)',
  sending: 'Sending your consent…',
  failed: 'Your consent could not be sent to the meeting. Please try again.',
};
