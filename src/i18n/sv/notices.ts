/** Swedish: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Väntar på att någon i mötet ska släppa in dig.',
    reconnecting: 'Anslutningen bröts. Återansluter…',
    reconnected: 'Du är ansluten igen.',
    'muted-by-others': 'Någon i mötet stängde av ljudet i din mikrofon.',
    'permission-denied': 'Webbläsaren blockerar kameran eller mikrofonen.',
    'media-permission-denied': 'Webbläsaren blockerar kameran eller mikrofonen.',
    network: 'Nätverksanslutningen är instabil. Ljud och video kan bli sämre.',
    'device-failed': 'Kameran eller mikrofonen slutade fungera.',
    denied: 'Någon i mötet nekade din begäran om att ansluta.',
    removed: 'Du har tagits bort från mötet.',
    'meeting-ended': 'Mötet har avslutats.',
    'lobby-timeout': 'Ingen släppte in dig, så tiden för din begäran om att ansluta gick ut.',
    'call-failed': 'Samtalet avslutades på grund av ett problem.',
    'no-microphone': 'Ingen mikrofon är ansluten. Andra kan inte höra dig förrän du ansluter en.',
    'no-camera': 'Ingen kamera är ansluten.',
    'microphone-switched': 'Mikrofonen kopplades från. En annan mikrofon används nu.',
    'camera-switched': 'Kameran kopplades från. En annan kamera används nu.',
    'speaker-switched': 'Högtalaren eller headsetet kopplades från. Ljudet spelas nu upp på en annan enhet.',
  },
  permissionHelp: 'Om du vill tillåta dem väljer du ikonen för webbplatsinställningar till vänster i adressfältet, ställer in Kamera och Mikrofon på Tillåt och försöker sedan igen.',
  lobbyElapsed: 'Har väntat i {time}',
  actions: {
    rejoin: 'Anslut igen',
    retry: 'Försök igen',
    cancel: 'Avbryt anslutningen',
    'fix-permissions': 'Försök igen',
    dismiss: 'Stäng',
  },
  dismiss: 'Stäng meddelandet',
  unknown: 'Något gick fel ({code}).',
} satisfies Catalog<'notices'>;
