/** Romanian: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Întâlnire Teams',
  prejoinTitle: 'Alăturați-vă întâlnirii',
  nameLabel: 'Numele dvs.',
  nameRequired: 'Introduceți-vă numele pentru a vă alătura.',
  nameCount: '{count} din {max} caractere',
  preview: 'Previzualizare cameră',
  previewStarting: 'Se pornește camera…',
  cameraOff: 'Camera este oprită',
  microphone: 'Microfon',
  camera: 'Cameră',
  join: 'Alăturați-vă acum',
  joining: 'Vă alăturați întâlnirii…',
  failedTitle: 'Nu v-ați putut alătura întâlnirii',
  configTitle: 'Nu vă puteți alătura acestei întâlniri',
  retry: 'Încercați din nou',
  errors: {
    'invalid-display-name': 'Introduceți-vă numele pentru a vă alătura.',
    'sdk-load-failed': 'Software-ul de întâlniri nu a putut fi încărcat. Verificați conexiunea și încercați din nou.',
  },
} satisfies Catalog<'core'>;
