/** Simplified Chinese: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: '你希望如何加入？',
  guest: '以来宾身份加入',
  guestHint: '输入你的姓名。可能需要有人允许你进入。',
  m365: '使用工作或学校帐户登录',
  m365Hint: '使用你的 Microsoft 365 帐户以本人身份加入。将打开登录窗口。',
  signInJoin: '登录并加入',
} satisfies Catalog<'identity'>;
