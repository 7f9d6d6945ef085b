/** Simplified Chinese: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: '扬声器',
  devices: '设备设置',
  mediaDenied:
    '你的浏览器阻止了摄像头和麦克风。你仍然可以在关闭摄像头的情况下加入并收听。如需使用它们，请在浏览器的网站设置中允许访问，然后重新加载页面。',
  cameraDenied: '你的浏览器阻止了摄像头。你仍然可以在关闭摄像头的情况下加入。',
  micDenied: '你的浏览器阻止了麦克风。你仍然可以加入并收听。如需讲话，请在浏览器的网站设置中允许访问。',
  noCamera: '未找到摄像头。你可以在关闭摄像头的情况下加入。',
  noMicrophone: '未找到麦克风。你可以加入并收听。',
  deviceFailed: '无法启动你的摄像头或麦克风。它可能正被其他应用使用。',
} satisfies Catalog<'core-media'>;
