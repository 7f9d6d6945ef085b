/** Dutch: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Luidspreker',
  devices: 'Apparaatinstellingen',
  mediaDenied: 'Je browser heeft de camera en microfoon geblokkeerd. Je kunt nog steeds deelnemen met je camera uit en luisteren. Als je ze wilt gebruiken, sta de toegang toe in de site-instellingen van je browser en laad de pagina opnieuw.',
  cameraDenied: 'Je browser heeft de camera geblokkeerd. Je kunt nog steeds deelnemen met je camera uit.',
  micDenied: 'Je browser heeft de microfoon geblokkeerd. Je kunt nog steeds deelnemen en luisteren. Als je wilt praten, sta de toegang toe in de site-instellingen van je browser.',
  noCamera: 'Er is geen camera gevonden. Je kunt deelnemen met je camera uit.',
  noMicrophone: 'Er is geen microfoon gevonden. Je kunt deelnemen en luisteren.',
  deviceFailed: 'Je camera of microfoon kan niet worden gestart. Mogelijk wordt die door een andere app gebruikt.',
} satisfies Catalog<'core-media'>;
