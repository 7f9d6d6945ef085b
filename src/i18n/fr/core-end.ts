/** French: core-end (see src/i18n/en/core-end.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  lobby: 'Vous êtes dans la salle d’attente. Quelqu’un dans la réunion va vous faire entrer.',
  connected: 'Vous êtes dans la réunion.',
  reconnecting: 'Connexion perdue. Reconnexion…',
  leave: 'Quitter',
  leftTitle: 'Vous avez quitté la réunion',
  endedTitle: 'La réunion est terminée',
  removedTitle: 'Vous avez été retiré de la réunion',
  deniedTitle: 'Votre entrée a été refusée',
  rejoin: 'Rejoindre à nouveau',
  connectionLostTitle: 'La connexion à la réunion a été perdue',
  connectionLostHint: 'Vérifiez votre connexion Internet, puis réessayez.',
  unsentTitle: 'Messages non envoyés',
  unsentHint: 'Ces messages ne sont pas parvenus à la réunion. Copiez-les pour les conserver.',
  copy: 'Copier',
  copied: 'Copié',
  unsupported: {
    lacks: 'Ce navigateur ne peut pas rejoindre de réunion Teams : il lui manque {missing}.',
    webrtc: 'les appels WebRTC (RTCPeerConnection)',
    'media-devices': 'l’accès à la caméra et au micro (getUserMedia)',
    insecure:
      'Cette page n’a pas été ouverte par une connexion sécurisée (https://) : le navigateur y désactive les appels, la caméra et le micro. Ouvrez la page avec une adresse https://, ou demandez au site de la servir de façon sécurisée.',
    advice: 'Ouvrez cette page dans une version récente d’Edge, Chrome, Firefox ou Safari.',
  },
  cancel: 'Annuler',
  leftHint: 'Les autres ne vous voient et ne vous entendent plus. Votre nom est conservé si vous revenez.',
  endedHint:
    'L’organisateur l’a terminée pour tout le monde : il n’y a plus rien à rejoindre. Vous pouvez fermer cette page.',
  removedHint: 'Quelqu’un dans la réunion vous en a retiré. Vous pouvez demander à la rejoindre à nouveau.',
  errors: {
    'link-gcc-unsupported':
      'Les réunions des clouds gouvernementaux Microsoft 365 ne peuvent pas être rejointes depuis cette page.',
    'unsupported-browser':
      'Ce navigateur ne peut pas rejoindre de réunion Teams. Essayez une version récente d’Edge, Chrome, Firefox ou Safari.',
    'token-network': 'Le service de connexion est injoignable. Vérifiez votre connexion et réessayez.',
    'token-http': 'Le service de connexion a refusé la demande. Réessayez plus tard.',
    'token-malformed': 'Le service de connexion a envoyé une réponse incompréhensible.',
    'token-expired': 'Le service de connexion a envoyé un jeton d’accès expiré.',
    'token-refresh-failed': 'Votre connexion n’a pas pu être renouvelée.',
    'media-permission-denied': 'L’accès à votre caméra ou à votre micro est bloqué.',
    'media-no-device': 'Aucune caméra ni aucun micro trouvé.',
    'media-device-failed': 'Impossible de démarrer votre caméra ou votre micro.',
    'emulator-not-loaded':
      'L’émulateur de réunion est un outil de développement et n’est pas chargé sur cette page (ajoutez le module teams-meeting-join/dev/emulator).',
    'mic-muted-by-system':
      'Votre appareil a coupé votre micro. Vérifiez son bouton de sourdine ou les réglages son du système.',
    'speaking-while-muted': 'Votre micro est coupé. Réactivez-le pour être entendu.',
    'screen-share-failed': 'Votre écran n’a pas pu être partagé. Veuillez réessayer.',
    'join-failed': 'Impossible de rejoindre la réunion. Veuillez réessayer.',
    network: 'La connexion réseau a été perdue.',
    'token-rejected': 'Le service de réunion n’a pas accepté votre connexion.',
    'meeting-not-found': 'Réunion introuvable. Vérifiez le lien ou contactez l’organisateur.',
    'not-permitted': 'Vous n’êtes pas autorisé à rejoindre cette réunion.',
    denied: 'Une personne de la réunion a refusé votre demande d’entrée.',
    removed: 'Vous avez été retiré de la réunion.',
    'meeting-ended': 'La réunion est terminée.',
    'lobby-timeout': 'Personne ne vous a fait entrer : votre demande a expiré.',
    'call-failed': 'L’appel s’est terminé à cause d’un problème.',
    'compliance-unobservable':
      'Cette réunion est peut-être enregistrée ou transcrite : le widget ne peut pas le vérifier.',
    'consent-failed': 'Votre consentement n’a pas pu être transmis à la réunion. Veuillez réessayer.',
    'service-unavailable': 'Le service de réunion rencontre un problème. Réessayez dans quelques minutes.',
    'guest-join-disabled':
      'Les paramètres Teams de cette organisation ne permettent pas aux invités de rejoindre ses réunions depuis un site web. Son administrateur Teams peut l’autoriser : Centre d’administration Teams → Réunions → Paramètres de réunion → « Les utilisateurs anonymes peuvent rejoindre une réunion », et la fédération Teams–Azure Communication Services (Set-CsTeamsAcsFederationConfiguration -EnableAcsUsers $true).',
    'chat-send-failed': 'Votre message n’a pas pu être envoyé.',
    'chat-unavailable': 'La conversation n’est pas disponible.',
    'chat-load-failed': 'La conversation n’a pas pu être chargée.',
    'chat-polling': 'La conversation se met à jour lentement.',
    'chat-html-blocked':
      'La politique de sécurité de cette page (Trusted Types) n’autorise pas les messages mis en forme : ils s’affichent en texte brut. Le site peut autoriser le nom de politique « dompurify ».',
    'background-image-invalid': 'Une image d’arrière-plan proposée par ce site ne peut pas être utilisée.',
    'background-effects-blocked': 'La stratégie de sécurité de cette page n’autorise pas les effets d’arrière-plan : votre vidéo est affichée sans eux.',
    'invalid-m365-setup':
      'La connexion Microsoft 365 n’est pas configurée. Le site doit définir aad-client-id et teams-token-url, ou teamsTokenProvider.',
    'm365-popup-blocked':
      'Votre navigateur a bloqué la fenêtre de connexion. Autorisez les fenêtres pop-up pour ce site, puis réessayez.',
    'm365-cancelled': 'La connexion a été annulée. Réessayez, ou rejoignez la réunion en tant qu’invité.',
    'm365-consent-refused':
      'Les autorisations nécessaires à cette réunion n’ont pas été accordées : vous n’avez pas pu être connecté.',
    'm365-tenant-not-allowed':
      'Votre organisation n’autorise pas ce site à vous connecter. Essayez un autre compte, ou rejoignez la réunion en tant qu’invité.',
    'm365-exchange-failed':
      'Vous êtes connecté, mais le site n’a pas pu vous faire entrer dans la réunion avec votre compte. Réessayez plus tard.',
    'm365-sign-in-failed': 'La connexion avec votre compte professionnel ou scolaire a échoué. Veuillez réessayer.',
  },
} satisfies Catalog<'core-end'>;
