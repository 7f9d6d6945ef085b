/** European Portuguese: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Altifalante',
  devices: 'Definições do dispositivo',
  mediaDenied: 'O browser bloqueou a câmara e o microfone. Pode participar na mesma com a câmara desligada e ouvir. Para os utilizar, permita o acesso nas definições do site do browser e recarregue a página.',
  cameraDenied: 'O browser bloqueou a câmara. Pode participar na mesma com a câmara desligada.',
  micDenied: 'O browser bloqueou o microfone. Pode participar na mesma e ouvir. Para falar, permita o acesso nas definições do site do browser.',
  noCamera: 'Não foi encontrada nenhuma câmara. Pode participar com a câmara desligada.',
  noMicrophone: 'Não foi encontrado nenhum microfone. Pode participar e ouvir.',
  deviceFailed: 'Não foi possível iniciar a câmara ou o microfone. Pode estar a ser utilizado por outra aplicação.',
} satisfies Catalog<'core-media'>;
