/** British English: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Speaker',
  devices: 'Device settings',
  mediaDenied: 'Your browser blocked the camera and microphone. You can still join with your camera off and listen. To use them, allow access in your browser’s site settings and reload the page.',
  cameraDenied: 'Your browser blocked the camera. You can still join with your camera off.',
  micDenied: 'Your browser blocked the microphone. You can still join and listen. To talk, allow access in your browser’s site settings.',
  noCamera: 'No camera was found. You can join with your camera off.',
  noMicrophone: 'No microphone was found. You can join and listen.',
  deviceFailed: 'Your camera or microphone could not be started. It may be in use by another app.',
} satisfies Catalog<'core-media'>;
