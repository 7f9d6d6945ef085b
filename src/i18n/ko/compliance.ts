/** Korean: compliance (see src/i18n/en/compliance.ts for what each key is for). A legal notice: translated in full. */
import type { Catalog } from '../types.js';

export default {
  'recording-started': '녹음/녹화가 시작되었습니다. 이 모임에 계속 참가하면 녹음/녹화되는 것에 동의하는 것입니다.',
  'transcription-started': '전사가 시작되었습니다. 이 모임에 계속 참가하면 발언이 전사되는 것에 동의하는 것입니다.',
  'both-started':
    '녹음/녹화 및 전사가 시작되었습니다. 이 모임에 계속 참가하면 녹음/녹화되고 발언이 전사되는 것에 동의하는 것입니다.',
  'recording-stopped': '녹음/녹화가 중지되었습니다. 녹음/녹화를 저장하는 중입니다.',
  'transcription-stopped': '전사가 중지되었습니다.',
  'both-stopped': '녹음/녹화 및 전사가 중지되었습니다. 녹음/녹화를 저장하는 중입니다.',
  'recording-stopped-transcription-continues': '녹음/녹화가 중지되어 저장하는 중입니다. 전사는 계속 켜져 있습니다.',
  'transcription-stopped-recording-continues': '전사가 중지되었습니다. 녹음/녹화는 계속 켜져 있습니다.',
  privacyPolicy: '개인정보처리방침',
  opensInNewTab: '(새 탭에서 열림)',
  dismiss: '녹음/녹화 알림 숨기기',
  indicatorRecording: '녹음/녹화 중',
  indicatorTranscribing: '전사 중',
  indicatorBoth: '녹음/녹화 및 전사 중',
  showNotice: '{status}. 알림 표시',
  mayBeRecorded: '이 모임은 녹음/녹화되거나 전사될 수 있습니다.',
  consentStarted: {
    'recording-started': '녹음/녹화가 시작되었습니다. 이 모임은 회원님의 명시적인 동의를 요청합니다.',
    'transcription-started': '전사가 시작되었습니다. 이 모임은 회원님의 명시적인 동의를 요청합니다.',
    'both-started': '녹음/녹화 및 전사가 시작되었습니다. 이 모임은 회원님의 명시적인 동의를 요청합니다.',
  },
} satisfies Catalog<'compliance'>;
