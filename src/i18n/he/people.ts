/** Hebrew: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: 'משתתף אחד', two: 'שני משתתפים', other: '{count} משתתפים' },
  inMeeting: 'בפגישה',
  lobby: 'ממתינים בלובי ({count})',
  you: '{name} (את/ה)',
  youFallback: 'את/ה',
  organizer: 'מארגן',
  presenter: 'מציג',
  onHold: 'בהמתנה',
  joining: 'מצטרף',
  micOn: 'המיקרופון מופעל',
  micOff: 'מושתק',
  cameraOn: 'המצלמה מופעלת',
  cameraOff: 'המצלמה כבויה',
  handRaised: 'יד מורמת',
  speaking: 'מדבר',
  presenting: 'מציג',
} satisfies Catalog<'people'>;
