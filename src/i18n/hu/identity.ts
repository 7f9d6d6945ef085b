/** Hungarian: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Hogyan szeretne csatlakozni?',
  guest: 'Csatlakozás vendégként',
  guestHint: 'Adja meg a nevét. Lehet, hogy valakinek be kell engednie.',
  m365: 'Bejelentkezés munkahelyi vagy iskolai fiókkal',
  m365Hint: 'Csatlakozzon saját magaként a Microsoft 365-fiókjával. Megnyílik egy bejelentkezési ablak.',
  signInJoin: 'Bejelentkezés és csatlakozás',
} satisfies Catalog<'identity'>;
