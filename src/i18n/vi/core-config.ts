/** Vietnamese: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'Tiện ích cuộc họp này không có liên kết cuộc họp. Trang web cần đặt meeting-link hoặc meeting-id.',
  'conflicting-locators': 'Tiện ích cuộc họp này có cả liên kết cuộc họp và ID cuộc họp. Trang web chỉ cần đặt một trong hai.',
  'invalid-link': 'Liên kết cuộc họp không phải là liên kết cuộc họp Teams hợp lệ.',
  'link-not-https': 'Liên kết cuộc họp phải bắt đầu bằng https://.',
  'link-not-teams': 'Liên kết cuộc họp không trỏ đến Microsoft Teams.',
  'link-unsafe-scheme': 'Liên kết cuộc họp không phải là địa chỉ web và đã bị từ chối.',
  'link-gcc-unsupported': 'Không thể tham gia cuộc họp trong đám mây chính phủ của Microsoft 365 từ trang này.',
  'link-consumer-unsupported': 'Không thể tham gia cuộc họp Teams của tài khoản cá nhân (teams.live.com) từ trang này.',
  'link-webinar-unsupported': 'Không thể tham gia hội thảo trên web, cuộc họp toàn thể và sự kiện trực tiếp từ trang này.',
  'invalid-meeting-id': 'ID cuộc họp hoặc mật mã không hợp lệ.',
  'missing-token-source': 'Tiện ích cuộc họp này chưa được thiết lập để đăng nhập. Trang web cần đặt token-url hoặc tokenProvider.',
  'invalid-identity': 'Cài đặt identity phải là "acs", "teams" hoặc "choice".',
  'invalid-m365-setup': 'Đăng nhập Microsoft 365 cần aad-client-id và teams-token-url, hoặc teamsTokenProvider.',
  'invalid-emulator-url': 'Địa chỉ trình giả lập phải là địa chỉ cục bộ có cổng, chẳng hạn như http://localhost:8080.',
} satisfies Catalog<'core-config'>;
