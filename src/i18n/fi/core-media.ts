/** Finnish: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Kaiutin',
  devices: 'Laiteasetukset',
  mediaDenied: 'Selaimesi esti kameran ja mikrofonin. Voit silti liittyä kamera pois päältä ja kuunnella. Jos haluat käyttää niitä, salli käyttö selaimen sivustoasetuksissa ja lataa sivu uudelleen.',
  cameraDenied: 'Selaimesi esti kameran. Voit silti liittyä kamera pois päältä.',
  micDenied: 'Selaimesi esti mikrofonin. Voit silti liittyä ja kuunnella. Jos haluat puhua, salli käyttö selaimen sivustoasetuksissa.',
  noCamera: 'Kameraa ei löytynyt. Voit liittyä kamera pois päältä.',
  noMicrophone: 'Mikrofonia ei löytynyt. Voit liittyä ja kuunnella.',
  deviceFailed: 'Kameraa tai mikrofonia ei voitu käynnistää. Se voi olla toisen sovelluksen käytössä.',
} satisfies Catalog<'core-media'>;
