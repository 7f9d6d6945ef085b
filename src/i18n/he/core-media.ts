/** Hebrew: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'רמקול',
  devices: 'הגדרות התקן',
  mediaDenied:
    'הדפדפן חסם את המצלמה ואת המיקרופון. עדיין אפשר להצטרף עם מצלמה כבויה ולהאזין. כדי להשתמש בהם, אפשר גישה בהגדרות האתר בדפדפן וטען מחדש את הדף.',
  cameraDenied: 'הדפדפן חסם את המצלמה. עדיין אפשר להצטרף עם מצלמה כבויה.',
  micDenied: 'הדפדפן חסם את המיקרופון. עדיין אפשר להצטרף ולהאזין. כדי לדבר, אפשר גישה בהגדרות האתר בדפדפן.',
  noCamera: 'לא נמצאה מצלמה. אפשר להצטרף עם מצלמה כבויה.',
  noMicrophone: 'לא נמצא מיקרופון. אפשר להצטרף ולהאזין.',
  deviceFailed: 'לא ניתן היה להפעיל את המצלמה או המיקרופון. ייתכן שיישום אחר משתמש בהם.',
} satisfies Catalog<'core-media'>;
