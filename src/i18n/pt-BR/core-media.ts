/** Brazilian Portuguese: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Alto-falante',
  devices: 'Configurações do dispositivo',
  mediaDenied:
    'Seu navegador bloqueou a câmera e o microfone. Você ainda pode ingressar com a câmera desligada e ouvir. Para usá-los, permita o acesso nas configurações do site no navegador e recarregue a página.',
  cameraDenied: 'Seu navegador bloqueou a câmera. Você ainda pode ingressar com a câmera desligada.',
  micDenied: 'Seu navegador bloqueou o microfone. Você ainda pode ingressar e ouvir. Para falar, permita o acesso nas configurações do site no navegador.',
  noCamera: 'Nenhuma câmera foi encontrada. Você pode ingressar com a câmera desligada.',
  noMicrophone: 'Nenhum microfone foi encontrado. Você pode ingressar e ouvir.',
  deviceFailed: 'Não foi possível iniciar sua câmera ou seu microfone. Talvez outro aplicativo esteja usando.',
} satisfies Catalog<'core-media'>;
