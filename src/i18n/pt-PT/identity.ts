/** European Portuguese: identity (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Como pretende participar?',
  guest: 'Participar como convidado',
  guestHint: 'Introduza o seu nome. Pode ser preciso que alguém o admita.',
  m365: 'Iniciar sessão com uma conta escolar ou profissional',
  m365Hint: 'Participe com a sua identidade através da conta Microsoft 365. Abre-se uma janela de início de sessão.',
  signInJoin: 'Iniciar sessão e participar',
} satisfies Catalog<'identity'>;
