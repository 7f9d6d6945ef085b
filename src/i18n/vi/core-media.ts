/** Vietnamese: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Loa',
  devices: 'Cài đặt thiết bị',
  mediaDenied:
    'Trình duyệt của bạn đã chặn camera và micrô. Bạn vẫn có thể tham gia khi tắt camera và lắng nghe. Để sử dụng chúng, hãy cho phép truy cập trong cài đặt trang web của trình duyệt rồi tải lại trang.',
  cameraDenied: 'Trình duyệt của bạn đã chặn camera. Bạn vẫn có thể tham gia khi tắt camera.',
  micDenied: 'Trình duyệt của bạn đã chặn micrô. Bạn vẫn có thể tham gia và lắng nghe. Để nói, hãy cho phép truy cập trong cài đặt trang web của trình duyệt.',
  noCamera: 'Không tìm thấy camera. Bạn có thể tham gia khi tắt camera.',
  noMicrophone: 'Không tìm thấy micrô. Bạn có thể tham gia và lắng nghe.',
  deviceFailed: 'Không thể khởi động camera hoặc micrô của bạn. Có thể một ứng dụng khác đang sử dụng thiết bị.',
} satisfies Catalog<'core-media'>;
