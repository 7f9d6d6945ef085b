/** Bulgarian: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} участник', other: '{count} участници' },
  inMeeting: 'В събранието',
  lobby: 'Изчакват във фоайето ({count})',
  you: '{name} (вие)',
  youFallback: 'Вие',
  organizer: 'Организатор',
  presenter: 'Представящ',
  onHold: 'Задържан',
  joining: 'Присъединява се',
  micOn: 'Микрофонът е включен',
  micOff: 'Без звук',
  cameraOn: 'Камерата е включена',
  cameraOff: 'Камерата е изключена',
  handRaised: 'Вдигната ръка',
  speaking: 'Говори',
  presenting: 'Представя',
} satisfies Catalog<'people'>;
