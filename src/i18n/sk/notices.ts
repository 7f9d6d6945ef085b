/** Slovak: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Čakáte, kým vás niekto zo schôdze vpustí.',
    reconnecting: 'Pripojenie sa stratilo. Znova sa pripája…',
    reconnected: 'Ste znova pripojení.',
    'muted-by-others': 'Niekto zo schôdze stlmil váš mikrofón.',
    'permission-denied': 'Prehliadač blokuje kameru alebo mikrofón.',
    'media-permission-denied': 'Prehliadač blokuje kameru alebo mikrofón.',
    network: 'Sieťové pripojenie je nestabilné. Zvuk a video môžu byť horšie.',
    'device-failed': 'Kamera alebo mikrofón prestali fungovať.',
    denied: 'Niekto zo schôdze zamietol vašu žiadosť o pripojenie.',
    removed: 'Boli ste odstránení zo schôdze.',
    'meeting-ended': 'Schôdza sa skončila.',
    'lobby-timeout': 'Nikto vás nevpustil, preto platnosť vašej žiadosti o pripojenie uplynula.',
    'call-failed': 'Hovor sa skončil pre problém.',
    'no-microphone': 'Nie je pripojený žiadny mikrofón. Ostatní vás nebudú počuť, kým nejaký nepripojíte.',
    'no-camera': 'Nie je pripojená žiadna kamera.',
    'microphone-switched': 'Mikrofón sa odpojil. Teraz sa používa iný mikrofón.',
    'camera-switched': 'Kamera sa odpojila. Teraz sa používa iná kamera.',
    'speaker-switched': 'Reproduktor alebo náhlavná súprava sa odpojili. Zvuk sa teraz prehráva na inom zariadení.',
  },
  permissionHelp:
    'Ak ich chcete povoliť, vyberte ikonu nastavenia lokality vľavo v paneli s adresou, nastavte Kamera a Mikrofón na Povoliť a skúste to znova.',
  lobbyElapsed: 'Čas čakania: {time}',
  actions: {
    rejoin: 'Znova sa pripojiť',
    retry: 'Skúsiť znova',
    cancel: 'Zrušiť pripájanie',
    'fix-permissions': 'Skúsiť znova',
    dismiss: 'Zavrieť',
  },
  dismiss: 'Zavrieť oznámenie',
  unknown: 'Niečo sa pokazilo ({code}).',
} satisfies Catalog<'notices'>;
