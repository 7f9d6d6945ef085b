/** German: core-end (see src/i18n/en/core-end.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  lobby: 'Sie sind im Wartebereich. Jemand in der Besprechung lässt Sie gleich herein.',
  connected: 'Sie sind in der Besprechung.',
  reconnecting: 'Verbindung unterbrochen. Neue Verbindung wird hergestellt…',
  leave: 'Verlassen',
  leftTitle: 'Sie haben die Besprechung verlassen',
  endedTitle: 'Die Besprechung ist beendet',
  removedTitle: 'Sie wurden aus der Besprechung entfernt',
  deniedTitle: 'Ihnen wurde kein Zutritt gewährt',
  rejoin: 'Erneut teilnehmen',
  connectionLostTitle: 'Die Verbindung zur Besprechung wurde unterbrochen',
  connectionLostHint: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
  unsentTitle: 'Nicht gesendete Nachrichten',
  unsentHint: 'Diese Nachrichten haben die Besprechung nicht erreicht. Kopieren Sie sie, um sie zu behalten.',
  copy: 'Kopieren',
  copied: 'Kopiert',
  unsupported: {
    lacks: 'Mit diesem Browser kann man nicht an Teams-Besprechungen teilnehmen. Ihm fehlt Folgendes: {missing}.',
    webrtc: 'WebRTC-Anrufe (RTCPeerConnection)',
    'media-devices': 'der Zugriff auf Kamera und Mikrofon (getUserMedia)',
    insecure:
      'Diese Seite wurde nicht über eine sichere Verbindung (https://) geöffnet, daher schaltet der Browser Anrufe, Kamera und Mikrofon auf ihr ab. Öffnen Sie die Seite mit einer https://-Adresse oder bitten Sie die Website, sie sicher bereitzustellen.',
    advice: 'Öffnen Sie diese Seite in einer aktuellen Version von Edge, Chrome, Firefox oder Safari.',
  },
  cancel: 'Abbrechen',
  leftHint: 'Die anderen sehen und hören Sie nicht mehr. Ihr Name bleibt erhalten, wenn Sie erneut teilnehmen.',
  endedHint:
    'Der Organisator hat sie für alle beendet, es gibt nichts mehr, an dem Sie teilnehmen könnten. Sie können diese Seite schließen.',
  removedHint: 'Jemand in der Besprechung hat Sie entfernt. Sie können erneut um Teilnahme bitten.',
  errors: {
    'link-gcc-unsupported':
      'Besprechungen in Microsoft 365-Government-Clouds können von dieser Seite aus nicht besucht werden.',
    'unsupported-browser':
      'Mit diesem Browser kann man nicht an Teams-Besprechungen teilnehmen. Verwenden Sie eine aktuelle Version von Edge, Chrome, Firefox oder Safari.',
    'token-network': 'Der Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    'token-http': 'Der Anmeldedienst hat die Anfrage abgelehnt. Bitte versuchen Sie es später erneut.',
    'token-malformed': 'Der Anmeldedienst hat eine unverständliche Antwort gesendet.',
    'token-expired': 'Der Anmeldedienst hat ein abgelaufenes Zugriffstoken gesendet.',
    'token-refresh-failed': 'Ihre Anmeldung konnte nicht erneuert werden.',
    'media-permission-denied': 'Der Zugriff auf Kamera oder Mikrofon ist blockiert.',
    'media-no-device': 'Keine Kamera und kein Mikrofon gefunden.',
    'media-device-failed': 'Kamera oder Mikrofon konnte nicht gestartet werden.',
    'emulator-not-loaded':
      'Der Besprechungsemulator ist ein Entwicklungswerkzeug und auf dieser Seite nicht geladen (fügen Sie das Modul teams-meeting-join/dev/emulator hinzu).',
    'mic-muted-by-system':
      'Ihr Gerät hat Ihr Mikrofon stummgeschaltet. Prüfen Sie den Stummschalter oder die Soundeinstellungen des Systems.',
    'speaking-while-muted': 'Sie sind stummgeschaltet. Heben Sie die Stummschaltung auf, um gehört zu werden.',
    'screen-share-failed': 'Ihr Bildschirm konnte nicht freigegeben werden. Bitte versuchen Sie es erneut.',
    'join-failed': 'Teilnahme an der Besprechung nicht möglich. Bitte versuchen Sie es erneut.',
    network: 'Die Netzwerkverbindung wurde unterbrochen.',
    'token-rejected': 'Der Besprechungsdienst hat Ihre Anmeldung nicht akzeptiert.',
    'meeting-not-found': 'Diese Besprechung wurde nicht gefunden. Prüfen Sie den Link oder fragen Sie den Organisator.',
    'not-permitted': 'Sie dürfen an dieser Besprechung nicht teilnehmen.',
    denied: 'Jemand in der Besprechung hat Ihre Teilnahme abgelehnt.',
    removed: 'Sie wurden aus der Besprechung entfernt.',
    'meeting-ended': 'Die Besprechung ist beendet.',
    'lobby-timeout': 'Niemand hat Sie hereingelassen, daher ist Ihre Anfrage abgelaufen.',
    'call-failed': 'Der Anruf wurde wegen eines Problems beendet.',
    'compliance-unobservable':
      'Diese Besprechung wird möglicherweise aufgezeichnet oder transkribiert: Das Widget kann es nicht feststellen.',
    'consent-failed':
      'Ihre Zustimmung konnte nicht an die Besprechung übermittelt werden. Bitte versuchen Sie es erneut.',
    'service-unavailable': 'Der Besprechungsdienst hat ein Problem. Bitte versuchen Sie es in ein paar Minuten erneut.',
    'guest-join-disabled':
      'Die Teams-Einstellungen dieser Organisation erlauben Gästen nicht, ihren Besprechungen von einer Website aus beizutreten. Der Teams-Administrator kann es erlauben: Teams Admin Center → Besprechungen → Besprechungseinstellungen → „Anonyme Benutzer können an einer Besprechung teilnehmen“, und den Teams–Azure Communication Services-Verbund (Set-CsTeamsAcsFederationConfiguration -EnableAcsUsers $true).',
    'chat-send-failed': 'Ihre Nachricht konnte nicht gesendet werden.',
    'chat-unavailable': 'Der Chat ist nicht verfügbar.',
    'chat-load-failed': 'Der Chat konnte nicht geladen werden.',
    'chat-polling': 'Der Chat wird nur langsam aktualisiert.',
    'chat-html-blocked':
      'Die Sicherheitsrichtlinie dieser Seite (Trusted Types) lässt formatierte Chatnachrichten nicht zu, daher werden sie als reiner Text angezeigt. Die Website kann den Richtliniennamen „dompurify“ erlauben.',
    'background-image-invalid': 'Ein Hintergrundbild, das diese Website anbietet, kann nicht verwendet werden.',
    'background-effects-blocked': 'Die Sicherheitsrichtlinie dieser Seite lässt keine Hintergrundeffekte zu, daher wird Ihr Video ohne sie angezeigt.',
    'invalid-m365-setup':
      'Die Anmeldung mit Microsoft 365 ist nicht eingerichtet. Die Website muss aad-client-id und teams-token-url oder teamsTokenProvider festlegen.',
    'm365-popup-blocked':
      'Ihr Browser hat das Anmeldefenster blockiert. Erlauben Sie Pop-ups für diese Website und versuchen Sie es erneut.',
    'm365-cancelled': 'Die Anmeldung wurde abgebrochen. Versuchen Sie es erneut oder nehmen Sie als Gast teil.',
    'm365-consent-refused':
      'Die für diese Besprechung nötigen Berechtigungen wurden nicht erteilt, daher konnten Sie nicht angemeldet werden.',
    'm365-tenant-not-allowed':
      'Ihre Organisation erlaubt dieser Website nicht, Sie anzumelden. Versuchen Sie ein anderes Konto oder nehmen Sie als Gast teil.',
    'm365-exchange-failed':
      'Sie sind angemeldet, aber die Website konnte Sie mit Ihrem Konto nicht in die Besprechung bringen. Bitte versuchen Sie es später erneut.',
    'm365-sign-in-failed':
      'Die Anmeldung mit Ihrem Geschäfts-, Schul- oder Unikonto hat nicht funktioniert. Bitte versuchen Sie es erneut.',
  },
} satisfies Catalog<'core-end'>;
