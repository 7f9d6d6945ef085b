/** Welsh: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Seinydd',
  devices: 'Gosodiadau dyfais',
  mediaDenied: 'Mae eich porwr wedi rhwystro’r camera a’r meicroffon. Gallwch chi ymuno o hyd gyda’ch camera i ffwrdd a gwrando. I’w defnyddio, caniatewch fynediad yng ngosodiadau gwefan eich porwr ac ail-lwythwch y dudalen.',
  cameraDenied: 'Mae eich porwr wedi rhwystro’r camera. Gallwch chi ymuno o hyd gyda’ch camera i ffwrdd.',
  micDenied: 'Mae eich porwr wedi rhwystro’r meicroffon. Gallwch chi ymuno a gwrando o hyd. I siarad, caniatewch fynediad yng ngosodiadau gwefan eich porwr.',
  noCamera: 'Heb ddod o hyd i gamera. Gallwch chi ymuno gyda’ch camera i ffwrdd.',
  noMicrophone: 'Heb ddod o hyd i feicroffon. Gallwch chi ymuno a gwrando.',
  deviceFailed: 'Doedd dim modd dechrau eich camera neu’ch meicroffon. Efallai ei fod yn cael ei ddefnyddio gan ap arall.',
} satisfies Catalog<'core-media'>;
