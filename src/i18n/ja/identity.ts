/** Japanese: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'どの方法で参加しますか?',
  guest: 'ゲストとして参加',
  guestHint: '名前を入力してください。参加の許可が必要な場合があります。',
  m365: '職場または学校アカウントでサインイン',
  m365Hint: 'Microsoft 365 アカウントを使って本人として参加します。サインイン ウィンドウが開きます。',
  signInJoin: 'サインインして参加',
} satisfies Catalog<'identity'>;
