/** Italian: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'La registrazione è stata avviata. Restando in questa riunione, acconsenti a essere registrato.',
  'transcription-started': 'La trascrizione è stata avviata. Restando in questa riunione, acconsenti a essere trascritto.',
  'both-started': 'La registrazione e la trascrizione sono state avviate. Restando in questa riunione, acconsenti a essere registrato e trascritto.',
  'recording-stopped': 'La registrazione è stata interrotta. La registrazione è in fase di salvataggio.',
  'transcription-stopped': 'La trascrizione è stata interrotta.',
  'both-stopped': 'La registrazione e la trascrizione sono state interrotte. La registrazione è in fase di salvataggio.',
  'recording-stopped-transcription-continues': 'La registrazione è stata interrotta ed è in fase di salvataggio. La trascrizione è ancora attiva.',
  'transcription-stopped-recording-continues': 'La trascrizione è stata interrotta. La registrazione è ancora attiva.',
  privacyPolicy: 'Informativa sulla privacy',
  opensInNewTab: '(si apre in una nuova scheda)',
  dismiss: 'Nascondi l’avviso di registrazione',
  indicatorRecording: 'Registrazione in corso',
  indicatorTranscribing: 'Trascrizione in corso',
  indicatorBoth: 'Registrazione e trascrizione in corso',
  showNotice: '{status}. Mostra l’avviso',
  mayBeRecorded: 'Questa riunione potrebbe essere registrata o trascritta.',
  consentStarted: {
    'recording-started': 'La registrazione è stata avviata. Questa riunione richiede il tuo consenso esplicito.',
    'transcription-started': 'La trascrizione è stata avviata. Questa riunione richiede il tuo consenso esplicito.',
    'both-started': 'La registrazione e la trascrizione sono state avviate. Questa riunione richiede il tuo consenso esplicito.',
  },
} satisfies Catalog<'compliance'>;
