/** Norwegian Bokmål: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Dette møtet ber om samtykket ditt',
  recording: 'Møtet tas opp: opptaket inneholder stemmen din, videoen din og alt du deler på skjermen.',
  transcription: 'Møtet transkriberes: transkripsjonen inneholder det du sier, med navnet ditt.',
  mediaOff: 'Mikrofonen, kameraet og skjermdelingen din forblir av til du godtar.',
  agree: 'Jeg godtar',
  leave: 'Forlat',
  privacy: 'Hvordan dataene dine brukes (personvernerklæring)',
  opensInNewTab: '(åpnes i en ny fane)',
  sending: 'Sender samtykket ditt…',
  failed: 'Samtykket ditt kunne ikke sendes til møtet. Prøv på nytt.',
} satisfies Catalog<'consent'>;
