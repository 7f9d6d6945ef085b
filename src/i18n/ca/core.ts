/** Catalan: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Reunió del Teams',
  prejoinTitle: 'Uneix-te a la reunió',
  nameLabel: 'El teu nom',
  nameRequired: 'Escriu el teu nom per unir-te.',
  nameCount: '{count} de {max} caràcters',
  preview: 'Visualització prèvia de la càmera',
  previewStarting: 'S’està iniciant la càmera…',
  cameraOff: 'La càmera està desactivada',
  microphone: 'Micròfon',
  camera: 'Càmera',
  join: 'Uneix-te ara',
  joining: 'T’estàs unint a la reunió…',
  failedTitle: 'No t’has pogut unir a la reunió',
  configTitle: 'No et pots unir a aquesta reunió',
  retry: 'Torna-ho a provar',
  errors: {
    'invalid-display-name': 'Escriu el teu nom per unir-te.',
    'sdk-load-failed': 'No s’ha pogut carregar el programari de la reunió. Comprova la connexió i torna-ho a provar.',
  },
} satisfies Catalog<'core'>;
