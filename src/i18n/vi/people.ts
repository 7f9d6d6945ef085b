/** Vietnamese: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { other: '{count} người tham gia' },
  inMeeting: 'Trong cuộc họp',
  lobby: 'Đang chờ trong phòng đợi ({count})',
  you: '{name} (bạn)',
  youFallback: 'Bạn',
  organizer: 'Người tổ chức',
  presenter: 'Người trình bày',
  onHold: 'Đang giữ máy',
  joining: 'Đang tham gia',
  micOn: 'Micrô đang bật',
  micOff: 'Đã tắt tiếng',
  cameraOn: 'Camera đang bật',
  cameraOff: 'Camera đã tắt',
  handRaised: 'Đang giơ tay',
  speaking: 'Đang nói',
  presenting: 'Đang trình bày',
} satisfies Catalog<'people'>;
