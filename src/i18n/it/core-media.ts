/** Italian: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Altoparlante',
  devices: 'Impostazioni dispositivo',
  mediaDenied: 'Il browser ha bloccato la fotocamera e il microfono. Puoi comunque partecipare con la fotocamera disattivata e ascoltare. Per usarli, consenti l’accesso nelle impostazioni del sito del browser e ricarica la pagina.',
  cameraDenied: 'Il browser ha bloccato la fotocamera. Puoi comunque partecipare con la fotocamera disattivata.',
  micDenied: 'Il browser ha bloccato il microfono. Puoi comunque partecipare e ascoltare. Per parlare, consenti l’accesso nelle impostazioni del sito del browser.',
  noCamera: 'Non è stata trovata alcuna fotocamera. Puoi partecipare con la fotocamera disattivata.',
  noMicrophone: 'Non è stato trovato alcun microfono. Puoi partecipare e ascoltare.',
  deviceFailed: 'Impossibile avviare la fotocamera o il microfono. Potrebbe essere in uso da un’altra app.',
} satisfies Catalog<'core-media'>;
