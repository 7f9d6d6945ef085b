/** Korean: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': '이 모임 위젯에 모임 링크가 없습니다. 사이트에서 meeting-link 또는 meeting-id를 설정해야 합니다.',
  'conflicting-locators': '이 모임 위젯에 모임 링크와 모임 ID가 모두 있습니다. 사이트에서 하나만 설정해야 합니다.',
  'invalid-link': '모임 링크가 올바른 Teams 모임 링크가 아닙니다.',
  'link-not-https': '모임 링크는 https://로 시작해야 합니다.',
  'link-not-teams': '모임 링크가 Microsoft Teams를 가리키지 않습니다.',
  'link-unsafe-scheme': '모임 링크가 웹 주소가 아니어서 거부되었습니다.',
  'link-gcc-unsupported': 'Microsoft 365 정부 클라우드의 모임에는 이 페이지에서 참가할 수 없습니다.',
  'link-consumer-unsupported': '개인 계정(teams.live.com)의 Teams 모임에는 이 페이지에서 참가할 수 없습니다.',
  'link-webinar-unsupported': '웨비나, 타운 홀 및 라이브 이벤트에는 이 페이지에서 참가할 수 없습니다.',
  'invalid-meeting-id': '모임 ID 또는 암호가 올바르지 않습니다.',
  'missing-token-source': '이 모임 위젯은 로그인하도록 설정되지 않았습니다. 사이트에서 token-url 또는 tokenProvider를 설정해야 합니다.',
  'invalid-identity': 'identity 설정은 "acs", "teams" 또는 "choice"여야 합니다.',
  'invalid-m365-setup': 'Microsoft 365 로그인에는 aad-client-id와 teams-token-url 또는 teamsTokenProvider가 필요합니다.',
  'invalid-emulator-url': '에뮬레이터 주소는 http://localhost:8080처럼 포트가 포함된 로컬 주소여야 합니다.',
} satisfies Catalog<'core-config'>;
