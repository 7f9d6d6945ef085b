/** Catalan: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Altaveu',
  devices: 'Configuració del dispositiu',
  mediaDenied: 'El navegador ha bloquejat la càmera i el micròfon. Igualment et pots unir amb la càmera desactivada i escoltar. Per fer-los servir, permet-hi l’accés a la configuració del lloc del navegador i torna a carregar la pàgina.',
  cameraDenied: 'El navegador ha bloquejat la càmera. Igualment et pots unir amb la càmera desactivada.',
  micDenied: 'El navegador ha bloquejat el micròfon. Igualment et pots unir i escoltar. Per parlar, permet-hi l’accés a la configuració del lloc del navegador.',
  noCamera: 'No s’ha trobat cap càmera. Et pots unir amb la càmera desactivada.',
  noMicrophone: 'No s’ha trobat cap micròfon. Et pots unir i escoltar.',
  deviceFailed: 'No s’ha pogut iniciar la càmera o el micròfon. Potser l’està fent servir una altra aplicació.',
} satisfies Catalog<'core-media'>;
