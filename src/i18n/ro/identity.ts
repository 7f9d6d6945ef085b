/** Romanian: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Cum doriți să vă alăturați?',
  guest: 'Alăturați-vă ca invitat',
  guestHint: 'Introduceți-vă numele. Poate fi nevoie ca cineva să vă primească.',
  m365: 'Conectați-vă cu un cont de la serviciu sau de la școală',
  m365Hint: 'Alăturați-vă în nume propriu cu contul Microsoft 365. Se deschide o fereastră de conectare.',
  signInJoin: 'Conectați-vă și alăturați-vă',
} satisfies Catalog<'identity'>;
