/** Turkish: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Nasıl katılmak istiyorsunuz?',
  guest: 'Konuk olarak katıl',
  guestHint: 'Adınızı girin. Birinin sizi içeri alması gerekebilir.',
  m365: 'İş veya okul hesabıyla oturum açın',
  m365Hint: 'Microsoft 365 hesabınızla kendi adınıza katılın. Bir oturum açma penceresi açılır.',
  signInJoin: 'Oturum aç ve katıl',
} satisfies Catalog<'identity'>;
