/** Simplified Chinese: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': '此会议小组件没有会议链接。网站需要设置 meeting-link 或 meeting-id。',
  'conflicting-locators': '此会议小组件同时具有会议链接和会议 ID。网站只需设置其中一个。',
  'invalid-link': '此会议链接不是有效的 Teams 会议链接。',
  'link-not-https': '会议链接必须以 https:// 开头。',
  'link-not-teams': '此会议链接未指向 Microsoft Teams。',
  'link-unsafe-scheme': '此会议链接不是网址，已被拒绝。',
  'link-gcc-unsupported': '无法从此页面加入 Microsoft 365 政府云中的会议。',
  'link-consumer-unsupported': '无法从此页面加入个人帐户 (teams.live.com) 的 Teams 会议。',
  'link-webinar-unsupported': '无法从此页面加入网络研讨会、市政厅会议和实时活动。',
  'invalid-meeting-id': '会议 ID 或密码无效。',
  'missing-token-source': '此会议小组件未设置登录。网站需要设置 token-url 或 tokenProvider。',
  'invalid-identity': 'identity 设置必须为 "acs"、"teams" 或 "choice"。',
  'invalid-m365-setup': 'Microsoft 365 登录需要 aad-client-id 和 teams-token-url，或 teamsTokenProvider。',
  'invalid-emulator-url': '模拟器地址必须是带端口的本地地址，例如 http://localhost:8080。',
} satisfies Catalog<'core-config'>;
