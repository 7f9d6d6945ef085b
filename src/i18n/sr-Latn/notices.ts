/** Serbian (Latin): notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Čekate da vas neko sa sastanka pusti unutra.',
    reconnecting: 'Veza je izgubljena. Ponovno povezivanje…',
    reconnected: 'Ponovo ste povezani.',
    'muted-by-others': 'Neko sa sastanka je isključio zvuk vašeg mikrofona.',
    'permission-denied': 'Pregledač blokira kameru ili mikrofon.',
    'media-permission-denied': 'Pregledač blokira kameru ili mikrofon.',
    network: 'Mrežna veza nije stabilna. Zvuk i video mogu biti lošiji.',
    'device-failed': 'Kamera ili mikrofon su prestali da rade.',
    denied: 'Neko sa sastanka je odbio vaš zahtev za pridruživanje.',
    removed: 'Uklonjeni ste sa sastanka.',
    'meeting-ended': 'Sastanak je završen.',
    'lobby-timeout': 'Niko vas nije pustio unutra, pa je vaš zahtev za pridruživanje istekao.',
    'call-failed': 'Poziv je završen zbog problema.',
    'no-microphone': 'Nije povezan nijedan mikrofon. Ostali vas neće čuti dok ga ne povežete.',
    'no-camera': 'Nije povezana nijedna kamera.',
    'microphone-switched': 'Veza sa mikrofonom je prekinuta. Sada se koristi drugi mikrofon.',
    'camera-switched': 'Veza sa kamerom je prekinuta. Sada se koristi druga kamera.',
    'speaker-switched': 'Veza sa zvučnikom ili slušalicama je prekinuta. Zvuk se sada reprodukuje na drugom uređaju.',
  },
  permissionHelp:
    'Da biste ih dozvolili, izaberite ikonu postavki veb lokacije levo od trake za adresu, postavite Kameru i Mikrofon na Dozvoli, a zatim pokušajte ponovo.',
  lobbyElapsed: 'Vreme čekanja: {time}',
  actions: {
    rejoin: 'Ponovo se pridruži',
    retry: 'Pokušaj ponovo',
    cancel: 'Otkaži pridruživanje',
    'fix-permissions': 'Pokušaj ponovo',
    dismiss: 'Odbaci',
  },
  dismiss: 'Odbaci obaveštenje',
  unknown: 'Nešto nije u redu ({code}).',
} satisfies Catalog<'notices'>;
