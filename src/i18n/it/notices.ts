/** Italian: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'In attesa che qualcuno della riunione ti ammetta.',
    reconnecting: 'Connessione persa. Riconnessione…',
    reconnected: 'Sei di nuovo connesso.',
    'muted-by-others': 'Qualcuno della riunione ha disattivato il tuo microfono.',
    'permission-denied': 'Il browser sta bloccando la fotocamera o il microfono.',
    'media-permission-denied': 'Il browser sta bloccando la fotocamera o il microfono.',
    network: 'La connessione di rete è instabile. L’audio e il video potrebbero essere di scarsa qualità.',
    'device-failed': 'La fotocamera o il microfono ha smesso di funzionare.',
    denied: 'Qualcuno della riunione ha rifiutato la tua richiesta di partecipazione.',
    removed: 'Sei stato rimosso dalla riunione.',
    'meeting-ended': 'La riunione è terminata.',
    'lobby-timeout': 'Nessuno ti ha ammesso, quindi la richiesta di partecipazione è scaduta.',
    'call-failed': 'La chiamata è terminata a causa di un problema.',
    'no-microphone': 'Nessun microfono collegato. Gli altri non possono sentirti finché non ne colleghi uno.',
    'no-camera': 'Nessuna fotocamera collegata.',
    'microphone-switched': 'Il microfono è stato scollegato. Ora è in uso un altro microfono.',
    'camera-switched': 'La fotocamera è stata scollegata. Ora è in uso un’altra fotocamera.',
    'speaker-switched': 'L’altoparlante o le cuffie sono stati scollegati. L’audio viene ora riprodotto su un altro dispositivo.',
  },
  permissionHelp: 'Per consentirli, seleziona l’icona delle impostazioni del sito a sinistra della barra degli indirizzi, imposta Fotocamera e Microfono su Consenti, quindi riprova.',
  lobbyElapsed: 'In attesa da {time}',
  actions: {
    rejoin: 'Partecipa di nuovo',
    retry: 'Riprova',
    cancel: 'Annulla la partecipazione',
    'fix-permissions': 'Riprova',
    dismiss: 'Ignora',
  },
  dismiss: 'Ignora l’avviso',
  unknown: 'Si è verificato un problema ({code}).',
} satisfies Catalog<'notices'>;
