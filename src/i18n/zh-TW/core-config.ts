/** Traditional Chinese (Taiwan): core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': '此會議小工具沒有會議連結。網站必須設定 meeting-link 或 meeting-id。',
  'conflicting-locators': '此會議小工具同時有會議連結和會議識別碼。網站只能設定其中一個。',
  'invalid-link': '此會議連結不是有效的 Teams 會議連結。',
  'link-not-https': '會議連結必須以 https:// 開頭。',
  'link-not-teams': '此會議連結並未指向 Microsoft Teams。',
  'link-unsafe-scheme': '此會議連結不是網址，已遭拒絕。',
  'link-gcc-unsupported': '無法從此頁面加入 Microsoft 365 政府雲端中的會議。',
  'link-consumer-unsupported': '無法從此頁面加入個人帳戶 (teams.live.com) 的 Teams 會議。',
  'link-webinar-unsupported': '無法從此頁面加入網路研討會、全員大會和即時活動。',
  'invalid-meeting-id': '會議識別碼或密碼無效。',
  'missing-token-source': '此會議小工具未設定登入。網站必須設定 token-url 或 tokenProvider。',
  'invalid-identity': 'identity 設定必須是 "acs"、"teams" 或 "choice"。',
  'invalid-m365-setup': 'Microsoft 365 登入需要 aad-client-id 和 teams-token-url，或 teamsTokenProvider。',
  'invalid-emulator-url': '模擬器位址必須是含連接埠的本機位址，例如 http://localhost:8080。',
} satisfies Catalog<'core-config'>;
