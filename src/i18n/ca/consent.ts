/** Catalan: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Aquesta reunió et demana el consentiment',
  recording: 'La reunió s’està enregistrant: l’enregistrament inclou la teva veu, el teu vídeo i tot el que comparteixis a la pantalla.',
  transcription: 'La reunió s’està transcrivint: la transcripció inclou el que dius, amb el teu nom.',
  mediaOff: 'El micròfon, la càmera i la compartició de pantalla continuen desactivats fins que acceptis.',
  agree: 'Accepto',
  leave: 'Surt',
  privacy: 'Com es fan servir les teves dades (política de privadesa)',
  opensInNewTab: '(s’obre en una pestanya nova)',
  sending: 'S’està enviant el teu consentiment…',
  failed: 'No s’ha pogut enviar el teu consentiment a la reunió. Torna-ho a provar.',
} satisfies Catalog<'consent'>;
