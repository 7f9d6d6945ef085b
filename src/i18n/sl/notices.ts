/** Slovenian: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Čakate, da vas nekdo iz srečanja spusti noter.',
    reconnecting: 'Povezava je prekinjena. Vnovično povezovanje …',
    reconnected: 'Znova ste povezani.',
    'muted-by-others': 'Nekdo iz srečanja je izklopil zvok vašega mikrofona.',
    'permission-denied': 'Brskalnik blokira kamero ali mikrofon.',
    'media-permission-denied': 'Brskalnik blokira kamero ali mikrofon.',
    network: 'Omrežna povezava ni stabilna. Zvok in video sta lahko slabša.',
    'device-failed': 'Kamera ali mikrofon ne deluje več.',
    denied: 'Nekdo iz srečanja je zavrnil vašo prošnjo za pridružitev.',
    removed: 'Odstranjeni ste bili iz srečanja.',
    'meeting-ended': 'Srečanje se je končalo.',
    'lobby-timeout': 'Nihče vas ni spustil noter, zato je vaša prošnja za pridružitev potekla.',
    'call-failed': 'Klic se je končal zaradi težave.',
    'no-microphone': 'Noben mikrofon ni priključen. Drugi vas ne bodo slišali, dokler ga ne priključite.',
    'no-camera': 'Nobena kamera ni priključena.',
    'microphone-switched': 'Mikrofon je bil odklopljen. Zdaj se uporablja drug mikrofon.',
    'camera-switched': 'Kamera je bila odklopljena. Zdaj se uporablja druga kamera.',
    'speaker-switched': 'Zvočnik ali slušalke so bili odklopljeni. Zvok se zdaj predvaja v drugi napravi.',
  },
  permissionHelp:
    'Če ju želite dovoliti, izberite ikono nastavitev spletnega mesta levo od naslovne vrstice, nastavite Kamero in Mikrofon na Dovoli in poskusite znova.',
  lobbyElapsed: 'Čas čakanja: {time}',
  actions: {
    rejoin: 'Znova se pridruži',
    retry: 'Poskusi znova',
    cancel: 'Prekliči pridruževanje',
    'fix-permissions': 'Poskusi znova',
    dismiss: 'Opusti',
  },
  dismiss: 'Opusti obvestilo',
  unknown: 'Prišlo je do napake ({code}).',
} satisfies Catalog<'notices'>;
