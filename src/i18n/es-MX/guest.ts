/**
 * Mexican Spanish (es-MX): guest, written as a delta over Spanish (es) (../es/guest.ts): only the strings a native writer
 * changes for this region are here; the rest are Spanish (es)'s (see src/i18n/en/guest.ts for what each key is for).
 */
import type { Catalog } from '../types.js';
import base from '../es/guest.js';

export default {
  ...base,
  captionsRegion: 'Subtítulos en vivo',
  reactedOne: '{name} reaccionó con {reaction}',
  spotlightEnded: 'El foco terminó',
  breakoutAssigned: 'Se le asignó a la sala para grupos pequeños {room}.',
  breakoutMovedIn: 'Se le movió a la sala para grupos pequeños {room}.',
  breakoutFailed: 'No funcionó. Inténtelo de nuevo.',
  // background effects and noise suppression
  effects: 'Efectos de fondo',
  effectNone: 'Ninguno',
  effectBlur: 'Desenfocar',
  effectImage: 'Imagen de fondo {n}',
  effectApplied: 'Fondo: {effect}',
  effectFailed: 'No se pudo aplicar el efecto de fondo.',
  noiseSuppression: 'Supresión de ruido',
  noiseSuppressionOn: 'Supresión de ruido activada',
  noiseSuppressionOff: 'Supresión de ruido desactivada',
  noiseSuppressionFailed: 'No se pudo cambiar la supresión de ruido.',
} satisfies Catalog<'guest'>;
