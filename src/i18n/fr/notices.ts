/** French: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': "En attente qu'une personne de la réunion vous fasse entrer.",
    reconnecting: 'Connexion perdue. Reconnexion…',
    reconnected: 'Vous êtes reconnecté.',
    'muted-by-others': 'Une personne de la réunion a coupé votre micro.',
    'permission-denied': 'Votre navigateur bloque la caméra ou le micro.',
    'media-permission-denied': 'Votre navigateur bloque la caméra ou le micro.',
    network: 'Votre connexion réseau est instable. Le son et la vidéo peuvent être de mauvaise qualité.',
    'device-failed': 'Votre caméra ou votre micro a cessé de fonctionner.',
    denied: 'Une personne de la réunion a refusé votre demande de participation.',
    removed: 'Vous avez été retiré de la réunion.',
    'meeting-ended': 'La réunion est terminée.',
    'lobby-timeout': 'Personne ne vous a fait entrer : votre demande de participation a expiré.',
    'call-failed': "L'appel s'est terminé à cause d'un problème.",
    'no-microphone': "Aucun micro n'est branché. Les autres ne vous entendent pas tant que vous n'en branchez pas un.",
    'no-camera': "Aucune caméra n'est branchée.",
    'microphone-switched': 'Votre micro a été débranché. Un autre micro est utilisé maintenant.',
    'camera-switched': 'Votre caméra a été débranchée. Une autre caméra est utilisée maintenant.',
    'speaker-switched': 'Votre haut-parleur ou votre casque a été débranché. Le son passe maintenant par un autre appareil.',
  },
  permissionHelp:
    "Pour les autoriser, sélectionnez l'icône des paramètres du site à gauche de la barre d'adresse, autorisez la caméra et le micro, puis réessayez.",
  lobbyElapsed: 'Attente : {time}',
  actions: {
    rejoin: 'Rejoindre à nouveau',
    retry: 'Réessayer',
    cancel: 'Annuler',
    'fix-permissions': 'Réessayer',
    dismiss: 'Fermer',
  },
  dismiss: "Fermer l'avis",
  unknown: "Une erreur s'est produite ({code}).",
} satisfies Catalog<'notices'>;
