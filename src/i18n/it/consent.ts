/** Italian: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Questa riunione richiede il tuo consenso',
  recording: 'La riunione viene registrata: la registrazione include la tua voce, il tuo video e tutto ciò che condividi sullo schermo.',
  transcription: 'La riunione viene trascritta: la trascrizione include ciò che dici, con il tuo nome.',
  mediaOff: 'Il microfono, la fotocamera e la condivisione dello schermo restano disattivati finché non accetti.',
  agree: 'Accetto',
  leave: 'Esci',
  privacy: 'Come vengono usati i tuoi dati (informativa sulla privacy)',
  opensInNewTab: '(si apre in una nuova scheda)',
  sending: 'Invio del consenso…',
  failed: 'Impossibile inviare il tuo consenso alla riunione. Riprova.',
} satisfies Catalog<'consent'>;
