/** Czech: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Jak se chcete připojit?',
  guest: 'Připojit se jako host',
  guestHint: 'Zadejte své jméno. Možná vás bude muset někdo pustit dovnitř.',
  m365: 'Přihlásit se pracovním nebo školním účtem',
  m365Hint: 'Připojte se jako vy se svým účtem Microsoft 365. Otevře se přihlašovací okno.',
  signInJoin: 'Přihlásit se a připojit',
} satisfies Catalog<'identity'>;
