/**
 * English strings of the guest features (issue 16): captions, reactions, spotlight, breakout rooms and
 * picture-in-picture. Lazy with the call view (`loadCatalog(lang, 'guest')` for the others).
 */
export default {
  // captions
  captions: 'Captions',
  captionsOnAnnounce: 'Captions on',
  captionsOffAnnounce: 'Captions off',
  captionsRegion: 'Live captions',
  captionsWaiting: 'Captions are on. They appear here when someone speaks.',
  captionsSettings: 'Caption settings',
  spokenLanguage: 'Spoken language',
  spokenLanguageHint: 'The language people speak in this meeting. Changing it changes it for everyone.',
  captionsSettingsClose: 'Close',
  captionLanguage: 'Show captions in',
  captionsFailed: 'Captions could not be turned on. Try again later.',
  captionsLanguageFailed: 'The language could not be changed.',
  // reactions
  react: 'React',
  reactions: 'Reactions',
  like: 'Like',
  love: 'Love',
  applause: 'Applause',
  laugh: 'Laugh',
  surprised: 'Surprised',
  reactedOne: '{name} reacted with {reaction}',
  reactedMany: { one: '{count} reaction', other: '{count} reactions' },
  youReacted: 'You reacted with {reaction}',
  reactionFailed: 'Your reaction could not be sent.',
  // spotlight
  spotlight: 'Spotlight',
  spotlighted: '{name} is in the spotlight',
  youSpotlighted: 'You are in the spotlight',
  spotlightEnded: 'The spotlight ended',
  // breakout rooms
  breakoutAssigned: 'You have been assigned to the breakout room {room}.',
  breakoutJoin: 'Join room',
  breakoutIn: 'Breakout room: {room}',
  breakoutMovedIn: 'You were moved to the breakout room {room}.',
  breakoutMovedBack: 'You are back in the main meeting.',
  breakoutReturn: 'Return to main meeting',
  breakoutFailed: 'That did not work. Try again.',
  // picture-in-picture (Document Picture-in-Picture window, or the in-page mini player)
  pipPopOut: 'Pop out',
  pipBackToTab: 'Back to tab',
  pipMiniPlayer: 'Meeting mini player',
  pipBackToMeeting: 'Back to meeting',
  pipMove: 'Move mini player',
  pipOpened: 'The meeting is open in a small window.',
  pipClosed: 'The meeting is back in the page.',
  pipMiniShown: 'The meeting continues in the mini player.',
  // background effects and noise suppression
  effects: 'Background effects',
  effectNone: 'None',
  effectBlur: 'Blur',
  effectImage: 'Background image {n}',
  effectApplied: 'Background: {effect}',
  effectFailed: 'The background effect could not be applied.',
  noiseSuppression: 'Noise suppression',
  noiseSuppressionOn: 'Noise suppression on',
  noiseSuppressionOff: 'Noise suppression off',
  noiseSuppressionFailed: 'Noise suppression could not be changed.',
};
