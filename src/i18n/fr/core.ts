/** French: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Réunion Teams',
  prejoinTitle: 'Rejoindre la réunion',
  nameLabel: 'Votre nom',
  nameRequired: 'Veuillez saisir votre nom pour rejoindre la réunion.',
  nameCount: '{count} sur {max} caractères',
  preview: 'Aperçu de la caméra',
  previewStarting: 'Démarrage de la caméra…',
  cameraOff: 'Votre caméra est désactivée',
  microphone: 'Micro',
  camera: 'Caméra',
  join: 'Rejoindre maintenant',
  joining: 'Connexion à la réunion…',
  failedTitle: 'Impossible de rejoindre la réunion',
  configTitle: 'Impossible de rejoindre cette réunion',
  retry: 'Réessayer',
  errors: {
    'invalid-display-name': 'Veuillez saisir votre nom pour rejoindre la réunion.',
    'sdk-load-failed': 'Le logiciel de réunion n’a pas pu être chargé. Vérifiez votre connexion et réessayez.',
  },
} satisfies Catalog<'core'>;
