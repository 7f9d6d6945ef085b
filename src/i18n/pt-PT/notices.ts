/** European Portuguese: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'À espera que alguém na reunião o admita.',
    reconnecting: 'Ligação perdida. A restabelecer a ligação…',
    reconnected: 'A ligação foi restabelecida.',
    'muted-by-others': 'Alguém na reunião desativou o som do seu microfone.',
    'permission-denied': 'O browser está a bloquear a câmara ou o microfone.',
    'media-permission-denied': 'O browser está a bloquear a câmara ou o microfone.',
    network: 'A sua ligação de rede está instável. O áudio e o vídeo podem ter má qualidade.',
    'device-failed': 'A câmara ou o microfone deixou de funcionar.',
    denied: 'Alguém na reunião recusou o seu pedido para participar.',
    removed: 'Foi removido da reunião.',
    'meeting-ended': 'A reunião terminou.',
    'lobby-timeout': 'Ninguém o admitiu, pelo que o seu pedido para participar expirou.',
    'call-failed': 'A chamada terminou devido a um problema.',
    'no-microphone': 'Não há nenhum microfone ligado. Os outros não o ouvem até ligar um.',
    'no-camera': 'Não há nenhuma câmara ligada.',
    'microphone-switched': 'O microfone foi desligado. Está agora a ser utilizado outro microfone.',
    'camera-switched': 'A câmara foi desligada. Está agora a ser utilizada outra câmara.',
    'speaker-switched': 'O altifalante ou os auscultadores foram desligados. O som é agora reproduzido noutro dispositivo.',
  },
  permissionHelp: 'Para os permitir, selecione o ícone das definições do site à esquerda da barra de endereço, defina Câmara e Microfone como Permitir e tente novamente.',
  lobbyElapsed: 'À espera há {time}',
  actions: {
    rejoin: 'Voltar a participar',
    retry: 'Tentar novamente',
    cancel: 'Cancelar a participação',
    'fix-permissions': 'Tentar novamente',
    dismiss: 'Dispensar',
  },
  dismiss: 'Dispensar o aviso',
  unknown: 'Ocorreu um problema ({code}).',
} satisfies Catalog<'notices'>;
