/** Greek: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator':
    'Αυτή η λειτουργική μονάδα σύσκεψης δεν έχει σύνδεση σύσκεψης. Η τοποθεσία πρέπει να ορίσει meeting-link ή meeting-id.',
  'conflicting-locators':
    'Αυτή η λειτουργική μονάδα σύσκεψης έχει και σύνδεση σύσκεψης και αναγνωριστικό σύσκεψης. Η τοποθεσία πρέπει να ορίσει μόνο ένα από τα δύο.',
  'invalid-link': 'Η σύνδεση δεν είναι έγκυρη σύνδεση σύσκεψης του Teams.',
  'link-not-https': 'Η σύνδεση της σύσκεψης πρέπει να ξεκινά με https://.',
  'link-not-teams': 'Η σύνδεση της σύσκεψης δεν οδηγεί στο Microsoft Teams.',
  'link-unsafe-scheme': 'Η σύνδεση της σύσκεψης δεν είναι διεύθυνση web και απορρίφθηκε.',
  'link-gcc-unsupported':
    'Δεν μπορείτε να συμμετάσχετε από αυτή τη σελίδα σε συσκέψεις στα κυβερνητικά cloud του Microsoft 365.',
  'link-consumer-unsupported':
    'Δεν μπορείτε να συμμετάσχετε από αυτή τη σελίδα σε συσκέψεις Teams προσωπικών λογαριασμών (teams.live.com).',
  'link-webinar-unsupported':
    'Δεν μπορείτε να συμμετάσχετε από αυτή τη σελίδα σε σεμινάρια web, δημόσιες συναντήσεις και ζωντανές εκδηλώσεις.',
  'invalid-meeting-id': 'Το αναγνωριστικό της σύσκεψης ή ο κωδικός πρόσβασης δεν είναι έγκυρος.',
  'missing-token-source':
    'Αυτή η λειτουργική μονάδα σύσκεψης δεν έχει ρυθμιστεί για είσοδο. Η τοποθεσία πρέπει να ορίσει token-url ή tokenProvider.',
  'invalid-identity': 'Η ρύθμιση identity πρέπει να είναι «acs», «teams» ή «choice».',
  'invalid-m365-setup':
    'Η είσοδος με το Microsoft 365 χρειάζεται aad-client-id και teams-token-url ή teamsTokenProvider.',
  'invalid-emulator-url':
    'Η διεύθυνση του εξομοιωτή πρέπει να είναι τοπική διεύθυνση με θύρα, για παράδειγμα http://localhost:8080.',
} satisfies Catalog<'core-config'>;
