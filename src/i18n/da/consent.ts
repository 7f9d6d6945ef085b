/** Danish: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Mødet beder om dit samtykke',
  recording: 'Mødet bliver optaget: optagelsen indeholder din stemme, din video og alt, hvad du deler på skærmen.',
  transcription: 'Mødet bliver transskriberet: transskriptionen indeholder det, du siger, med dit navn.',
  mediaOff: 'Din mikrofon, dit kamera og din skærmdeling forbliver slået fra, indtil du accepterer.',
  agree: 'Jeg accepterer',
  leave: 'Forlad',
  privacy: 'Sådan bruges dine data (privatlivspolitik)',
  opensInNewTab: '(åbnes under en ny fane)',
  sending: 'Sender dit samtykke…',
  failed: 'Dit samtykke kunne ikke sendes til mødet. Prøv igen.',
} satisfies Catalog<'consent'>;
