/** Brazilian Portuguese: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Esta reunião pede seu consentimento',
  recording:
    'A reunião está sendo gravada: a gravação inclui sua voz, seu vídeo e tudo o que você compartilhar na tela.',
  transcription: 'A reunião está sendo transcrita: a transcrição inclui o que você disser, com seu nome.',
  mediaOff: 'Seu microfone, sua câmera e o compartilhamento de tela ficam desativados até você concordar.',
  agree: 'Concordo',
  leave: 'Sair',
  privacy: 'Como seus dados são usados (política de privacidade)',
  opensInNewTab: '(abre em uma nova guia)',
  sending: 'Enviando seu consentimento…',
  failed: 'Não foi possível enviar seu consentimento para a reunião. Tente novamente.',
} satisfies Catalog<'consent'>;
