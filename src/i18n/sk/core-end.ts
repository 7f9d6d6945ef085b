/** Slovak: core-end (see src/i18n/en/core-end.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  lobby: 'Čakáte v čakárni. Niekto zo schôdze vás vpustí.',
  connected: 'Ste v schôdzi.',
  reconnecting: 'Pripojenie sa stratilo. Znova sa pripája…',
  leave: 'Odísť',
  leftTitle: 'Odišli ste zo schôdze',
  endedTitle: 'Schôdza sa skončila',
  removedTitle: 'Boli ste odstránení zo schôdze',
  deniedTitle: 'Neboli ste vpustení',
  rejoin: 'Znova sa pripojiť',
  connectionLostTitle: 'Pripojenie k schôdzi sa stratilo',
  connectionLostHint: 'Skontrolujte pripojenie na internet a skúste to znova.',
  unsentTitle: 'Neodoslané správy',
  unsentHint: 'Tieto správy sa do schôdze nedostali. Ak si ich chcete ponechať, skopírujte ich.',
  copy: 'Kopírovať',
  copied: 'Skopírované',
  unsupported: {
    lacks: 'Z tohto prehliadača sa k schôdzam Teams nemožno pripojiť. Chýba v ňom: {missing}.',
    webrtc: 'hovory WebRTC (RTCPeerConnection)',
    'media-devices': 'prístup ku kamere a mikrofónu (getUserMedia)',
    insecure:
      'Táto stránka nebola otvorená cez zabezpečené pripojenie (https://), preto na nej prehliadač vypína hovory, kameru aj mikrofón. Otvorte stránku s adresou https:// alebo požiadajte prevádzkovateľa lokality, aby ju poskytoval zabezpečene.',
    advice: 'Otvorte túto stránku v aktuálnej verzii Edge, Chrome, Firefox alebo Safari.',
  },
  cancel: 'Zrušiť',
  leftHint: 'Ostatní vás už nevidia ani nepočujú. Keď sa znova pripojíte, vaše meno zostane.',
  endedHint: 'Organizátor ju ukončil pre všetkých, takže sa nie je kam znova pripojiť. Túto stránku môžete zavrieť.',
  removedHint: 'Niekto zo schôdze vás z nej odstránil. Môžete znova požiadať o pripojenie.',
  errors: {
    'link-gcc-unsupported': 'K schôdzam vo vládnych cloudoch Microsoft 365 sa z tejto stránky nemožno pripojiť.',
    'unsupported-browser':
      'Z tohto prehliadača sa k schôdzam Teams nemožno pripojiť. Použite aktuálnu verziu Edge, Chrome, Firefox alebo Safari.',
    'token-network': 'Nepodarilo sa spojiť so službou prihlásenia. Skontrolujte pripojenie a skúste to znova.',
    'token-http': 'Služba prihlásenia žiadosť odmietla. Skúste to neskôr.',
    'token-malformed': 'Služba prihlásenia poslala odpoveď, ktorej nemožno porozumieť.',
    'token-expired': 'Služba prihlásenia poslala prístupový token s uplynutou platnosťou.',
    'token-refresh-failed': 'Vaše prihlásenie sa nepodarilo obnoviť.',
    'media-permission-denied': 'Prístup ku kamere alebo mikrofónu je zablokovaný.',
    'media-no-device': 'Nenašla sa žiadna kamera ani mikrofón.',
    'media-device-failed': 'Kameru alebo mikrofón sa nepodarilo spustiť.',
    'emulator-not-loaded':
      'Emulátor schôdzí je vývojársky nástroj a na tejto stránke nie je načítaný (pridajte modul teams-meeting-join/dev/emulator).',
    'mic-muted-by-system':
      'Zariadenie stlmilo váš mikrofón. Skontrolujte jeho prepínač stlmenia alebo nastavenie zvuku v systéme.',
    'speaking-while-muted': 'Máte stlmený mikrofón. Ak chcete, aby vás ostatní počuli, zrušte stlmenie.',
    'screen-share-failed': 'Obrazovku sa nepodarilo zdieľať. Skúste to znova.',
    'join-failed': 'K schôdzi sa nepodarilo pripojiť. Skúste to znova.',
    network: 'Sieťové pripojenie sa stratilo.',
    'token-rejected': 'Služba schôdzí neprijala vaše prihlásenie.',
    'meeting-not-found': 'Túto schôdzu sa nepodarilo nájsť. Skontrolujte prepojenie alebo sa opýtajte organizátora.',
    'not-permitted': 'Nemáte povolenie pripojiť sa k tejto schôdzi.',
    denied: 'Niekto zo schôdze zamietol vašu žiadosť o pripojenie.',
    removed: 'Boli ste odstránení zo schôdze.',
    'meeting-ended': 'Schôdza sa skončila.',
    'lobby-timeout': 'Nikto vás nevpustil, preto platnosť vašej žiadosti o pripojenie uplynula.',
    'call-failed': 'Hovor sa skončil pre problém.',
    'compliance-unobservable':
      'Táto schôdza sa môže nahrávať alebo sa z nej môže vyhotovovať prepis: modul nedokáže zistiť, či je to tak.',
    'consent-failed': 'Váš súhlas sa nepodarilo odoslať do schôdze. Skúste to znova.',
    'service-unavailable': 'Služba schôdzí má problém. Skúste to znova o niekoľko minút.',
    'guest-join-disabled':
      'Nastavenie Teams tejto organizácie nedovoľuje hosťom pripájať sa k jej schôdzam z webovej lokality. Jej správca Teams to môže povoliť: Centrum spravovania Teams → Schôdze → Nastavenie schôdze → „Anonymní používatelia sa môžu pripojiť k schôdzi“ a federácia Teams–Azure Communication Services (Set-CsTeamsAcsFederationConfiguration -EnableAcsUsers $true).',
    'chat-send-failed': 'Vašu správu sa nepodarilo odoslať.',
    'chat-unavailable': 'Chat nie je k dispozícii.',
    'chat-load-failed': 'Chat sa nepodarilo načítať.',
    'chat-polling': 'Chat sa aktualizuje pomaly.',
    'chat-html-blocked':
      'Politika zabezpečenia tejto stránky (Trusted Types) nepovoľuje formátované správy chatu, preto sa zobrazujú ako obyčajný text. Lokalita môže povoliť názov politiky „dompurify“.',
    'background-image-invalid': 'Obrázok pozadia, ktorý táto lokalita ponúka, nemožno použiť.',
    'background-effects-blocked': 'Zásady zabezpečenia tejto stránky nepovoľujú efekty pozadia, takže sa vaše video zobrazuje bez nich.',
    'invalid-m365-setup':
      'Prihlásenie cez Microsoft 365 potrebuje aad-client-id a teams-token-url alebo teamsTokenProvider.',
    'm365-popup-blocked':
      'Prehliadač zablokoval okno prihlásenia. Povoľte pre túto lokalitu automaticky otvárané okná a skúste to znova.',
    'm365-cancelled': 'Prihlásenie sa zrušilo. Skúste to znova alebo sa pripojte ako hosť.',
    'm365-consent-refused': 'Povolenia, ktoré táto schôdza potrebuje, neboli udelené, preto vás nebolo možné prihlásiť.',
    'm365-tenant-not-allowed':
      'Vaša organizácia nedovoľuje tejto lokalite prihlásiť vás. Skúste iné konto alebo sa pripojte ako hosť.',
    'm365-exchange-failed':
      'Ste prihlásení, ale lokalita vás s vaším kontom nedokázala dostať do schôdze. Skúste to neskôr.',
    'm365-sign-in-failed': 'Prihlásenie pracovným alebo školským kontom sa nepodarilo. Skúste to znova.',
  },
} satisfies Catalog<'core-end'>;
