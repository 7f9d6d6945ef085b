/** Vietnamese: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Cuộc họp Teams',
  prejoinTitle: 'Tham gia cuộc họp',
  nameLabel: 'Tên của bạn',
  nameRequired: 'Vui lòng nhập tên của bạn để tham gia.',
  nameCount: '{count}/{max} ký tự',
  preview: 'Xem trước camera',
  previewStarting: 'Đang khởi động camera…',
  cameraOff: 'Camera của bạn đang tắt',
  microphone: 'Micrô',
  camera: 'Camera',
  join: 'Tham gia ngay',
  joining: 'Đang tham gia cuộc họp…',
  failedTitle: 'Không thể tham gia cuộc họp',
  configTitle: 'Không thể tham gia cuộc họp này',
  retry: 'Thử lại',
  errors: {
    'invalid-display-name': 'Vui lòng nhập tên của bạn để tham gia.',
    'sdk-load-failed': 'Không thể tải phần mềm cuộc họp. Hãy kiểm tra kết nối rồi thử lại.',
  },
} satisfies Catalog<'core'>;
