/** Welsh: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Mae’r cyfarfod hwn yn gofyn am eich cydsyniad',
  recording: 'Mae’r cyfarfod yn cael ei recordio: mae’r recordiad yn cynnwys eich llais, eich fideo ac unrhyw beth rydych chi’n ei rannu ar y sgrin.',
  transcription: 'Mae’r cyfarfod yn cael ei drawsgrifio: mae’r trawsgrifiad yn cynnwys yr hyn rydych chi’n ei ddweud, gyda’ch enw.',
  mediaOff: 'Bydd eich meicroffon, eich camera a rhannu sgrin yn aros i ffwrdd nes i chi gytuno.',
  agree: 'Rwy’n cytuno',
  leave: 'Gadael',
  privacy: 'Sut mae eich data’n cael eu defnyddio (polisi preifatrwydd)',
  opensInNewTab: '(yn agor mewn tab newydd)',
  sending: 'Wrthi’n anfon eich cydsyniad…',
  failed: 'Doedd dim modd anfon eich cydsyniad i’r cyfarfod. Rhowch gynnig arall arni.',
} satisfies Catalog<'consent'>;
