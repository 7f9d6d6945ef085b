/** Polish: core-end (see src/i18n/en/core-end.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  lobby: 'Czekasz w poczekalni. Ktoś ze spotkania wkrótce Cię wpuści.',
  connected: 'Jesteś na spotkaniu.',
  reconnecting: 'Utracono połączenie. Ponowne łączenie…',
  leave: 'Opuść',
  leftTitle: 'Opuszczono spotkanie',
  endedTitle: 'Spotkanie zostało zakończone',
  removedTitle: 'Usunięto Cię ze spotkania',
  deniedTitle: 'Nie wpuszczono Cię',
  rejoin: 'Dołącz ponownie',
  connectionLostTitle: 'Utracono połączenie ze spotkaniem',
  connectionLostHint: 'Sprawdź połączenie z Internetem i spróbuj ponownie.',
  unsentTitle: 'Niewysłane wiadomości',
  unsentHint: 'Te wiadomości nie dotarły do spotkania. Skopiuj je, aby ich nie stracić.',
  copy: 'Kopiuj',
  copied: 'Skopiowano',
  unsupported: {
    lacks: 'W tej przeglądarce nie można dołączać do spotkań w usłudze Teams. Brakuje w niej: {missing}.',
    webrtc: 'połączeń WebRTC (RTCPeerConnection)',
    'media-devices': 'dostępu do kamery i mikrofonu (getUserMedia)',
    insecure:
      'Ta strona nie została otwarta przez bezpieczne połączenie (https://), więc przeglądarka wyłącza na niej połączenia, kamerę i mikrofon. Otwórz stronę pod adresem https:// lub poproś właściciela witryny o udostępnianie jej w bezpieczny sposób.',
    advice: 'Otwórz tę stronę w aktualnej wersji przeglądarki Edge, Chrome, Firefox lub Safari.',
  },
  cancel: 'Anuluj',
  leftHint: 'Inni już Cię nie widzą ani nie słyszą. Jeśli dołączysz ponownie, Twoje imię i nazwisko zostanie zachowane.',
  endedHint:
    'Organizator zakończył spotkanie dla wszystkich, więc nie można do niego dołączyć ponownie. Możesz zamknąć tę stronę.',
  removedHint: 'Ktoś ze spotkania usunął Cię z niego. Możesz ponownie poprosić o dołączenie.',
  errors: {
    'link-gcc-unsupported':
      'Z tej strony nie można dołączać do spotkań w chmurach rządowych platformy Microsoft 365.',
    'unsupported-browser':
      'W tej przeglądarce nie można dołączać do spotkań w usłudze Teams. Użyj aktualnej wersji przeglądarki Edge, Chrome, Firefox lub Safari.',
    'token-network': 'Nie można połączyć się z usługą logowania. Sprawdź połączenie i spróbuj ponownie.',
    'token-http': 'Usługa logowania odrzuciła żądanie. Spróbuj ponownie później.',
    'token-malformed': 'Usługa logowania wysłała odpowiedź, której nie można zrozumieć.',
    'token-expired': 'Usługa logowania wysłała wygasły token dostępu.',
    'token-refresh-failed': 'Nie można odnowić Twojego logowania.',
    'media-permission-denied': 'Dostęp do kamery lub mikrofonu jest zablokowany.',
    'media-no-device': 'Nie znaleziono kamery ani mikrofonu.',
    'media-device-failed': 'Nie można uruchomić kamery lub mikrofonu.',
    'emulator-not-loaded':
      'Emulator spotkań to narzędzie deweloperskie i nie jest załadowany na tej stronie (dodaj moduł teams-meeting-join/dev/emulator).',
    'mic-muted-by-system':
      'Urządzenie wyciszyło Twój mikrofon. Sprawdź jego przełącznik wyciszenia lub ustawienia dźwięku w systemie.',
    'speaking-while-muted': 'Masz wyciszony mikrofon. Wyłącz wyciszenie, aby inni Cię słyszeli.',
    'screen-share-failed': 'Nie można udostępnić ekranu. Spróbuj ponownie.',
    'join-failed': 'Nie można dołączyć do spotkania. Spróbuj ponownie.',
    network: 'Utracono połączenie sieciowe.',
    'token-rejected': 'Usługa spotkań nie zaakceptowała Twojego logowania.',
    'meeting-not-found': 'Nie można znaleźć tego spotkania. Sprawdź link lub zapytaj organizatora.',
    'not-permitted': 'Nie masz uprawnień do dołączenia do tego spotkania.',
    denied: 'Ktoś ze spotkania odrzucił Twoją prośbę o dołączenie.',
    removed: 'Usunięto Cię ze spotkania.',
    'meeting-ended': 'Spotkanie zostało zakończone.',
    'lobby-timeout': 'Nikt Cię nie wpuścił, więc upłynął limit czasu prośby o dołączenie.',
    'call-failed': 'Połączenie zostało zakończone z powodu problemu.',
    'compliance-unobservable':
      'To spotkanie może być nagrywane lub transkrybowane: moduł nie może tego stwierdzić.',
    'consent-failed': 'Nie można przekazać Twojej zgody do spotkania. Spróbuj ponownie.',
    'service-unavailable': 'Usługa spotkań ma problem. Spróbuj ponownie za kilka minut.',
    'guest-join-disabled':
      'Ustawienia usługi Teams tej organizacji nie pozwalają gościom dołączać do jej spotkań z witryny internetowej. Administrator usługi Teams może na to zezwolić: Centrum administracyjne usługi Teams → Spotkania → Ustawienia spotkania → „Użytkownicy anonimowi mogą dołączać do spotkania” oraz federacja Teams–Azure Communication Services (Set-CsTeamsAcsFederationConfiguration -EnableAcsUsers $true).',
    'chat-send-failed': 'Nie można wysłać wiadomości.',
    'chat-unavailable': 'Czat jest niedostępny.',
    'chat-load-failed': 'Nie można załadować czatu.',
    'chat-polling': 'Czat aktualizuje się powoli.',
    'chat-html-blocked':
      'Zasady zabezpieczeń tej strony (Trusted Types) nie zezwalają na sformatowane wiadomości czatu, więc są one wyświetlane jako zwykły tekst. Witryna może zezwolić na nazwę zasad „dompurify”.',
    'background-image-invalid': 'Nie można użyć obrazu tła oferowanego przez tę witrynę.',
    'background-effects-blocked': 'Zasady zabezpieczeń tej strony nie zezwalają na efekty tła, więc Twoje wideo jest wyświetlane bez nich.',
    'invalid-m365-setup':
      'Logowanie za pomocą platformy Microsoft 365 wymaga ustawień aad-client-id i teams-token-url albo teamsTokenProvider.',
    'm365-popup-blocked':
      'Przeglądarka zablokowała okno logowania. Zezwól na wyskakujące okienka w tej witrynie i spróbuj ponownie.',
    'm365-cancelled': 'Anulowano logowanie. Spróbuj ponownie lub dołącz jako gość.',
    'm365-consent-refused': 'Nie udzielono uprawnień wymaganych przez to spotkanie, więc nie można było Cię zalogować.',
    'm365-tenant-not-allowed':
      'Twoja organizacja nie pozwala tej witrynie Cię zalogować. Użyj innego konta lub dołącz jako gość.',
    'm365-exchange-failed':
      'Zalogowano Cię, ale witryna nie może wprowadzić Cię na spotkanie przy użyciu Twojego konta. Spróbuj ponownie później.',
    'm365-sign-in-failed': 'Nie można zalogować się przy użyciu konta służbowego lub szkolnego. Spróbuj ponownie.',
  },
} satisfies Catalog<'core-end'>;
