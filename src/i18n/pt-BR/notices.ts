/** Brazilian Portuguese: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Aguardando alguém na reunião admitir você.',
    reconnecting: 'Conexão perdida. Reconectando…',
    reconnected: 'Você está conectado novamente.',
    'muted-by-others': 'Alguém na reunião desativou seu microfone.',
    'permission-denied': 'Seu navegador está bloqueando a câmera ou o microfone.',
    'media-permission-denied': 'Seu navegador está bloqueando a câmera ou o microfone.',
    network: 'Sua conexão de rede está instável. O áudio e o vídeo podem ficar ruins.',
    'device-failed': 'Sua câmera ou seu microfone parou de funcionar.',
    denied: 'Alguém na reunião recusou sua solicitação para ingressar.',
    removed: 'Você foi removido da reunião.',
    'meeting-ended': 'A reunião foi encerrada.',
    'lobby-timeout': 'Ninguém admitiu você, então sua solicitação para ingressar expirou.',
    'call-failed': 'A chamada foi encerrada por causa de um problema.',
    'no-microphone': 'Nenhum microfone está conectado. Os outros não ouvem você até que você conecte um.',
    'no-camera': 'Nenhuma câmera está conectada.',
    'microphone-switched': 'Seu microfone foi desconectado. Outro microfone está em uso agora.',
    'camera-switched': 'Sua câmera foi desconectada. Outra câmera está em uso agora.',
    'speaker-switched': 'Seu alto-falante ou fone de ouvido foi desconectado. O som agora sai por outro dispositivo.',
  },
  permissionHelp:
    'Para permitir, selecione o ícone de configurações do site à esquerda da barra de endereços, defina Câmera e Microfone como Permitir e tente novamente.',
  lobbyElapsed: 'Aguardando há {time}',
  actions: {
    rejoin: 'Ingressar novamente',
    retry: 'Tentar novamente',
    cancel: 'Cancelar ingresso',
    'fix-permissions': 'Tentar novamente',
    dismiss: 'Ignorar',
  },
  dismiss: 'Ignorar o aviso',
  unknown: 'Algo deu errado ({code}).',
} satisfies Catalog<'notices'>;
