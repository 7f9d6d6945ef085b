/** Korean: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: '어떻게 참가하시겠습니까?',
  guest: '게스트로 참가',
  guestHint: '이름을 입력하세요. 누군가 입장을 허락해야 할 수도 있습니다.',
  m365: '회사 또는 학교 계정으로 로그인',
  m365Hint: 'Microsoft 365 계정을 사용하여 본인으로 참가합니다. 로그인 창이 열립니다.',
  signInJoin: '로그인하고 참가',
} satisfies Catalog<'identity'>;
