/** Hebrew: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'פגישה זו מבקשת את הסכמתך',
  recording: 'הפגישה מוקלטת: ההקלטה כוללת את הקול שלך, הווידאו שלך וכל מה שתשתף על המסך.',
  transcription: 'הפגישה מתומללת: התמליל כולל את מה שאתה אומר, עם שמך.',
  mediaOff: 'המיקרופון, המצלמה ושיתוף המסך יישארו כבויים עד שתסכים.',
  agree: 'אני מסכים',
  leave: 'עזוב',
  privacy: 'כיצד נעשה שימוש בנתונים שלך (מדיניות פרטיות)',
  opensInNewTab: '(נפתח בכרטיסייה חדשה)',
  sending: 'שולח את הסכמתך…',
  failed: 'לא ניתן היה לשלוח את הסכמתך לפגישה. נסה שוב.',
} satisfies Catalog<'consent'>;
