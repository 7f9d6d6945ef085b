/** Bulgarian: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Как искате да се присъедините?',
  guest: 'Присъединяване като гост',
  guestHint: 'Въведете името си. Може да се наложи някой да ви пусне.',
  m365: 'Влизане със служебен или учебен акаунт',
  m365Hint: 'Присъединете се от свое име с акаунта си в Microsoft 365. Ще се отвори прозорец за влизане.',
  signInJoin: 'Влизане и присъединяване',
} satisfies Catalog<'identity'>;
