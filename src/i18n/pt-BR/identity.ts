/** Brazilian Portuguese: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Como você quer ingressar?',
  guest: 'Ingressar como convidado',
  guestHint: 'Digite seu nome. Talvez alguém precise admitir você.',
  m365: 'Entrar com uma conta corporativa ou de estudante',
  m365Hint: 'Ingresse como você mesmo com sua conta do Microsoft 365. Uma janela de entrada será aberta.',
  signInJoin: 'Entrar e ingressar',
} satisfies Catalog<'identity'>;
