/** Norwegian Bokmål: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Høyttaler',
  devices: 'Enhetsinnstillinger',
  mediaDenied: 'Nettleseren blokkerte kameraet og mikrofonen. Du kan fortsatt bli med med kameraet av og lytte. Hvis du vil bruke dem, må du tillate tilgang i nettleserens nettstedsinnstillinger og laste inn siden på nytt.',
  cameraDenied: 'Nettleseren blokkerte kameraet. Du kan fortsatt bli med med kameraet av.',
  micDenied: 'Nettleseren blokkerte mikrofonen. Du kan fortsatt bli med og lytte. Hvis du vil snakke, må du tillate tilgang i nettleserens nettstedsinnstillinger.',
  noCamera: 'Fant ikke noe kamera. Du kan bli med med kameraet av.',
  noMicrophone: 'Fant ingen mikrofon. Du kan bli med og lytte.',
  deviceFailed: 'Kameraet eller mikrofonen kunne ikke startes. Den kan være i bruk av en annen app.',
} satisfies Catalog<'core-media'>;
