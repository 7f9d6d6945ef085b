/** Hebrew: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'ממתין שמישהו בפגישה יכניס אותך.',
    reconnecting: 'החיבור אבד. מתחבר מחדש…',
    reconnected: 'חוברת מחדש.',
    'muted-by-others': 'מישהו בפגישה השתיק את המיקרופון שלך.',
    'permission-denied': 'הדפדפן חוסם את המצלמה או המיקרופון.',
    'media-permission-denied': 'הדפדפן חוסם את המצלמה או המיקרופון.',
    network: 'החיבור לרשת אינו יציב. איכות השמע והווידאו עלולה להיות ירודה.',
    'device-failed': 'המצלמה או המיקרופון הפסיקו לפעול.',
    denied: 'מישהו בפגישה דחה את בקשתך להצטרף.',
    removed: 'הוצאת מהפגישה.',
    'meeting-ended': 'הפגישה הסתיימה.',
    'lobby-timeout': 'אף אחד לא הכניס אותך, ולכן תם הזמן לבקשת ההצטרפות.',
    'call-failed': 'השיחה הסתיימה בגלל בעיה.',
    'no-microphone': 'לא מחובר מיקרופון. אחרים לא ישמעו אותך עד שתחבר אחד.',
    'no-camera': 'לא מחוברת מצלמה.',
    'microphone-switched': 'המיקרופון נותק. כעת נעשה שימוש במיקרופון אחר.',
    'camera-switched': 'המצלמה נותקה. כעת נעשה שימוש במצלמה אחרת.',
    'speaker-switched': 'הרמקול או האוזניות נותקו. הצליל מושמע כעת בהתקן אחר.',
  },
  permissionHelp: 'כדי לאפשר אותם, בחר בסמל הגדרות האתר ליד שורת הכתובת, הגדר את המצלמה והמיקרופון ל"אפשר" ונסה שוב.',
  lobbyElapsed: 'ממתין {time}',
  actions: {
    rejoin: 'הצטרף מחדש',
    retry: 'נסה שוב',
    cancel: 'בטל הצטרפות',
    'fix-permissions': 'נסה שוב',
    dismiss: 'סגור',
  },
  dismiss: 'סגור הודעה',
  unknown: 'משהו השתבש ({code}).',
} satisfies Catalog<'notices'>;
