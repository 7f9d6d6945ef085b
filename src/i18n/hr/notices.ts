/** Croatian: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Čekate da vas netko sa sastanka pusti unutra.',
    reconnecting: 'Veza je izgubljena. Ponovno povezivanje…',
    reconnected: 'Ponovno ste povezani.',
    'muted-by-others': 'Netko sa sastanka isključio je zvuk vašeg mikrofona.',
    'permission-denied': 'Preglednik blokira kameru ili mikrofon.',
    'media-permission-denied': 'Preglednik blokira kameru ili mikrofon.',
    network: 'Mrežna veza nije stabilna. Zvuk i videozapis mogu biti lošiji.',
    'device-failed': 'Kamera ili mikrofon prestali su raditi.',
    denied: 'Netko sa sastanka odbio je vaš zahtjev za pridruživanje.',
    removed: 'Uklonjeni ste sa sastanka.',
    'meeting-ended': 'Sastanak je završio.',
    'lobby-timeout': 'Nitko vas nije pustio unutra pa je vaš zahtjev za pridruživanje istekao.',
    'call-failed': 'Poziv je završio zbog problema.',
    'no-microphone': 'Nije povezan nijedan mikrofon. Ostali vas neće čuti dok ga ne povežete.',
    'no-camera': 'Nije povezana nijedna kamera.',
    'microphone-switched': 'Mikrofon je odspojen. Sada se koristi drugi mikrofon.',
    'camera-switched': 'Kamera je odspojena. Sada se koristi druga kamera.',
    'speaker-switched': 'Zvučnik ili slušalice odspojeni su. Zvuk se sada reproducira na drugom uređaju.',
  },
  permissionHelp:
    'Da biste ih dopustili, odaberite ikonu postavki web-mjesta lijevo od adresne trake, postavite Kameru i Mikrofon na Dopusti, a zatim pokušajte ponovno.',
  lobbyElapsed: 'Vrijeme čekanja: {time}',
  actions: {
    rejoin: 'Ponovno se pridruži',
    retry: 'Pokušaj ponovno',
    cancel: 'Odustani od pridruživanja',
    'fix-permissions': 'Pokušaj ponovno',
    dismiss: 'Odbaci',
  },
  dismiss: 'Odbaci obavijest',
  unknown: 'Nešto nije u redu ({code}).',
} satisfies Catalog<'notices'>;
