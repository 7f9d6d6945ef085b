/** Korean: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Teams 모임',
  prejoinTitle: '모임 참가',
  nameLabel: '이름',
  nameRequired: '참가하려면 이름을 입력하세요.',
  nameCount: '{count}/{max}자',
  preview: '카메라 미리 보기',
  previewStarting: '카메라를 시작하는 중…',
  cameraOff: '카메라가 꺼져 있습니다',
  microphone: '마이크',
  camera: '카메라',
  join: '지금 참가',
  joining: '모임에 참가하는 중…',
  failedTitle: '모임에 참가할 수 없습니다',
  configTitle: '이 모임에는 참가할 수 없습니다',
  retry: '다시 시도',
  errors: {
    'invalid-display-name': '참가하려면 이름을 입력하세요.',
    'sdk-load-failed': '모임 소프트웨어를 로드할 수 없습니다. 연결을 확인하고 다시 시도하세요.',
  },
} satisfies Catalog<'core'>;
