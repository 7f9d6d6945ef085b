/** Hebrew: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'פגישת Teams',
  prejoinTitle: 'הצטרף לפגישה',
  nameLabel: 'השם שלך',
  nameRequired: 'הזן את שמך כדי להצטרף.',
  nameCount: '{count} מתוך {max} תווים',
  preview: 'תצוגה מקדימה של המצלמה',
  previewStarting: 'מפעיל את המצלמה…',
  cameraOff: 'המצלמה שלך כבויה',
  microphone: 'מיקרופון',
  camera: 'מצלמה',
  join: 'הצטרף עכשיו',
  joining: 'מצטרף לפגישה…',
  failedTitle: 'לא ניתן היה להצטרף לפגישה',
  configTitle: 'לא ניתן להצטרף לפגישה זו',
  retry: 'נסה שוב',
  errors: {
    'invalid-display-name': 'הזן את שמך כדי להצטרף.',
    'sdk-load-failed': 'לא ניתן היה לטעון את תוכנת הפגישה. בדוק את החיבור ונסה שוב.',
  },
} satisfies Catalog<'core'>;
