/** French: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Cette réunion demande votre consentement',
  recording:
    'La réunion est enregistrée : l’enregistrement comprend votre voix, votre vidéo et ce que vous partagez à l’écran.',
  transcription: 'La réunion est transcrite : la transcription comprend ce que vous dites, avec votre nom.',
  mediaOff: 'Votre micro, votre caméra et le partage d’écran restent désactivés tant que vous n’avez pas accepté.',
  agree: 'J’accepte',
  leave: 'Quitter',
  privacy: 'Utilisation de vos données (politique de confidentialité)',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  sending: 'Envoi de votre consentement…',
  failed: 'Votre consentement n’a pas pu être transmis à la réunion. Veuillez réessayer.',
} satisfies Catalog<'consent'>;
