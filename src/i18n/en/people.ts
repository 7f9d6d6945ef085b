/** English strings of the people panel. Static: no lazy load for `en`. */
export default {
  /** The panel heading, a plural (Teams calls them participants). */
  title: { one: '{count} participant', other: '{count} participants' },
  inMeeting: 'In the meeting',
  lobby: 'Waiting in the lobby ({count})',
  you: '{name} (you)',
  youFallback: 'You',
  organizer: 'Organizer',
  presenter: 'Presenter',
  onHold: 'On hold',
  joining: 'Joining',
  micOn: 'Microphone on',
  micOff: 'Muted',
  cameraOn: 'Camera on',
  cameraOff: 'Camera off',
  handRaised: 'Hand raised',
  speaking: 'Speaking',
  presenting: 'Presenting',
};
