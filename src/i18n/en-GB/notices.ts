/** British English: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Waiting for someone in the meeting to let you in.',
    reconnecting: 'Connection lost. Reconnecting…',
    reconnected: 'You are reconnected.',
    'muted-by-others': 'Someone in the meeting muted your microphone.',
    'permission-denied': 'Your browser is blocking the camera or microphone.',
    'media-permission-denied': 'Your browser is blocking the camera or microphone.',
    network: 'Your network connection is unstable. Audio and video may be poor.',
    'device-failed': 'Your camera or microphone stopped working.',
    denied: 'Someone in the meeting denied your request to join.',
    removed: 'You were removed from the meeting.',
    'meeting-ended': 'The meeting has ended.',
    'lobby-timeout': 'Nobody let you in, so your request to join timed out.',
    'call-failed': 'The call ended because of a problem.',
    'no-microphone': 'No microphone is connected. Others cannot hear you until you connect one.',
    'no-camera': 'No camera is connected.',
    'microphone-switched': 'Your microphone was disconnected. Another microphone is in use now.',
    'camera-switched': 'Your camera was disconnected. Another camera is in use now.',
    'speaker-switched': 'Your speaker or headset was disconnected. Sound now plays on another device.',
  },
  permissionHelp: 'To allow them, select the site settings icon at the left of the address bar, set Camera and Microphone to Allow, then try again.',
  lobbyElapsed: 'Waiting for {time}',
  actions: {
    rejoin: 'Rejoin',
    retry: 'Try again',
    cancel: 'Cancel joining',
    'fix-permissions': 'Try again',
    dismiss: 'Dismiss',
  },
  dismiss: 'Dismiss notice',
  unknown: 'Something went wrong ({code}).',
} satisfies Catalog<'notices'>;
