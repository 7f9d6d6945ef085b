/** Danish: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Højttaler',
  devices: 'Enhedsindstillinger',
  mediaDenied: 'Din browser blokerede kameraet og mikrofonen. Du kan stadig deltage med kameraet slået fra og lytte med. Hvis du vil bruge dem, skal du tillade adgang i browserens webstedsindstillinger og genindlæse siden.',
  cameraDenied: 'Din browser blokerede kameraet. Du kan stadig deltage med kameraet slået fra.',
  micDenied: 'Din browser blokerede mikrofonen. Du kan stadig deltage og lytte med. Hvis du vil tale, skal du tillade adgang i browserens webstedsindstillinger.',
  noCamera: 'Der blev ikke fundet noget kamera. Du kan deltage med kameraet slået fra.',
  noMicrophone: 'Der blev ikke fundet nogen mikrofon. Du kan deltage og lytte med.',
  deviceFailed: 'Dit kamera eller din mikrofon kunne ikke startes. Den bruges måske af en anden app.',
} satisfies Catalog<'core-media'>;
