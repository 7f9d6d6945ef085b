/** Ukrainian: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} учасник', few: '{count} учасники', many: '{count} учасників', other: '{count} учасника' },
  inMeeting: 'У нараді',
  lobby: 'У фойє ({count})',
  you: '{name} (ви)',
  youFallback: 'Ви',
  organizer: 'Організатор',
  presenter: 'Доповідач',
  onHold: 'На утриманні',
  joining: 'Приєднується',
  micOn: 'Мікрофон увімкнуто',
  micOff: 'Мікрофон вимкнуто',
  cameraOn: 'Камеру ввімкнуто',
  cameraOff: 'Камеру вимкнуто',
  handRaised: 'Руку піднято',
  speaking: 'Говорить',
  presenting: 'Показує вміст',
} satisfies Catalog<'people'>;
