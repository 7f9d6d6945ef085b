/** Finnish: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Tallennus on alkanut. Pysymällä tässä kokouksessa annat suostumuksesi siihen, että sinut tallennetaan.',
  'transcription-started': 'Transkriptio on alkanut. Pysymällä tässä kokouksessa annat suostumuksesi siihen, että puheesi transkriboidaan.',
  'both-started': 'Tallennus ja transkriptio ovat alkaneet. Pysymällä tässä kokouksessa annat suostumuksesi siihen, että sinut tallennetaan ja puheesi transkriboidaan.',
  'recording-stopped': 'Tallennus on lopetettu. Tallennetta tallennetaan.',
  'transcription-stopped': 'Transkriptio on lopetettu.',
  'both-stopped': 'Tallennus ja transkriptio on lopetettu. Tallennetta tallennetaan.',
  'recording-stopped-transcription-continues': 'Tallennus on lopetettu, ja tallennetta tallennetaan. Transkriptio on yhä käynnissä.',
  'transcription-stopped-recording-continues': 'Transkriptio on lopetettu. Tallennus on yhä käynnissä.',
  privacyPolicy: 'Tietosuojatiedot',
  opensInNewTab: '(avautuu uuteen välilehteen)',
  dismiss: 'Piilota tallennusilmoitus',
  indicatorRecording: 'Tallennetaan',
  indicatorTranscribing: 'Transkriboidaan',
  indicatorBoth: 'Tallennetaan ja transkriboidaan',
  showNotice: '{status}. Näytä ilmoitus',
  mayBeRecorded: 'Tämä kokous saatetaan tallentaa tai transkriboida.',
  consentStarted: {
    'recording-started': 'Tallennus on alkanut. Tämä kokous pyytää nimenomaista suostumustasi.',
    'transcription-started': 'Transkriptio on alkanut. Tämä kokous pyytää nimenomaista suostumustasi.',
    'both-started': 'Tallennus ja transkriptio ovat alkaneet. Tämä kokous pyytää nimenomaista suostumustasi.',
  },
} satisfies Catalog<'compliance'>;
