/** Japanese: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'この会議ウィジェットには会議のリンクがありません。サイト側で meeting-link または meeting-id を設定する必要があります。',
  'conflicting-locators': 'この会議ウィジェットには会議のリンクと会議 ID の両方が設定されています。サイト側でどちらか一方だけを設定する必要があります。',
  'invalid-link': '会議のリンクが有効な Teams 会議のリンクではありません。',
  'link-not-https': '会議のリンクは https:// で始まる必要があります。',
  'link-not-teams': '会議のリンクが Microsoft Teams を指していません。',
  'link-unsafe-scheme': '会議のリンクが Web アドレスではないため、拒否されました。',
  'link-gcc-unsupported': 'Microsoft 365 の政府機関向けクラウドの会議には、このページから参加できません。',
  'link-consumer-unsupported': '個人用アカウント (teams.live.com) の Teams 会議には、このページから参加できません。',
  'link-webinar-unsupported': 'ウェビナー、タウン ホール、ライブ イベントには、このページから参加できません。',
  'invalid-meeting-id': '会議 ID またはパスコードが無効です。',
  'missing-token-source': 'この会議ウィジェットはサインインするように設定されていません。サイト側で token-url または tokenProvider を設定する必要があります。',
  'invalid-identity': 'identity の設定は "acs"、"teams"、"choice" のいずれかである必要があります。',
  'invalid-m365-setup': 'Microsoft 365 のサインインには、aad-client-id と teams-token-url、または teamsTokenProvider が必要です。',
  'invalid-emulator-url': 'エミュレーターのアドレスは、http://localhost:8080 のようにポートを含むローカル アドレスである必要があります。',
} satisfies Catalog<'core-config'>;
