/** Hebrew: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'לרכיב פגישה זה אין קישור לפגישה. על האתר להגדיר meeting-link או meeting-id.',
  'conflicting-locators': 'לרכיב פגישה זה יש גם קישור לפגישה וגם מזהה פגישה. על האתר להגדיר רק אחד מהם.',
  'invalid-link': 'קישור הפגישה אינו קישור תקין לפגישת Teams.',
  'link-not-https': 'קישור הפגישה חייב להתחיל ב-https://.',
  'link-not-teams': 'קישור הפגישה אינו מפנה ל-Microsoft Teams.',
  'link-unsafe-scheme': 'קישור הפגישה אינו כתובת אינטרנט ונדחה.',
  'link-gcc-unsupported': 'לא ניתן להצטרף מדף זה לפגישות בענני הממשל של Microsoft 365.',
  'link-consumer-unsupported': 'לא ניתן להצטרף מדף זה לפגישות Teams של חשבונות אישיים (teams.live.com).',
  'link-webinar-unsupported': 'לא ניתן להצטרף מדף זה לסמינרים מקוונים, לאירועי כלל-ארגון ולאירועים חיים.',
  'invalid-meeting-id': 'מזהה הפגישה או קוד הגישה אינם תקינים.',
  'missing-token-source': 'רכיב פגישה זה אינו מוגדר לכניסה. על האתר להגדיר token-url או tokenProvider.',
  'invalid-identity': 'הגדרת הזהות חייבת להיות "acs", "teams" או "choice".',
  'invalid-m365-setup': 'כניסה ל-Microsoft 365 דורשת aad-client-id ו-teams-token-url, או teamsTokenProvider.',
  'invalid-emulator-url': 'כתובת האמולטור חייבת להיות כתובת מקומית עם יציאה, כמו http://localhost:8080.',
} satisfies Catalog<'core-config'>;
