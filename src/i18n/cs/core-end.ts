/** Czech: core-end (see src/i18n/en/core-end.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  lobby: 'Čekáte v předsálí. Někdo ze schůzky vás pustí dovnitř.',
  connected: 'Jste ve schůzce.',
  reconnecting: 'Připojení se ztratilo. Znovu se připojuje…',
  leave: 'Odejít',
  leftTitle: 'Odešli jste ze schůzky',
  endedTitle: 'Schůzka skončila',
  removedTitle: 'Byli jste odebráni ze schůzky',
  deniedTitle: 'Nebyli jste vpuštěni',
  rejoin: 'Znovu se připojit',
  connectionLostTitle: 'Připojení ke schůzce se ztratilo',
  connectionLostHint: 'Zkontrolujte připojení k internetu a zkuste to znovu.',
  unsentTitle: 'Neodeslané zprávy',
  unsentHint: 'Tyto zprávy se do schůzky nedostaly. Pokud si je chcete nechat, zkopírujte je.',
  copy: 'Kopírovat',
  copied: 'Zkopírováno',
  unsupported: {
    lacks: 'Z tohoto prohlížeče se ke schůzkám Teams připojit nejde. Chybí v něm: {missing}.',
    webrtc: 'hovory WebRTC (RTCPeerConnection)',
    'media-devices': 'přístup ke kameře a mikrofonu (getUserMedia)',
    insecure:
      'Tato stránka nebyla otevřena přes zabezpečené připojení (https://), a proto na ní prohlížeč vypíná hovory, kameru i mikrofon. Otevřete stránku s adresou https:// nebo požádejte provozovatele webu, aby ji poskytoval zabezpečeně.',
    advice: 'Otevřete tuto stránku v aktuální verzi Edge, Chrome, Firefox nebo Safari.',
  },
  cancel: 'Zrušit',
  leftHint: 'Ostatní vás už nevidí ani neslyší. Když se znovu připojíte, vaše jméno zůstane.',
  endedHint: 'Organizátor ji ukončil pro všechny, takže se není kam znovu připojit. Tuto stránku můžete zavřít.',
  removedHint: 'Někdo ze schůzky vás z ní odebral. Můžete znovu požádat o připojení.',
  errors: {
    'link-gcc-unsupported': 'Ke schůzkám ve vládních cloudech Microsoft 365 se z této stránky nejde připojit.',
    'unsupported-browser':
      'Z tohoto prohlížeče se ke schůzkám Teams připojit nejde. Použijte aktuální verzi Edge, Chrome, Firefox nebo Safari.',
    'token-network': 'Nepodařilo se spojit s přihlašovací službou. Zkontrolujte připojení a zkuste to znovu.',
    'token-http': 'Přihlašovací služba žádost odmítla. Zkuste to prosím později.',
    'token-malformed': 'Přihlašovací služba poslala odpověď, které nejde porozumět.',
    'token-expired': 'Přihlašovací služba poslala přístupový token, jehož platnost vypršela.',
    'token-refresh-failed': 'Vaše přihlášení se nepodařilo obnovit.',
    'media-permission-denied': 'Přístup ke kameře nebo mikrofonu je zablokovaný.',
    'media-no-device': 'Nenašla se žádná kamera ani mikrofon.',
    'media-device-failed': 'Kameru nebo mikrofon se nepodařilo spustit.',
    'emulator-not-loaded':
      'Emulátor schůzek je vývojářský nástroj a na této stránce není načtený (přidejte modul teams-meeting-join/dev/emulator).',
    'mic-muted-by-system':
      'Zařízení ztlumilo váš mikrofon. Zkontrolujte jeho přepínač ztlumení nebo nastavení zvuku v systému.',
    'speaking-while-muted': 'Máte ztlumený mikrofon. Pokud chcete, aby vás ostatní slyšeli, zrušte ztlumení.',
    'screen-share-failed': 'Obrazovku se nepodařilo sdílet. Zkuste to prosím znovu.',
    'join-failed': 'Ke schůzce se nepodařilo připojit. Zkuste to prosím znovu.',
    network: 'Připojení k síti se ztratilo.',
    'token-rejected': 'Služba schůzek vaše přihlášení nepřijala.',
    'meeting-not-found': 'Tuto schůzku se nepodařilo najít. Zkontrolujte odkaz nebo se zeptejte organizátora.',
    'not-permitted': 'K této schůzce se nemáte oprávnění připojit.',
    denied: 'Někdo ze schůzky zamítl vaši žádost o připojení.',
    removed: 'Byli jste odebráni ze schůzky.',
    'meeting-ended': 'Schůzka skončila.',
    'lobby-timeout': 'Nikdo vás nevpustil, a tak platnost vaší žádosti o připojení vypršela.',
    'call-failed': 'Hovor skončil kvůli potížím.',
    'compliance-unobservable':
      'Tato schůzka se může nahrávat nebo se z ní může pořizovat přepis: modul nedokáže zjistit, jestli tomu tak je.',
    'consent-failed': 'Váš souhlas se nepodařilo odeslat do schůzky. Zkuste to prosím znovu.',
    'service-unavailable': 'Služba schůzek má potíže. Zkuste to prosím znovu za pár minut.',
    'guest-join-disabled':
      'Nastavení Teams této organizace nedovoluje hostům připojovat se k jejím schůzkám z webu. Její správce Teams to může povolit: Centrum pro správu Teams → Schůzky → Nastavení schůzek → „Anonymní uživatelé se můžou připojit ke schůzce“ a federace Teams–Azure Communication Services (Set-CsTeamsAcsFederationConfiguration -EnableAcsUsers $true).',
    'chat-send-failed': 'Vaši zprávu se nepodařilo odeslat.',
    'chat-unavailable': 'Chat není k dispozici.',
    'chat-load-failed': 'Chat se nepodařilo načíst.',
    'chat-polling': 'Chat se aktualizuje pomalu.',
    'chat-html-blocked':
      'Zásady zabezpečení této stránky (Trusted Types) nedovolují formátované zprávy chatu, a proto se zobrazují jako prostý text. Web může povolit název zásady „dompurify“.',
    'background-image-invalid': 'Obrázek pozadí, který tento web nabízí, nelze použít.',
    'background-effects-blocked': 'Zásady zabezpečení této stránky nepovolují efekty pozadí, takže se vaše video zobrazuje bez nich.',
    'invalid-m365-setup':
      'Přihlášení přes Microsoft 365 potřebuje aad-client-id a teams-token-url, nebo teamsTokenProvider.',
    'm365-popup-blocked':
      'Prohlížeč zablokoval přihlašovací okno. Povolte pro tento web automaticky otevíraná okna a zkuste to znovu.',
    'm365-cancelled': 'Přihlášení bylo zrušeno. Zkuste to znovu nebo se připojte jako host.',
    'm365-consent-refused': 'Oprávnění, která tato schůzka potřebuje, nebyla udělena, a tak vás nešlo přihlásit.',
    'm365-tenant-not-allowed':
      'Vaše organizace nedovoluje tomuto webu vás přihlásit. Zkuste jiný účet nebo se připojte jako host.',
    'm365-exchange-failed':
      'Jste přihlášeni, ale web vás s vaším účtem nedokázal dostat do schůzky. Zkuste to prosím později.',
    'm365-sign-in-failed': 'Přihlášení pracovním nebo školním účtem se nepodařilo. Zkuste to prosím znovu.',
  },
} satisfies Catalog<'core-end'>;
