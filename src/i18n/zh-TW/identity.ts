/** Traditional Chinese (Taiwan): identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: '您要如何加入？',
  guest: '以來賓身分加入',
  guestHint: '輸入您的名稱。可能需要有人准許您進入。',
  m365: '使用公司或學校帳戶登入',
  m365Hint: '使用您的 Microsoft 365 帳戶以本人身分加入。將會開啟登入視窗。',
  signInJoin: '登入並加入',
} satisfies Catalog<'identity'>;
