/** British English: identity (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'How do you want to join?',
  guest: 'Join as a guest',
  guestHint: 'Enter your name. Someone may need to let you in.',
  m365: 'Sign in with a work or school account',
  m365Hint: 'Join as yourself with your Microsoft 365 account. A sign-in window opens.',
  signInJoin: 'Sign in and join',
} satisfies Catalog<'identity'>;
