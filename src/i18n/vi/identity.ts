/** Vietnamese: identity chooser (see src/i18n/en/identity.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  legend: 'Bạn muốn tham gia bằng cách nào?',
  guest: 'Tham gia với tư cách khách',
  guestHint: 'Nhập tên của bạn. Có thể cần có người cho bạn vào.',
  m365: 'Đăng nhập bằng tài khoản cơ quan hoặc trường học',
  m365Hint: 'Tham gia với danh tính của chính bạn bằng tài khoản Microsoft 365. Một cửa sổ đăng nhập sẽ mở ra.',
  signInJoin: 'Đăng nhập và tham gia',
} satisfies Catalog<'identity'>;
