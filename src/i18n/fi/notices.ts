/** Finnish: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Odotetaan, että joku kokouksesta päästää sinut sisään.',
    reconnecting: 'Yhteys katkesi. Yhdistetään uudelleen…',
    reconnected: 'Yhteys on palautettu.',
    'muted-by-others': 'Joku kokouksesta mykisti mikrofonisi.',
    'permission-denied': 'Selaimesi estää kameran tai mikrofonin.',
    'media-permission-denied': 'Selaimesi estää kameran tai mikrofonin.',
    network: 'Verkkoyhteytesi on epävakaa. Ääni ja video voivat olla heikkolaatuisia.',
    'device-failed': 'Kamerasi tai mikrofonisi lakkasi toimimasta.',
    denied: 'Joku kokouksesta hylkäsi liittymispyyntösi.',
    removed: 'Sinut poistettiin kokouksesta.',
    'meeting-ended': 'Kokous on päättynyt.',
    'lobby-timeout': 'Kukaan ei päästänyt sinua sisään, joten liittymispyyntösi aikakatkaistiin.',
    'call-failed': 'Puhelu päättyi ongelman vuoksi.',
    'no-microphone': 'Mikrofonia ei ole liitetty. Muut eivät kuule sinua, ennen kuin liität sellaisen.',
    'no-camera': 'Kameraa ei ole liitetty.',
    'microphone-switched': 'Mikrofonisi irrotettiin. Nyt käytetään toista mikrofonia.',
    'camera-switched': 'Kamerasi irrotettiin. Nyt käytetään toista kameraa.',
    'speaker-switched': 'Kaiuttimesi tai kuulokkeesi irrotettiin. Ääni toistetaan nyt toisella laitteella.',
  },
  permissionHelp: 'Salli ne valitsemalla osoiterivin vasemmalla puolella oleva sivustoasetusten kuvake, määritä Kamera- ja Mikrofoni-asetukseksi Salli ja yritä sitten uudelleen.',
  lobbyElapsed: 'Odotettu {time}',
  actions: {
    rejoin: 'Liity uudelleen',
    retry: 'Yritä uudelleen',
    cancel: 'Peruuta liittyminen',
    'fix-permissions': 'Yritä uudelleen',
    dismiss: 'Hylkää',
  },
  dismiss: 'Hylkää ilmoitus',
  unknown: 'Jokin meni vikaan ({code}).',
} satisfies Catalog<'notices'>;
