/** Russian: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Как вы хотите присоединиться?',
  guest: 'Присоединиться как гость',
  guestHint: 'Введите свое имя. Возможно, кому-то придется вас впустить.',
  m365: 'Войти с рабочей или учебной учетной записью',
  m365Hint: 'Присоединитесь под своим именем с учетной записью Microsoft 365. Откроется окно входа.',
  signInJoin: 'Войти и присоединиться',
} satisfies Catalog<'identity'>;
