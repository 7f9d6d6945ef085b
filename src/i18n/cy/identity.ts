/** Welsh: identity (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Sut hoffech chi ymuno?',
  guest: 'Ymuno fel gwestai',
  guestHint: 'Rhowch eich enw. Efallai y bydd angen i rywun eich gadael i mewn.',
  m365: 'Mewngofnodi gyda chyfrif gwaith neu ysgol',
  m365Hint: 'Ymunwch fel chi eich hun gyda’ch cyfrif Microsoft 365. Bydd ffenestr mewngofnodi’n agor.',
  signInJoin: 'Mewngofnodi ac ymuno',
} satisfies Catalog<'identity'>;
