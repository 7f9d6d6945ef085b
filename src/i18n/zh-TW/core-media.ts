/** Traditional Chinese (Taiwan): core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: '喇叭',
  devices: '裝置設定',
  mediaDenied:
    '您的瀏覽器封鎖了相機和麥克風。您仍可在相機關閉的情況下加入並聆聽。若要使用它們，請在瀏覽器的網站設定中允許存取，然後重新載入頁面。',
  cameraDenied: '您的瀏覽器封鎖了相機。您仍可在相機關閉的情況下加入。',
  micDenied: '您的瀏覽器封鎖了麥克風。您仍可加入並聆聽。若要說話，請在瀏覽器的網站設定中允許存取。',
  noCamera: '找不到相機。您可以在相機關閉的情況下加入。',
  noMicrophone: '找不到麥克風。您可以加入並聆聽。',
  deviceFailed: '無法啟動您的相機或麥克風。其他應用程式可能正在使用它。',
} satisfies Catalog<'core-media'>;
