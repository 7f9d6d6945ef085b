/** Dutch: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Wachten tot iemand in de vergadering je binnenlaat.',
    reconnecting: 'Verbinding verbroken. Opnieuw verbinden…',
    reconnected: 'Je bent weer verbonden.',
    'muted-by-others': 'Iemand in de vergadering heeft je microfoon gedempt.',
    'permission-denied': 'Je browser blokkeert de camera of microfoon.',
    'media-permission-denied': 'Je browser blokkeert de camera of microfoon.',
    network: 'Je netwerkverbinding is instabiel. Geluid en beeld kunnen slecht zijn.',
    'device-failed': 'Je camera of microfoon werkt niet meer.',
    denied: 'Iemand in de vergadering heeft je deelnameverzoek geweigerd.',
    removed: 'Je bent uit de vergadering verwijderd.',
    'meeting-ended': 'De vergadering is beëindigd.',
    'lobby-timeout': 'Niemand heeft je binnengelaten, dus je deelnameverzoek is verlopen.',
    'call-failed': 'Het gesprek is beëindigd door een probleem.',
    'no-microphone': 'Er is geen microfoon aangesloten. Anderen kunnen je pas horen als je er een aansluit.',
    'no-camera': 'Er is geen camera aangesloten.',
    'microphone-switched': 'Je microfoon is losgekoppeld. Er wordt nu een andere microfoon gebruikt.',
    'camera-switched': 'Je camera is losgekoppeld. Er wordt nu een andere camera gebruikt.',
    'speaker-switched': 'Je luidspreker of headset is losgekoppeld. Het geluid wordt nu op een ander apparaat afgespeeld.',
  },
  permissionHelp: 'Als je ze wilt toestaan, selecteer je het pictogram voor site-instellingen links van de adresbalk, zet je Camera en Microfoon op Toestaan en probeer je het opnieuw.',
  lobbyElapsed: 'Wacht al {time}',
  actions: {
    rejoin: 'Opnieuw deelnemen',
    retry: 'Opnieuw proberen',
    cancel: 'Deelnemen annuleren',
    'fix-permissions': 'Opnieuw proberen',
    dismiss: 'Sluiten',
  },
  dismiss: 'Melding sluiten',
  unknown: 'Er is iets misgegaan ({code}).',
} satisfies Catalog<'notices'>;
