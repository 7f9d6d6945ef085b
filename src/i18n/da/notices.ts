/** Danish: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Venter på, at nogen i mødet lukker dig ind.',
    reconnecting: 'Forbindelsen blev afbrudt. Opretter forbindelse igen…',
    reconnected: 'Du har forbindelse igen.',
    'muted-by-others': 'Nogen i mødet slog lyden fra på din mikrofon.',
    'permission-denied': 'Din browser blokerer kameraet eller mikrofonen.',
    'media-permission-denied': 'Din browser blokerer kameraet eller mikrofonen.',
    network: 'Din netværksforbindelse er ustabil. Lyd og video kan være dårlig.',
    'device-failed': 'Dit kamera eller din mikrofon holdt op med at virke.',
    denied: 'Nogen i mødet afviste din anmodning om at deltage.',
    removed: 'Du er blevet fjernet fra mødet.',
    'meeting-ended': 'Mødet er slut.',
    'lobby-timeout': 'Ingen lukkede dig ind, så din anmodning om at deltage fik timeout.',
    'call-failed': 'Opkaldet blev afsluttet på grund af et problem.',
    'no-microphone': 'Der er ikke tilsluttet nogen mikrofon. Andre kan ikke høre dig, før du tilslutter en.',
    'no-camera': 'Der er ikke tilsluttet noget kamera.',
    'microphone-switched': 'Din mikrofon blev frakoblet. Der bruges nu en anden mikrofon.',
    'camera-switched': 'Dit kamera blev frakoblet. Der bruges nu et andet kamera.',
    'speaker-switched': 'Din højttaler eller dit headset blev frakoblet. Lyden afspilles nu på en anden enhed.',
  },
  permissionHelp: 'Du tillader dem ved at vælge ikonet for webstedsindstillinger til venstre for adresselinjen, indstille Kamera og Mikrofon til Tillad og derefter prøve igen.',
  lobbyElapsed: 'Har ventet i {time}',
  actions: {
    rejoin: 'Deltag igen',
    retry: 'Prøv igen',
    cancel: 'Annuller deltagelse',
    'fix-permissions': 'Prøv igen',
    dismiss: 'Luk',
  },
  dismiss: 'Luk meddelelsen',
  unknown: 'Noget gik galt ({code}).',
} satisfies Catalog<'notices'>;
