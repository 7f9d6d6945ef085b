/** Finnish: identity (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Miten haluat liittyä?',
  guest: 'Liity vieraana',
  guestHint: 'Kirjoita nimesi. Jonkun on ehkä päästettävä sinut sisään.',
  m365: 'Kirjaudu sisään työpaikan tai oppilaitoksen tilillä',
  m365Hint: 'Liity omalla nimelläsi Microsoft 365 -tilisi avulla. Kirjautumisikkuna avautuu.',
  signInJoin: 'Kirjaudu ja liity',
} satisfies Catalog<'identity'>;
