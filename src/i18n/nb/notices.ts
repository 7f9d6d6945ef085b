/** Norwegian Bokmål: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Venter på at noen i møtet slipper deg inn.',
    reconnecting: 'Tilkoblingen ble brutt. Kobler til på nytt…',
    reconnected: 'Du er tilkoblet igjen.',
    'muted-by-others': 'Noen i møtet dempet mikrofonen din.',
    'permission-denied': 'Nettleseren blokkerer kameraet eller mikrofonen.',
    'media-permission-denied': 'Nettleseren blokkerer kameraet eller mikrofonen.',
    network: 'Nettverkstilkoblingen er ustabil. Lyd og video kan bli dårlig.',
    'device-failed': 'Kameraet eller mikrofonen sluttet å fungere.',
    denied: 'Noen i møtet avslo forespørselen din om å bli med.',
    removed: 'Du ble fjernet fra møtet.',
    'meeting-ended': 'Møtet er avsluttet.',
    'lobby-timeout': 'Ingen slapp deg inn, så forespørselen om å bli med ble tidsavbrutt.',
    'call-failed': 'Samtalen ble avsluttet på grunn av et problem.',
    'no-microphone': 'Ingen mikrofon er koblet til. Andre kan ikke høre deg før du kobler til en.',
    'no-camera': 'Ingen kamera er koblet til.',
    'microphone-switched': 'Mikrofonen ble koblet fra. En annen mikrofon brukes nå.',
    'camera-switched': 'Kameraet ble koblet fra. Et annet kamera brukes nå.',
    'speaker-switched': 'Høyttaleren eller hodesettet ble koblet fra. Lyden spilles nå av på en annen enhet.',
  },
  permissionHelp: 'For å tillate dem velger du ikonet for nettstedsinnstillinger til venstre i adresselinjen, setter Kamera og Mikrofon til Tillat og prøver på nytt.',
  lobbyElapsed: 'Har ventet i {time}',
  actions: {
    rejoin: 'Bli med på nytt',
    retry: 'Prøv på nytt',
    cancel: 'Avbryt forespørselen',
    'fix-permissions': 'Prøv på nytt',
    dismiss: 'Lukk',
  },
  dismiss: 'Lukk varselet',
  unknown: 'Noe gikk galt ({code}).',
} satisfies Catalog<'notices'>;
