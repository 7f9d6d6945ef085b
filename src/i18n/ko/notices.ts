/** Korean: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': '모임의 누군가가 입장을 허락할 때까지 기다리는 중입니다.',
    reconnecting: '연결이 끊어졌습니다. 다시 연결하는 중…',
    reconnected: '다시 연결되었습니다.',
    'muted-by-others': '모임의 누군가가 회원님의 마이크를 음소거했습니다.',
    'permission-denied': '브라우저에서 카메라 또는 마이크를 차단하고 있습니다.',
    'media-permission-denied': '브라우저에서 카메라 또는 마이크를 차단하고 있습니다.',
    network: '네트워크 연결이 불안정합니다. 오디오와 비디오 품질이 떨어질 수 있습니다.',
    'device-failed': '카메라 또는 마이크가 작동을 멈췄습니다.',
    denied: '모임의 누군가가 참가 요청을 거부했습니다.',
    removed: '모임에서 제거되었습니다.',
    'meeting-ended': '모임이 종료되었습니다.',
    'lobby-timeout': '아무도 입장을 허락하지 않아 참가 요청 시간이 초과되었습니다.',
    'call-failed': '문제가 발생하여 통화가 종료되었습니다.',
    'no-microphone': '연결된 마이크가 없습니다. 마이크를 연결하기 전까지는 다른 사람이 회원님의 말을 들을 수 없습니다.',
    'no-camera': '연결된 카메라가 없습니다.',
    'microphone-switched': '마이크 연결이 끊어졌습니다. 이제 다른 마이크를 사용합니다.',
    'camera-switched': '카메라 연결이 끊어졌습니다. 이제 다른 카메라를 사용합니다.',
    'speaker-switched': '스피커 또는 헤드셋 연결이 끊어졌습니다. 이제 다른 장치에서 소리가 재생됩니다.',
  },
  permissionHelp:
    '허용하려면 주소 표시줄 왼쪽의 사이트 설정 아이콘을 선택하고 카메라와 마이크를 허용으로 설정한 다음 다시 시도하세요.',
  lobbyElapsed: '대기 시간 {time}',
  actions: {
    rejoin: '다시 참가',
    retry: '다시 시도',
    cancel: '참가 취소',
    'fix-permissions': '다시 시도',
    dismiss: '해제',
  },
  dismiss: '알림 해제',
  unknown: '문제가 발생했습니다({code}).',
} satisfies Catalog<'notices'>;
