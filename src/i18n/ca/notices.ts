/** Catalan: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Esperant que algú de la reunió et deixi entrar.',
    reconnecting: 'S’ha perdut la connexió. S’està tornant a connectar…',
    reconnected: 'Tornes a estar connectat.',
    'muted-by-others': 'Algú de la reunió ha silenciat el teu micròfon.',
    'permission-denied': 'El navegador està bloquejant la càmera o el micròfon.',
    'media-permission-denied': 'El navegador està bloquejant la càmera o el micròfon.',
    network: 'La connexió de xarxa és inestable. L’àudio i el vídeo poden ser de mala qualitat.',
    'device-failed': 'La càmera o el micròfon ha deixat de funcionar.',
    denied: 'Algú de la reunió ha rebutjat la teva sol·licitud per unir-t’hi.',
    removed: 'T’han tret de la reunió.',
    'meeting-ended': 'La reunió ha finalitzat.',
    'lobby-timeout': 'Ningú t’ha deixat entrar, així que la teva sol·licitud per unir-t’hi ha caducat.',
    'call-failed': 'La trucada ha finalitzat a causa d’un problema.',
    'no-microphone': 'No hi ha cap micròfon connectat. Els altres no et poden sentir fins que en connectis un.',
    'no-camera': 'No hi ha cap càmera connectada.',
    'microphone-switched': 'S’ha desconnectat el micròfon. Ara s’està fent servir un altre micròfon.',
    'camera-switched': 'S’ha desconnectat la càmera. Ara s’està fent servir una altra càmera.',
    'speaker-switched': 'S’ha desconnectat l’altaveu o els auriculars. Ara el so es reprodueix en un altre dispositiu.',
  },
  permissionHelp: 'Per permetre’ls, selecciona la icona de configuració del lloc a l’esquerra de la barra d’adreces, posa Càmera i Micròfon a Permet i torna-ho a provar.',
  lobbyElapsed: 'Fa {time} que esperes',
  actions: {
    rejoin: 'Torna a unir-t’hi',
    retry: 'Torna-ho a provar',
    cancel: 'Cancel·la la unió',
    'fix-permissions': 'Torna-ho a provar',
    dismiss: 'Descarta',
  },
  dismiss: 'Descarta l’avís',
  unknown: 'S’ha produït un error ({code}).',
} satisfies Catalog<'notices'>;
