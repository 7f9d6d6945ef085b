/** Serbian (Latin): core-end (see src/i18n/en/core-end.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  lobby: 'Čekate u holu. Neko sa sastanka će vas pustiti unutra.',
  connected: 'Na sastanku ste.',
  reconnecting: 'Veza je izgubljena. Ponovno povezivanje…',
  leave: 'Napusti',
  leftTitle: 'Napustili ste sastanak',
  endedTitle: 'Sastanak je završen',
  removedTitle: 'Uklonjeni ste sa sastanka',
  deniedTitle: 'Niste pušteni unutra',
  rejoin: 'Ponovo se pridruži',
  connectionLostTitle: 'Veza sa sastankom je izgubljena',
  connectionLostHint: 'Proverite internet vezu, a zatim pokušajte ponovo.',
  unsentTitle: 'Neposlate poruke',
  unsentHint: 'Ove poruke nisu stigle na sastanak. Kopirajte ih da biste ih sačuvali.',
  copy: 'Kopiraj',
  copied: 'Kopirano',
  unsupported: {
    lacks: 'Iz ovog pregledača ne možete da se pridružite Teams sastancima: nedostaje mu sledeće: {missing}.',
    webrtc: 'WebRTC pozivi (RTCPeerConnection)',
    'media-devices': 'pristup kameri i mikrofonu (getUserMedia)',
    insecure:
      'Ova stranica nije otvorena preko bezbedne veze (https://), pa pregledač na njoj isključuje pozive, kameru i mikrofon. Otvorite stranicu sa https:// adresom ili zamolite veb lokaciju da je pruža bezbedno.',
    advice: 'Otvorite ovu stranicu u aktuelnoj verziji pregledača Edge, Chrome, Firefox ili Safari.',
  },
  cancel: 'Otkaži',
  leftHint: 'Ostali vas više ne vide i ne čuju. Ako se ponovo pridružite, vaše ime će ostati.',
  endedHint: 'Organizator ga je završio za sve, pa nemate čemu ponovo da se pridružite. Možete da zatvorite ovu stranicu.',
  removedHint: 'Neko sa sastanka vas je uklonio sa njega. Možete ponovo da zatražite pridruživanje.',
  errors: {
    'link-gcc-unsupported':
      'Sastancima u Microsoft 365 oblacima za državnu upravu ne možete da se pridružite sa ove stranice.',
    'unsupported-browser':
      'Iz ovog pregledača ne možete da se pridružite Teams sastancima. Koristite aktuelnu verziju pregledača Edge, Chrome, Firefox ili Safari.',
    'token-network': 'Usluga za prijavljivanje nije dostupna. Proverite vezu i pokušajte ponovo.',
    'token-http': 'Usluga za prijavljivanje je odbila zahtev. Pokušajte ponovo kasnije.',
    'token-malformed': 'Usluga za prijavljivanje je poslala odgovor koji nije razumljiv.',
    'token-expired': 'Usluga za prijavljivanje je poslala istekli token za pristup.',
    'token-refresh-failed': 'Vaše prijavljivanje nije moglo da se obnovi.',
    'media-permission-denied': 'Pristup kameri ili mikrofonu je blokiran.',
    'media-no-device': 'Nije pronađena ni kamera ni mikrofon.',
    'media-device-failed': 'Kamera ili mikrofon nisu mogli da se pokrenu.',
    'emulator-not-loaded':
      'Emulator sastanaka je alatka za razvoj i nije učitan na ovoj stranici (dodajte modul teams-meeting-join/dev/emulator).',
    'mic-muted-by-system':
      'Uređaj je isključio zvuk vašeg mikrofona. Proverite njegov prekidač za isključivanje zvuka ili postavke zvuka sistema.',
    'speaking-while-muted': 'Zvuk vam je isključen. Uključite ga da bi vas drugi čuli.',
    'screen-share-failed': 'Ekran nije mogao da se deli. Pokušajte ponovo.',
    'join-failed': 'Pridruživanje sastanku nije uspelo. Pokušajte ponovo.',
    network: 'Mrežna veza je izgubljena.',
    'token-rejected': 'Usluga sastanaka nije prihvatila vaše prijavljivanje.',
    'meeting-not-found': 'Sastanak nije pronađen. Proverite vezu ili se obratite organizatoru.',
    'not-permitted': 'Nemate dozvolu da se pridružite ovom sastanku.',
    denied: 'Neko sa sastanka je odbio vaš zahtev za pridruživanje.',
    removed: 'Uklonjeni ste sa sastanka.',
    'meeting-ended': 'Sastanak je završen.',
    'lobby-timeout': 'Niko vas nije pustio unutra, pa je vaš zahtev za pridruživanje istekao.',
    'call-failed': 'Poziv je završen zbog problema.',
    'compliance-unobservable':
      'Ovaj sastanak se možda snima ili transkribuje: modul ne može da utvrdi da li je tako.',
    'consent-failed': 'Vaš pristanak nije mogao da se pošalje sastanku. Pokušajte ponovo.',
    'service-unavailable': 'Usluga sastanaka ima problem. Pokušajte ponovo za nekoliko minuta.',
    'guest-join-disabled':
      'Teams postavke ove organizacije ne dozvoljavaju gostima da se pridružuju njenim sastancima sa veb lokacije. Teams administrator organizacije to može da dozvoli: Teams centar administracije → Sastanci → Postavke sastanka → „Anonimni korisnici mogu da se pridruže sastanku“, kao i federacija Teams–Azure Communication Services (Set-CsTeamsAcsFederationConfiguration -EnableAcsUsers $true).',
    'chat-send-failed': 'Vaša poruka nije mogla da se pošalje.',
    'chat-unavailable': 'Ćaskanje nije dostupno.',
    'chat-load-failed': 'Ćaskanje nije moglo da se učita.',
    'chat-polling': 'Ćaskanje se sporo ažurira.',
    'chat-html-blocked':
      'Bezbednosne smernice ove stranice (Trusted Types) ne dozvoljavaju oblikovane poruke ćaskanja, pa se prikazuju kao običan tekst. Veb lokacija može da dozvoli naziv smernica „dompurify“.',
    'background-image-invalid': 'Slika pozadine koju nudi ova lokacija ne može da se koristi.',
    'background-effects-blocked': 'Bezbednosne smernice ove stranice ne dozvoljavaju efekte pozadine, pa se vaš video prikazuje bez njih.',
    'invalid-m365-setup':
      'Za prijavljivanje pomoću usluge Microsoft 365 potrebni su aad-client-id i teams-token-url ili teamsTokenProvider.',
    'm365-popup-blocked':
      'Pregledač je blokirao prozor za prijavljivanje. Dozvolite iskačuće prozore za ovu veb lokaciju, a zatim pokušajte ponovo.',
    'm365-cancelled': 'Prijavljivanje je otkazano. Pokušajte ponovo ili se pridružite kao gost.',
    'm365-consent-refused': 'Dozvole koje su potrebne ovom sastanku nisu odobrene, pa niste mogli da se prijavite.',
    'm365-tenant-not-allowed':
      'Vaša organizacija ne dozvoljava ovoj veb lokaciji da vas prijavi. Pokušajte sa drugim nalogom ili se pridružite kao gost.',
    'm365-exchange-failed':
      'Prijavljeni ste, ali veb lokacija nije uspela da vas uvede na sastanak pomoću vašeg naloga. Pokušajte ponovo kasnije.',
    'm365-sign-in-failed': 'Prijavljivanje poslovnim ili školskim nalogom nije uspelo. Pokušajte ponovo.',
  },
} satisfies Catalog<'core-end'>;
