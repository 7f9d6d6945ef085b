/** Finnish: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Tämä kokous pyytää suostumustasi',
  recording: 'Kokousta tallennetaan: tallenteeseen sisältyvät äänesi, videosi ja kaikki, mitä jaat näytöllä.',
  transcription: 'Kokous transkriboidaan: transkriptioon sisältyy se, mitä sanot, nimelläsi.',
  mediaOff: 'Mikrofonisi, kamerasi ja näytön jakaminen pysyvät pois päältä, kunnes hyväksyt.',
  agree: 'Hyväksyn',
  leave: 'Poistu',
  privacy: 'Miten tietojasi käytetään (tietosuojatiedot)',
  opensInNewTab: '(avautuu uuteen välilehteen)',
  sending: 'Suostumustasi lähetetään…',
  failed: 'Suostumustasi ei voitu lähettää kokoukseen. Yritä uudelleen.',
} satisfies Catalog<'consent'>;
