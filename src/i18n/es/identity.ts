/** Spanish: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: '¿Cómo quiere unirse?',
  guest: 'Unirse como invitado',
  guestHint: 'Escriba su nombre. Es posible que alguien tenga que admitirle.',
  m365: 'Iniciar sesión con una cuenta profesional o educativa',
  m365Hint: 'Únase con su propia identidad con su cuenta de Microsoft 365. Se abrirá una ventana de inicio de sesión.',
  signInJoin: 'Iniciar sesión y unirse',
} satisfies Catalog<'identity'>;
