/** Vietnamese: compliance (see src/i18n/en/compliance.ts for what each key is for). A legal notice: translated in full. */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Đã bắt đầu ghi. Khi tiếp tục ở lại cuộc họp này, bạn đồng ý để mình được ghi lại.',
  'transcription-started': 'Đã bắt đầu phiên âm. Khi tiếp tục ở lại cuộc họp này, bạn đồng ý để lời nói của mình được phiên âm.',
  'both-started':
    'Đã bắt đầu ghi và phiên âm. Khi tiếp tục ở lại cuộc họp này, bạn đồng ý để mình được ghi lại và để lời nói của mình được phiên âm.',
  'recording-stopped': 'Đã dừng ghi. Bản ghi đang được lưu.',
  'transcription-stopped': 'Đã dừng phiên âm.',
  'both-stopped': 'Đã dừng ghi và phiên âm. Bản ghi đang được lưu.',
  'recording-stopped-transcription-continues': 'Đã dừng ghi và bản ghi đang được lưu. Phiên âm vẫn đang bật.',
  'transcription-stopped-recording-continues': 'Đã dừng phiên âm. Việc ghi vẫn đang bật.',
  privacyPolicy: 'Chính sách quyền riêng tư',
  opensInNewTab: '(mở trong tab mới)',
  dismiss: 'Ẩn thông báo ghi',
  indicatorRecording: 'Đang ghi',
  indicatorTranscribing: 'Đang phiên âm',
  indicatorBoth: 'Đang ghi và phiên âm',
  showNotice: '{status}. Hiển thị thông báo',
  mayBeRecorded: 'Cuộc họp này có thể đang được ghi hoặc phiên âm.',
  consentStarted: {
    'recording-started': 'Đã bắt đầu ghi. Cuộc họp này yêu cầu sự đồng ý rõ ràng của bạn.',
    'transcription-started': 'Đã bắt đầu phiên âm. Cuộc họp này yêu cầu sự đồng ý rõ ràng của bạn.',
    'both-started': 'Đã bắt đầu ghi và phiên âm. Cuộc họp này yêu cầu sự đồng ý rõ ràng của bạn.',
  },
} satisfies Catalog<'compliance'>;
