/** Slovenian: core-end (see src/i18n/en/core-end.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  lobby: 'Čakate v čakalnici. Nekdo iz srečanja vas bo spustil noter.',
  connected: 'Ste v srečanju.',
  reconnecting: 'Povezava je prekinjena. Vnovično povezovanje …',
  leave: 'Zapusti',
  leftTitle: 'Zapustili ste srečanje',
  endedTitle: 'Srečanje se je končalo',
  removedTitle: 'Odstranjeni ste bili iz srečanja',
  deniedTitle: 'Niste bili spuščeni noter',
  rejoin: 'Znova se pridruži',
  connectionLostTitle: 'Povezava s srečanjem je prekinjena',
  connectionLostHint: 'Preverite internetno povezavo in poskusite znova.',
  unsentTitle: 'Neposlana sporočila',
  unsentHint: 'Ta sporočila niso prišla v srečanje. Kopirajte jih, če jih želite obdržati.',
  copy: 'Kopiraj',
  copied: 'Kopirano',
  unsupported: {
    lacks: 'V tem brskalniku se ni mogoče pridružiti srečanjem v aplikaciji Teams: manjka mu naslednje: {missing}.',
    webrtc: 'klici WebRTC (RTCPeerConnection)',
    'media-devices': 'dostop do kamere in mikrofona (getUserMedia)',
    insecure:
      'Ta stran ni bila odprta prek varne povezave (https://), zato brskalnik na njej izklopi klice, kamero in mikrofon. Odprite stran z naslovom https:// ali prosite spletno mesto, naj jo ponuja varno.',
    advice: 'Odprite to stran v trenutni različici brskalnika Edge, Chrome, Firefox ali Safari.',
  },
  cancel: 'Prekliči',
  leftHint: 'Drugi vas ne vidijo in ne slišijo več. Če se znova pridružite, vaše ime ostane.',
  endedHint: 'Organizator ga je končal za vse, zato se nimate česa znova pridružiti. To stran lahko zaprete.',
  removedHint: 'Nekdo iz srečanja vas je odstranil. Znova lahko prosite za pridružitev.',
  errors: {
    'link-gcc-unsupported':
      'Srečanjem v vladnih oblakih storitve Microsoft 365 se s te strani ni mogoče pridružiti.',
    'unsupported-browser':
      'V tem brskalniku se ni mogoče pridružiti srečanjem v aplikaciji Teams. Uporabite trenutno različico brskalnika Edge, Chrome, Firefox ali Safari.',
    'token-network': 'Storitev za vpis ni dosegljiva. Preverite povezavo in poskusite znova.',
    'token-http': 'Storitev za vpis je zavrnila zahtevo. Poskusite znova pozneje.',
    'token-malformed': 'Storitev za vpis je poslala odgovor, ki ga ni mogoče razumeti.',
    'token-expired': 'Storitev za vpis je poslala potekel žeton za dostop.',
    'token-refresh-failed': 'Vašega vpisa ni bilo mogoče obnoviti.',
    'media-permission-denied': 'Dostop do kamere ali mikrofona je blokiran.',
    'media-no-device': 'Ni najdene kamere ali mikrofona.',
    'media-device-failed': 'Kamere ali mikrofona ni bilo mogoče zagnati.',
    'emulator-not-loaded':
      'Emulator srečanj je razvojno orodje in na tej strani ni naložen (dodajte modul teams-meeting-join/dev/emulator).',
    'mic-muted-by-system':
      'Naprava je izklopila zvok mikrofona. Preverite njegovo stikalo za izklop zvoka ali sistemske nastavitve zvoka.',
    'speaking-while-muted': 'Zvok imate izklopljen. Vklopite ga, da vas bodo slišali.',
    'screen-share-failed': 'Zaslona ni bilo mogoče deliti. Poskusite znova.',
    'join-failed': 'Pridružitev srečanju ni uspela. Poskusite znova.',
    network: 'Omrežna povezava je prekinjena.',
    'token-rejected': 'Storitev srečanj ni sprejela vašega vpisa.',
    'meeting-not-found': 'Srečanja ni bilo mogoče najti. Preverite povezavo ali vprašajte organizatorja.',
    'not-permitted': 'Nimate dovoljenja, da se pridružite temu srečanju.',
    denied: 'Nekdo iz srečanja je zavrnil vašo prošnjo za pridružitev.',
    removed: 'Odstranjeni ste bili iz srečanja.',
    'meeting-ended': 'Srečanje se je končalo.',
    'lobby-timeout': 'Nihče vas ni spustil noter, zato je vaša prošnja za pridružitev potekla.',
    'call-failed': 'Klic se je končal zaradi težave.',
    'compliance-unobservable':
      'To srečanje se morda snema ali prepisuje: modul tega ne more ugotoviti.',
    'consent-failed': 'Vašega soglasja ni bilo mogoče poslati v srečanje. Poskusite znova.',
    'service-unavailable': 'Storitev srečanj ima težavo. Poskusite znova čez nekaj minut.',
    'guest-join-disabled':
      'Nastavitve aplikacije Teams te organizacije gostom ne dovolijo, da se njenim srečanjem pridružijo s spletnega mesta. Skrbnik aplikacije Teams lahko to dovoli: Skrbniško središče za Teams → Srečanja → Nastavitve srečanja → »Anonimni uporabniki se lahko pridružijo srečanju« in zveza Teams–Azure Communication Services (Set-CsTeamsAcsFederationConfiguration -EnableAcsUsers $true).',
    'chat-send-failed': 'Vašega sporočila ni bilo mogoče poslati.',
    'chat-unavailable': 'Klepet ni na voljo.',
    'chat-load-failed': 'Klepeta ni bilo mogoče naložiti.',
    'chat-polling': 'Klepet se posodablja počasi.',
    'chat-html-blocked':
      'Varnostni pravilnik te strani (Trusted Types) ne dovoli oblikovanih sporočil klepeta, zato so prikazana kot navadno besedilo. Spletno mesto lahko dovoli ime pravilnika »dompurify«.',
    'background-image-invalid': 'Slike ozadja, ki jo ponuja to spletno mesto, ni mogoče uporabiti.',
    'background-effects-blocked': 'Varnostni pravilnik te strani ne dovoli učinkov ozadja, zato je vaš videoposnetek prikazan brez njih.',
    'invalid-m365-setup':
      'Za vpis s storitvijo Microsoft 365 sta potrebna aad-client-id in teams-token-url ali teamsTokenProvider.',
    'm365-popup-blocked':
      'Brskalnik je blokiral okno za vpis. Dovolite pojavna okna za to spletno mesto in poskusite znova.',
    'm365-cancelled': 'Vpis je bil preklican. Poskusite znova ali se pridružite kot gost.',
    'm365-consent-refused': 'Dovoljenja, ki jih to srečanje potrebuje, niso bila dodeljena, zato vas ni bilo mogoče vpisati.',
    'm365-tenant-not-allowed':
      'Vaša organizacija temu spletnemu mestu ne dovoli, da vas vpiše. Poskusite z drugim računom ali se pridružite kot gost.',
    'm365-exchange-failed':
      'Vpisani ste, vendar vas spletno mesto z vašim računom ni moglo spraviti v srečanje. Poskusite znova pozneje.',
    'm365-sign-in-failed': 'Vpis s službenim ali šolskim računom ni uspel. Poskusite znova.',
  },
} satisfies Catalog<'core-end'>;
