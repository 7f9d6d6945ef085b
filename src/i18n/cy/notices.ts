/** Welsh: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Yn aros i rywun yn y cyfarfod eich gadael i mewn.',
    reconnecting: 'Mae’r cysylltiad wedi’i golli. Wrthi’n ailgysylltu…',
    reconnected: 'Rydych chi wedi ailgysylltu.',
    'muted-by-others': 'Mae rhywun yn y cyfarfod wedi tewi eich meicroffon.',
    'permission-denied': 'Mae eich porwr yn rhwystro’r camera neu’r meicroffon.',
    'media-permission-denied': 'Mae eich porwr yn rhwystro’r camera neu’r meicroffon.',
    network: 'Mae eich cysylltiad â’r rhwydwaith yn ansefydlog. Gall y sain a’r fideo fod yn wael.',
    'device-failed': 'Mae eich camera neu’ch meicroffon wedi stopio gweithio.',
    denied: 'Mae rhywun yn y cyfarfod wedi gwrthod eich cais i ymuno.',
    removed: 'Cawsoch eich tynnu o’r cyfarfod.',
    'meeting-ended': 'Mae’r cyfarfod wedi dod i ben.',
    'lobby-timeout': 'Wnaeth neb eich gadael i mewn, felly mae eich cais i ymuno wedi dod i ben.',
    'call-failed': 'Daeth yr alwad i ben oherwydd problem.',
    'no-microphone': 'Does dim meicroffon wedi’i gysylltu. All pobl eraill ddim eich clywed nes i chi gysylltu un.',
    'no-camera': 'Does dim camera wedi’i gysylltu.',
    'microphone-switched': 'Cafodd eich meicroffon ei ddatgysylltu. Mae meicroffon arall yn cael ei ddefnyddio nawr.',
    'camera-switched': 'Cafodd eich camera ei ddatgysylltu. Mae camera arall yn cael ei ddefnyddio nawr.',
    'speaker-switched': 'Cafodd eich seinydd neu’ch clustffonau eu datgysylltu. Mae’r sain yn chwarae ar ddyfais arall nawr.',
  },
  permissionHelp: 'I’w caniatáu, dewiswch eicon gosodiadau’r wefan ar ochr chwith y bar cyfeiriad, gosodwch Camera a Meicroffon i Caniatáu, yna rhowch gynnig arall arni.',
  lobbyElapsed: 'Wedi aros {time}',
  actions: {
    rejoin: 'Ailymuno',
    retry: 'Ceisio eto',
    cancel: 'Canslo ymuno',
    'fix-permissions': 'Ceisio eto',
    dismiss: 'Diystyru',
  },
  dismiss: 'Diystyru’r hysbysiad',
  unknown: 'Aeth rhywbeth o’i le ({code}).',
} satisfies Catalog<'notices'>;
