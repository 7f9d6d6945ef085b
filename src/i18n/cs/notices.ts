/** Czech: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Čekáte, až vás někdo ze schůzky pustí dovnitř.',
    reconnecting: 'Připojení se ztratilo. Znovu se připojuje…',
    reconnected: 'Jste znovu připojeni.',
    'muted-by-others': 'Někdo ze schůzky ztlumil váš mikrofon.',
    'permission-denied': 'Prohlížeč blokuje kameru nebo mikrofon.',
    'media-permission-denied': 'Prohlížeč blokuje kameru nebo mikrofon.',
    network: 'Připojení k síti je nestabilní. Zvuk a video můžou být horší.',
    'device-failed': 'Kamera nebo mikrofon přestaly fungovat.',
    denied: 'Někdo ze schůzky zamítl vaši žádost o připojení.',
    removed: 'Byli jste odebráni ze schůzky.',
    'meeting-ended': 'Schůzka skončila.',
    'lobby-timeout': 'Nikdo vás nevpustil, a tak platnost vaší žádosti o připojení vypršela.',
    'call-failed': 'Hovor skončil kvůli potížím.',
    'no-microphone': 'Není připojený žádný mikrofon. Ostatní vás neuslyší, dokud nějaký nepřipojíte.',
    'no-camera': 'Není připojená žádná kamera.',
    'microphone-switched': 'Mikrofon se odpojil. Teď se používá jiný mikrofon.',
    'camera-switched': 'Kamera se odpojila. Teď se používá jiná kamera.',
    'speaker-switched': 'Reproduktor nebo náhlavní souprava se odpojily. Zvuk teď hraje z jiného zařízení.',
  },
  permissionHelp:
    'Pokud je chcete povolit, vyberte ikonu nastavení webu vlevo v adresním řádku, nastavte Kamera a Mikrofon na Povolit a zkuste to znovu.',
  lobbyElapsed: 'Doba čekání: {time}',
  actions: {
    rejoin: 'Znovu se připojit',
    retry: 'Zkusit znovu',
    cancel: 'Zrušit připojování',
    'fix-permissions': 'Zkusit znovu',
    dismiss: 'Zavřít',
  },
  dismiss: 'Zavřít oznámení',
  unknown: 'Něco se pokazilo ({code}).',
} satisfies Catalog<'notices'>;
