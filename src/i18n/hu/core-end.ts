/** Hungarian: core-end (see src/i18n/en/core-end.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  lobby: 'Várakozás az előszobában. Valaki az értekezletről hamarosan beengedi.',
  connected: 'Ön az értekezleten van.',
  reconnecting: 'Megszakadt a kapcsolat. Újracsatlakozás…',
  leave: 'Kilépés',
  leftTitle: 'Ön kilépett az értekezletről',
  endedTitle: 'Az értekezlet véget ért',
  removedTitle: 'Eltávolították Önt az értekezletről',
  deniedTitle: 'Nem engedték be',
  rejoin: 'Újracsatlakozás',
  connectionLostTitle: 'Megszakadt a kapcsolat az értekezlettel',
  connectionLostHint: 'Ellenőrizze az internetkapcsolatot, majd próbálkozzon újra.',
  unsentTitle: 'Nem elküldött üzenetek',
  unsentHint: 'Ezek az üzenetek nem jutottak el az értekezletre. Másolja ki őket, hogy megmaradjanak.',
  copy: 'Másolás',
  copied: 'Kimásolva',
  unsupported: {
    lacks: 'Ebből a böngészőből nem lehet Teams-értekezletekhez csatlakozni: hiányzik belőle a következő: {missing}.',
    webrtc: 'WebRTC-hívás (RTCPeerConnection)',
    'media-devices': 'kamera- és mikrofonhozzáférés (getUserMedia)',
    insecure:
      'Ezt a lapot nem biztonságos kapcsolaton (https://) keresztül nyitották meg, ezért a böngésző letiltja rajta a hívásokat, a kamerát és a mikrofont. Nyissa meg a lapot https:// címmel, vagy kérje meg a webhely üzemeltetőjét, hogy biztonságosan szolgálja ki.',
    advice: 'Nyissa meg ezt a lapot az Edge, a Chrome, a Firefox vagy a Safari aktuális verziójában.',
  },
  cancel: 'Mégse',
  leftHint: 'A többiek már nem látják és nem hallják Önt. Ha újracsatlakozik, a neve megmarad.',
  endedHint: 'A szervező mindenki számára befejezte, így nincs mihez újracsatlakozni. Ezt a lapot bezárhatja.',
  removedHint: 'Valaki az értekezletről eltávolította Önt. Újra kérheti a csatlakozást.',
  errors: {
    'link-gcc-unsupported':
      'A Microsoft 365 kormányzati felhőiben tartott értekezletekhez nem lehet csatlakozni erről a lapról.',
    'unsupported-browser':
      'Ebből a böngészőből nem lehet Teams-értekezletekhez csatlakozni. Használja az Edge, a Chrome, a Firefox vagy a Safari aktuális verzióját.',
    'token-network': 'Nem sikerült elérni a bejelentkezési szolgáltatást. Ellenőrizze a kapcsolatot, és próbálkozzon újra.',
    'token-http': 'A bejelentkezési szolgáltatás elutasította a kérést. Próbálkozzon később.',
    'token-malformed': 'A bejelentkezési szolgáltatás érthetetlen választ küldött.',
    'token-expired': 'A bejelentkezési szolgáltatás lejárt hozzáférési jogkivonatot küldött.',
    'token-refresh-failed': 'A bejelentkezését nem sikerült megújítani.',
    'media-permission-denied': 'A kamerához vagy a mikrofonhoz való hozzáférés le van tiltva.',
    'media-no-device': 'Nem található kamera vagy mikrofon.',
    'media-device-failed': 'A kamerát vagy a mikrofont nem sikerült elindítani.',
    'emulator-not-loaded':
      'Az értekezlet-emulátor fejlesztői eszköz, és ezen a lapon nincs betöltve (adja hozzá a teams-meeting-join/dev/emulator modult).',
    'mic-muted-by-system':
      'Az eszköze elnémította a mikrofont. Ellenőrizze a némítókapcsolót vagy a rendszer hangbeállításait.',
    'speaking-while-muted': 'Ön némítva van. Oldja fel a némítást, hogy hallják.',
    'screen-share-failed': 'A képernyőt nem sikerült megosztani. Próbálkozzon újra.',
    'join-failed': 'Nem sikerült csatlakozni az értekezlethez. Próbálkozzon újra.',
    network: 'Megszakadt a hálózati kapcsolat.',
    'token-rejected': 'Az értekezletszolgáltatás nem fogadta el a bejelentkezését.',
    'meeting-not-found': 'Az értekezlet nem található. Ellenőrizze a hivatkozást, vagy kérdezze meg a szervezőt.',
    'not-permitted': 'Ön nem csatlakozhat ehhez az értekezlethez.',
    denied: 'Valaki az értekezletről elutasította a csatlakozási kérését.',
    removed: 'Eltávolították Önt az értekezletről.',
    'meeting-ended': 'Az értekezlet véget ért.',
    'lobby-timeout': 'Senki sem engedte be, ezért a csatlakozási kérése lejárt.',
    'call-failed': 'A hívás egy hiba miatt véget ért.',
    'compliance-unobservable':
      'Előfordulhat, hogy ezt az értekezletet rögzítik, vagy átirat készül róla: a modul ezt nem tudja megállapítani.',
    'consent-failed': 'A hozzájárulását nem sikerült elküldeni az értekezletnek. Próbálkozzon újra.',
    'service-unavailable': 'Az értekezletszolgáltatásban hiba történt. Próbálkozzon újra néhány perc múlva.',
    'guest-join-disabled':
      'A szervezet Teams-beállításai nem engedik, hogy vendégek webhelyről csatlakozzanak az értekezleteihez. A szervezet Teams-rendszergazdája engedélyezheti: Teams Felügyeleti központ → Értekezletek → Értekezlet-beállítások → „Névtelen felhasználók csatlakozhatnak értekezlethez”, valamint a Teams–Azure Communication Services összevonás (Set-CsTeamsAcsFederationConfiguration -EnableAcsUsers $true).',
    'chat-send-failed': 'Az üzenetét nem sikerült elküldeni.',
    'chat-unavailable': 'A csevegés nem érhető el.',
    'chat-load-failed': 'A csevegést nem sikerült betölteni.',
    'chat-polling': 'A csevegés lassan frissül.',
    'chat-html-blocked':
      'A lap biztonsági szabályzata (Trusted Types) nem engedi a formázott csevegőüzeneteket, ezért egyszerű szövegként jelennek meg. A webhely engedélyezheti a „dompurify” szabályzatnevet.',
    'background-image-invalid': 'A webhely által felkínált egyik háttérkép nem használható.',
    'background-effects-blocked': 'Az oldal biztonsági szabályzata nem engedélyezi a háttéreffektusokat, ezért a videó ezek nélkül jelenik meg.',
    'invalid-m365-setup':
      'A Microsoft 365-bejelentkezéshez aad-client-id és teams-token-url, vagy teamsTokenProvider szükséges.',
    'm365-popup-blocked':
      'A böngésző letiltotta a bejelentkezési ablakot. Engedélyezze az előugró ablakokat ezen a webhelyen, majd próbálkozzon újra.',
    'm365-cancelled': 'A bejelentkezés megszakadt. Próbálkozzon újra, vagy csatlakozzon vendégként.',
    'm365-consent-refused': 'Az értekezlethez szükséges engedélyeket nem adták meg, ezért nem sikerült bejelentkeztetni.',
    'm365-tenant-not-allowed':
      'A szervezete nem engedi, hogy ez a webhely bejelentkeztesse. Próbálkozzon másik fiókkal, vagy csatlakozzon vendégként.',
    'm365-exchange-failed':
      'Ön be van jelentkezve, de a webhely nem tudta a fiókjával bevinni az értekezletre. Próbálkozzon később.',
    'm365-sign-in-failed': 'A munkahelyi vagy iskolai fiókkal való bejelentkezés nem sikerült. Próbálkozzon újra.',
  },
} satisfies Catalog<'core-end'>;
