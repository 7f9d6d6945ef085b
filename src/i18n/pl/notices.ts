/** Polish: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Czekasz, aż ktoś ze spotkania Cię wpuści.',
    reconnecting: 'Utracono połączenie. Ponowne łączenie…',
    reconnected: 'Połączono ponownie.',
    'muted-by-others': 'Ktoś ze spotkania wyciszył Twój mikrofon.',
    'permission-denied': 'Przeglądarka blokuje kamerę lub mikrofon.',
    'media-permission-denied': 'Przeglądarka blokuje kamerę lub mikrofon.',
    network: 'Połączenie sieciowe jest niestabilne. Jakość dźwięku i wideo może być słaba.',
    'device-failed': 'Kamera lub mikrofon przestały działać.',
    denied: 'Ktoś ze spotkania odrzucił Twoją prośbę o dołączenie.',
    removed: 'Usunięto Cię ze spotkania.',
    'meeting-ended': 'Spotkanie zostało zakończone.',
    'lobby-timeout': 'Nikt Cię nie wpuścił, więc upłynął limit czasu prośby o dołączenie.',
    'call-failed': 'Połączenie zostało zakończone z powodu problemu.',
    'no-microphone': 'Nie podłączono mikrofonu. Inni nie będą Cię słyszeć, dopóki go nie podłączysz.',
    'no-camera': 'Nie podłączono kamery.',
    'microphone-switched': 'Mikrofon został odłączony. Teraz jest używany inny mikrofon.',
    'camera-switched': 'Kamera została odłączona. Teraz jest używana inna kamera.',
    'speaker-switched': 'Głośnik lub zestaw słuchawkowy został odłączony. Dźwięk jest teraz odtwarzany na innym urządzeniu.',
  },
  permissionHelp:
    'Aby zezwolić, wybierz ikonę ustawień witryny po lewej stronie paska adresu, ustaw opcje Kamera i Mikrofon na Zezwalaj, a następnie spróbuj ponownie.',
  lobbyElapsed: 'Czas oczekiwania: {time}',
  actions: {
    rejoin: 'Dołącz ponownie',
    retry: 'Spróbuj ponownie',
    cancel: 'Anuluj dołączanie',
    'fix-permissions': 'Spróbuj ponownie',
    dismiss: 'Odrzuć',
  },
  dismiss: 'Odrzuć powiadomienie',
  unknown: 'Coś poszło nie tak ({code}).',
} satisfies Catalog<'notices'>;
