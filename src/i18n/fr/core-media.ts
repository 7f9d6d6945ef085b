/** French: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Haut-parleur',
  devices: 'Paramètres des appareils',
  mediaDenied:
    'Votre navigateur a bloqué la caméra et le micro. Vous pouvez quand même rejoindre la réunion caméra désactivée et écouter. Pour les utiliser, autorisez l’accès dans les paramètres du site de votre navigateur, puis rechargez la page.',
  cameraDenied: 'Votre navigateur a bloqué la caméra. Vous pouvez quand même rejoindre la réunion caméra désactivée.',
  micDenied:
    'Votre navigateur a bloqué le micro. Vous pouvez quand même rejoindre la réunion et écouter. Pour parler, autorisez l’accès dans les paramètres du site de votre navigateur.',
  noCamera: 'Aucune caméra trouvée. Vous pouvez rejoindre la réunion caméra désactivée.',
  noMicrophone: 'Aucun micro trouvé. Vous pouvez rejoindre la réunion et écouter.',
  deviceFailed: 'Impossible de démarrer votre caméra ou votre micro. Une autre application l’utilise peut-être.',
} satisfies Catalog<'core-media'>;
