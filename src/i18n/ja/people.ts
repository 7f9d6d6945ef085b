/** Japanese: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { other: '参加者 {count} 人' },
  inMeeting: '会議中',
  lobby: 'ロビーで待機中 ({count})',
  you: '{name} (あなた)',
  youFallback: 'あなた',
  organizer: '開催者',
  presenter: '発表者',
  onHold: '保留中',
  joining: '参加しています',
  micOn: 'マイク オン',
  micOff: 'ミュート',
  cameraOn: 'カメラ オン',
  cameraOff: 'カメラ オフ',
  handRaised: '手を挙げています',
  speaking: '発言中',
  presenting: '発表中',
} satisfies Catalog<'people'>;
