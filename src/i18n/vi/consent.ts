/** Vietnamese: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Cuộc họp này yêu cầu sự đồng ý của bạn',
  recording: 'Cuộc họp đang được ghi: bản ghi bao gồm giọng nói, video của bạn và mọi nội dung bạn chia sẻ trên màn hình.',
  transcription: 'Cuộc họp đang được phiên âm: bản phiên âm bao gồm những gì bạn nói, kèm theo tên của bạn.',
  mediaOff: 'Micrô, camera và chia sẻ màn hình của bạn sẽ tắt cho đến khi bạn đồng ý.',
  agree: 'Tôi đồng ý',
  leave: 'Rời khỏi',
  privacy: 'Cách dữ liệu của bạn được sử dụng (chính sách quyền riêng tư)',
  opensInNewTab: '(mở trong tab mới)',
  sending: 'Đang gửi sự đồng ý của bạn…',
  failed: 'Không thể gửi sự đồng ý của bạn tới cuộc họp. Vui lòng thử lại.',
} satisfies Catalog<'consent'>;
