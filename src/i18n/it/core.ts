/** Italian: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Riunione di Teams',
  prejoinTitle: 'Partecipa alla riunione',
  nameLabel: 'Il tuo nome',
  nameRequired: 'Immetti il tuo nome per partecipare.',
  nameCount: '{count} di {max} caratteri',
  preview: 'Anteprima fotocamera',
  previewStarting: 'Avvio della fotocamera…',
  cameraOff: 'La fotocamera è disattivata',
  microphone: 'Microfono',
  camera: 'Fotocamera',
  join: 'Partecipa ora',
  joining: 'Partecipazione alla riunione…',
  failedTitle: 'Impossibile partecipare alla riunione',
  configTitle: 'Non è possibile partecipare a questa riunione',
  retry: 'Riprova',
  errors: {
    'invalid-display-name': 'Immetti il tuo nome per partecipare.',
    'sdk-load-failed': 'Impossibile caricare il software della riunione. Controlla la connessione e riprova.',
  },
} satisfies Catalog<'core'>;
