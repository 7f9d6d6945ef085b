/** Vietnamese: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Đang chờ một người trong cuộc họp cho bạn vào.',
    reconnecting: 'Mất kết nối. Đang kết nối lại…',
    reconnected: 'Bạn đã kết nối lại.',
    'muted-by-others': 'Một người trong cuộc họp đã tắt tiếng micrô của bạn.',
    'permission-denied': 'Trình duyệt của bạn đang chặn camera hoặc micrô.',
    'media-permission-denied': 'Trình duyệt của bạn đang chặn camera hoặc micrô.',
    network: 'Kết nối mạng của bạn không ổn định. Âm thanh và video có thể kém.',
    'device-failed': 'Camera hoặc micrô của bạn đã ngừng hoạt động.',
    denied: 'Một người trong cuộc họp đã từ chối yêu cầu tham gia của bạn.',
    removed: 'Bạn đã bị xóa khỏi cuộc họp.',
    'meeting-ended': 'Cuộc họp đã kết thúc.',
    'lobby-timeout': 'Không ai cho bạn vào nên yêu cầu tham gia của bạn đã hết thời gian chờ.',
    'call-failed': 'Cuộc gọi đã kết thúc do gặp sự cố.',
    'no-microphone': 'Chưa kết nối micrô. Người khác sẽ không nghe thấy bạn cho đến khi bạn kết nối micrô.',
    'no-camera': 'Chưa kết nối camera.',
    'microphone-switched': 'Micrô của bạn đã bị ngắt kết nối. Hiện đang dùng một micrô khác.',
    'camera-switched': 'Camera của bạn đã bị ngắt kết nối. Hiện đang dùng một camera khác.',
    'speaker-switched': 'Loa hoặc tai nghe của bạn đã bị ngắt kết nối. Âm thanh hiện phát trên một thiết bị khác.',
  },
  permissionHelp:
    'Để cho phép, hãy chọn biểu tượng cài đặt trang web ở bên trái thanh địa chỉ, đặt Camera và Micrô thành Cho phép, rồi thử lại.',
  lobbyElapsed: 'Đã chờ {time}',
  actions: {
    rejoin: 'Tham gia lại',
    retry: 'Thử lại',
    cancel: 'Hủy tham gia',
    'fix-permissions': 'Thử lại',
    dismiss: 'Bỏ qua',
  },
  dismiss: 'Bỏ qua thông báo',
  unknown: 'Đã xảy ra lỗi ({code}).',
} satisfies Catalog<'notices'>;
