/** Russian: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} участник', few: '{count} участника', many: '{count} участников', other: '{count} участника' },
  inMeeting: 'На собрании',
  lobby: 'В зале ожидания ({count})',
  you: '{name} (вы)',
  youFallback: 'Вы',
  organizer: 'Организатор',
  presenter: 'Выступающий',
  onHold: 'На удержании',
  joining: 'Присоединяется',
  micOn: 'Микрофон включен',
  micOff: 'Микрофон выключен',
  cameraOn: 'Камера включена',
  cameraOff: 'Камера выключена',
  handRaised: 'Рука поднята',
  speaking: 'Говорит',
  presenting: 'Проводит демонстрацию',
} satisfies Catalog<'people'>;
