/** European Portuguese: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Esta reunião pede o seu consentimento',
  recording: 'A reunião está a ser gravada: a gravação inclui a sua voz, o seu vídeo e tudo o que partilhar no ecrã.',
  transcription: 'A reunião está a ser transcrita: a transcrição inclui o que diz, com o seu nome.',
  mediaOff: 'O microfone, a câmara e a partilha de ecrã ficam desligados até aceitar.',
  agree: 'Aceito',
  leave: 'Sair',
  privacy: 'Como os seus dados são utilizados (política de privacidade)',
  opensInNewTab: '(abre num novo separador)',
  sending: 'A enviar o seu consentimento…',
  failed: 'Não foi possível enviar o seu consentimento à reunião. Tente novamente.',
} satisfies Catalog<'consent'>;
