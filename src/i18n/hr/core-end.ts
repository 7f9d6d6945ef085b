/** Croatian: core-end (see src/i18n/en/core-end.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  lobby: 'Čekate u predvorju. Netko sa sastanka pustit će vas unutra.',
  connected: 'Na sastanku ste.',
  reconnecting: 'Veza je izgubljena. Ponovno povezivanje…',
  leave: 'Napusti',
  leftTitle: 'Napustili ste sastanak',
  endedTitle: 'Sastanak je završio',
  removedTitle: 'Uklonjeni ste sa sastanka',
  deniedTitle: 'Niste pušteni unutra',
  rejoin: 'Ponovno se pridruži',
  connectionLostTitle: 'Veza sa sastankom je izgubljena',
  connectionLostHint: 'Provjerite internetsku vezu, a zatim pokušajte ponovno.',
  unsentTitle: 'Neposlane poruke',
  unsentHint: 'Ove poruke nisu stigle na sastanak. Kopirajte ih da biste ih sačuvali.',
  copy: 'Kopiraj',
  copied: 'Kopirano',
  unsupported: {
    lacks: 'Iz ovog se preglednika ne možete pridružiti sastancima u aplikaciji Teams: nedostaje mu sljedeće: {missing}.',
    webrtc: 'pozivi putem WebRTC-a (RTCPeerConnection)',
    'media-devices': 'pristup kameri i mikrofonu (getUserMedia)',
    insecure:
      'Ova stranica nije otvorena putem sigurne veze (https://) pa preglednik na njoj isključuje pozive, kameru i mikrofon. Otvorite stranicu s adresom https:// ili zamolite web-mjesto da je poslužuje sigurno.',
    advice: 'Otvorite ovu stranicu u aktualnoj verziji preglednika Edge, Chrome, Firefox ili Safari.',
  },
  cancel: 'Odustani',
  leftHint: 'Ostali vas više ne vide i ne čuju. Ako se ponovno pridružite, vaše će se ime zadržati.',
  endedHint: 'Organizator ga je završio za sve pa se nemate čemu ponovno pridružiti. Možete zatvoriti ovu stranicu.',
  removedHint: 'Netko sa sastanka uklonio vas je s njega. Možete ponovno zatražiti pridruživanje.',
  errors: {
    'link-gcc-unsupported':
      'Sastancima u državnim oblacima sustava Microsoft 365 ne možete se pridružiti s ove stranice.',
    'unsupported-browser':
      'Iz ovog se preglednika ne možete pridružiti sastancima u aplikaciji Teams. Koristite aktualnu verziju preglednika Edge, Chrome, Firefox ili Safari.',
    'token-network': 'Usluga prijave nije dostupna. Provjerite vezu i pokušajte ponovno.',
    'token-http': 'Usluga prijave odbila je zahtjev. Pokušajte ponovno kasnije.',
    'token-malformed': 'Usluga prijave poslala je odgovor koji nije razumljiv.',
    'token-expired': 'Usluga prijave poslala je istekli pristupni token.',
    'token-refresh-failed': 'Vašu prijavu nije moguće obnoviti.',
    'media-permission-denied': 'Pristup kameri ili mikrofonu je blokiran.',
    'media-no-device': 'Nije pronađena ni kamera ni mikrofon.',
    'media-device-failed': 'Kameru ili mikrofon nije moguće pokrenuti.',
    'emulator-not-loaded':
      'Emulator sastanaka alat je za razvoj i nije učitan na ovoj stranici (dodajte modul teams-meeting-join/dev/emulator).',
    'mic-muted-by-system':
      'Uređaj je isključio zvuk vašeg mikrofona. Provjerite njegov prekidač za isključivanje zvuka ili postavke zvuka sustava.',
    'speaking-while-muted': 'Zvuk vam je isključen. Uključite ga da bi vas drugi čuli.',
    'screen-share-failed': 'Zaslon nije moguće zajednički koristiti. Pokušajte ponovno.',
    'join-failed': 'Pridruživanje sastanku nije uspjelo. Pokušajte ponovno.',
    network: 'Mrežna veza je izgubljena.',
    'token-rejected': 'Usluga sastanaka nije prihvatila vašu prijavu.',
    'meeting-not-found': 'Sastanak nije pronađen. Provjerite vezu ili se obratite organizatoru.',
    'not-permitted': 'Nemate dopuštenje za pridruživanje ovom sastanku.',
    denied: 'Netko sa sastanka odbio je vaš zahtjev za pridruživanje.',
    removed: 'Uklonjeni ste sa sastanka.',
    'meeting-ended': 'Sastanak je završio.',
    'lobby-timeout': 'Nitko vas nije pustio unutra pa je vaš zahtjev za pridruživanje istekao.',
    'call-failed': 'Poziv je završio zbog problema.',
    'compliance-unobservable':
      'Ovaj se sastanak možda snima ili transkribira: modul to ne može utvrditi.',
    'consent-failed': 'Vaš pristanak nije moguće poslati sastanku. Pokušajte ponovno.',
    'service-unavailable': 'Usluga sastanaka ima problem. Pokušajte ponovno za nekoliko minuta.',
    'guest-join-disabled':
      'Postavke aplikacije Teams ove tvrtke ili ustanove ne dopuštaju gostima pridruživanje njezinim sastancima s web-mjesta. Administrator aplikacije Teams to može dopustiti: Centar za administratore aplikacije Teams → Sastanci → Postavke sastanka → „Anonimni korisnici mogu se pridružiti sastanku“ te federacija Teams–Azure Communication Services (Set-CsTeamsAcsFederationConfiguration -EnableAcsUsers $true).',
    'chat-send-failed': 'Vašu poruku nije moguće poslati.',
    'chat-unavailable': 'Čavrljanje nije dostupno.',
    'chat-load-failed': 'Čavrljanje nije moguće učitati.',
    'chat-polling': 'Čavrljanje se sporo ažurira.',
    'chat-html-blocked':
      'Sigurnosna pravila ove stranice (Trusted Types) ne dopuštaju oblikovane poruke čavrljanja pa se prikazuju kao običan tekst. Web-mjesto može dopustiti naziv pravila „dompurify“.',
    'background-image-invalid': 'Slika pozadine koju nudi ovo web-mjesto ne može se upotrijebiti.',
    'background-effects-blocked': 'Sigurnosna pravila ove stranice ne dopuštaju efekte pozadine pa se vaš videozapis prikazuje bez njih.',
    'invalid-m365-setup':
      'Za prijavu sa sustavom Microsoft 365 potrebni su aad-client-id i teams-token-url ili teamsTokenProvider.',
    'm365-popup-blocked':
      'Preglednik je blokirao prozor za prijavu. Dopustite skočne prozore za ovo web-mjesto, a zatim pokušajte ponovno.',
    'm365-cancelled': 'Prijava je otkazana. Pokušajte ponovno ili se pridružite kao gost.',
    'm365-consent-refused': 'Dozvole koje su potrebne ovom sastanku nisu dodijeljene pa vas nije moguće prijaviti.',
    'm365-tenant-not-allowed':
      'Vaša tvrtka ili ustanova ne dopušta ovom web-mjestu da vas prijavi. Pokušajte s drugim računom ili se pridružite kao gost.',
    'm365-exchange-failed':
      'Prijavljeni ste, ali web-mjesto vas nije uspjelo uvesti na sastanak s vašim računom. Pokušajte ponovno kasnije.',
    'm365-sign-in-failed': 'Prijava poslovnim ili školskim računom nije uspjela. Pokušajte ponovno.',
  },
} satisfies Catalog<'core-end'>;
