/** Hungarian: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Hangszóró',
  devices: 'Eszközbeállítások',
  mediaDenied:
    'A böngésző letiltotta a kamerát és a mikrofont. Kikapcsolt kamerával így is csatlakozhat, és hallgathatja az értekezletet. A használatukhoz engedélyezze a hozzáférést a böngésző webhelybeállításaiban, majd töltse be újra a lapot.',
  cameraDenied: 'A böngésző letiltotta a kamerát. Kikapcsolt kamerával így is csatlakozhat.',
  micDenied:
    'A böngésző letiltotta a mikrofont. Így is csatlakozhat és hallgathatja az értekezletet. Ha beszélni szeretne, engedélyezze a hozzáférést a böngésző webhelybeállításaiban.',
  noCamera: 'Nem található kamera. Kikapcsolt kamerával csatlakozhat.',
  noMicrophone: 'Nem található mikrofon. Csatlakozhat, és hallgathatja az értekezletet.',
  deviceFailed: 'A kamerát vagy a mikrofont nem sikerült elindítani. Lehet, hogy egy másik alkalmazás használja.',
} satisfies Catalog<'core-media'>;
