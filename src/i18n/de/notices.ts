/** German: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Sie warten darauf, dass jemand in der Besprechung Sie hereinlässt.',
    reconnecting: 'Verbindung unterbrochen. Neue Verbindung wird hergestellt…',
    reconnected: 'Sie sind wieder verbunden.',
    'muted-by-others': 'Jemand in der Besprechung hat Ihr Mikrofon stummgeschaltet.',
    'permission-denied': 'Ihr Browser blockiert Kamera oder Mikrofon.',
    'media-permission-denied': 'Ihr Browser blockiert Kamera oder Mikrofon.',
    network: 'Ihre Netzwerkverbindung ist instabil. Ton und Video können gestört sein.',
    'device-failed': 'Ihre Kamera oder Ihr Mikrofon funktioniert nicht mehr.',
    denied: 'Jemand in der Besprechung hat Ihre Teilnahmeanfrage abgelehnt.',
    removed: 'Sie wurden aus der Besprechung entfernt.',
    'meeting-ended': 'Die Besprechung ist beendet.',
    'lobby-timeout': 'Niemand hat Sie hereingelassen, Ihre Teilnahmeanfrage ist abgelaufen.',
    'call-failed': 'Der Anruf wurde wegen eines Problems beendet.',
    'no-microphone': 'Es ist kein Mikrofon angeschlossen. Andere hören Sie erst, wenn Sie eines anschließen.',
    'no-camera': 'Es ist keine Kamera angeschlossen.',
    'microphone-switched': 'Ihr Mikrofon wurde getrennt. Jetzt wird ein anderes Mikrofon verwendet.',
    'camera-switched': 'Ihre Kamera wurde getrennt. Jetzt wird eine andere Kamera verwendet.',
    'speaker-switched': 'Ihr Lautsprecher oder Headset wurde getrennt. Der Ton kommt jetzt über ein anderes Gerät.',
  },
  permissionHelp:
    'Wählen Sie links in der Adressleiste das Symbol für die Website-Einstellungen, erlauben Sie Kamera und Mikrofon und versuchen Sie es erneut.',
  lobbyElapsed: 'Wartezeit: {time}',
  actions: {
    rejoin: 'Erneut teilnehmen',
    retry: 'Erneut versuchen',
    cancel: 'Abbrechen',
    'fix-permissions': 'Erneut versuchen',
    dismiss: 'Schließen',
  },
  dismiss: 'Hinweis schließen',
  unknown: 'Etwas ist schiefgelaufen ({code}).',
} satisfies Catalog<'notices'>;
