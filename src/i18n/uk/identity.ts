/** Ukrainian: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Як ви хочете приєднатися?',
  guest: 'Приєднатися як гість',
  guestHint: 'Введіть своє ім’я. Можливо, комусь доведеться вас впустити.',
  m365: 'Увійти з робочим або навчальним обліковим записом',
  m365Hint: 'Приєднайтеся під своїм іменем з обліковим записом Microsoft 365. Відкриється вікно входу.',
  signInJoin: 'Увійти й приєднатися',
} satisfies Catalog<'identity'>;
