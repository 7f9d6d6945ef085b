/** English strings of the pre-join identity chooser (`identity="choice"`; a lazy chunk with the chooser). */
export default {
  legend: 'How do you want to join?',
  guest: 'Join as a guest',
  guestHint: 'Enter your name. Someone may need to let you in.',
  m365: 'Sign in with a work or school account',
  m365Hint: 'Join as yourself with your Microsoft 365 account. A sign-in window opens.',
  /** The join button while signing in is chosen. */
  signInJoin: 'Sign in and join',
};
