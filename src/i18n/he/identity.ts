/** Hebrew: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'איך ברצונך להצטרף?',
  guest: 'הצטרף כאורח',
  guestHint: 'הזן את שמך. ייתכן שמישהו יצטרך להכניס אותך.',
  m365: 'היכנס עם חשבון עבודה או בית ספר',
  m365Hint: 'הצטרף בשמך עם חשבון Microsoft 365 שלך. ייפתח חלון כניסה.',
  signInJoin: 'היכנס והצטרף',
} satisfies Catalog<'identity'>;
