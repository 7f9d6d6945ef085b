/**
 * Canadian French (fr-CA): guest, written as a delta over French (fr) (../fr/guest.ts): only the strings a native writer
 * changes for this region are here; the rest are French (fr)'s (see src/i18n/en/guest.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../fr/guest.js';

export default {
  ...base,
  // background effects and noise suppression
  effects: 'Effets d’arrière-plan',
  effectNone: 'Aucun',
  effectBlur: 'Flou',
  effectImage: 'Image d’arrière-plan {n}',
  effectApplied: 'Arrière-plan : {effect}',
  effectFailed: 'L’effet d’arrière-plan n’a pas pu être appliqué.',
  noiseSuppression: 'Suppression du bruit',
  noiseSuppressionOn: 'Suppression du bruit activée',
  noiseSuppressionOff: 'Suppression du bruit désactivée',
  noiseSuppressionFailed: 'La suppression du bruit n’a pas pu être modifiée.',
} satisfies Catalog<'guest'>;
