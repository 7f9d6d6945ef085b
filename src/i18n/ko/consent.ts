/** Korean: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: '이 모임은 회원님의 동의를 요청합니다',
  recording: '모임이 녹음/녹화되고 있습니다. 녹음/녹화에는 회원님의 음성, 비디오 및 화면에 공유하는 모든 내용이 포함됩니다.',
  transcription: '모임이 전사되고 있습니다. 대화 내용에는 회원님이 말한 내용이 이름과 함께 포함됩니다.',
  mediaOff: '동의할 때까지 마이크, 카메라 및 화면 공유는 꺼진 상태로 유지됩니다.',
  agree: '동의함',
  leave: '나가기',
  privacy: '데이터 사용 방식(개인정보처리방침)',
  opensInNewTab: '(새 탭에서 열림)',
  sending: '동의를 보내는 중…',
  failed: '동의를 모임에 보낼 수 없습니다. 다시 시도하세요.',
} satisfies Catalog<'consent'>;
