/** Greek: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Σύσκεψη Teams',
  prejoinTitle: 'Συμμετοχή στη σύσκεψη',
  nameLabel: 'Το όνομά σας',
  nameRequired: 'Πληκτρολογήστε το όνομά σας για να συμμετάσχετε.',
  nameCount: '{count} από {max} χαρακτήρες',
  preview: 'Προεπισκόπηση κάμερας',
  previewStarting: 'Εκκίνηση κάμερας…',
  cameraOff: 'Η κάμερά σας είναι απενεργοποιημένη',
  microphone: 'Μικρόφωνο',
  camera: 'Κάμερα',
  join: 'Συμμετοχή τώρα',
  joining: 'Συμμετοχή στη σύσκεψη…',
  failedTitle: 'Δεν ήταν δυνατή η συμμετοχή στη σύσκεψη',
  configTitle: 'Δεν είναι δυνατή η συμμετοχή σε αυτή τη σύσκεψη',
  retry: 'Δοκιμάστε ξανά',
  errors: {
    'invalid-display-name': 'Πληκτρολογήστε το όνομά σας για να συμμετάσχετε.',
    'sdk-load-failed': 'Δεν ήταν δυνατή η φόρτωση του λογισμικού σύσκεψης. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.',
  },
} satisfies Catalog<'core'>;
