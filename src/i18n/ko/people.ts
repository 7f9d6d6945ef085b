/** Korean: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { other: '참가자 {count}명' },
  inMeeting: '모임 중',
  lobby: '로비에서 대기 중({count})',
  you: '{name}(나)',
  youFallback: '나',
  organizer: '이끌이',
  presenter: '발표자',
  onHold: '보류 중',
  joining: '참가하는 중',
  micOn: '마이크 켜짐',
  micOff: '음소거됨',
  cameraOn: '카메라 켜짐',
  cameraOff: '카메라 꺼짐',
  handRaised: '손 들기',
  speaking: '말하는 중',
  presenting: '발표 중',
} satisfies Catalog<'people'>;
