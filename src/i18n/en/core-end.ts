/** English in-call/end-screen strings and the error messages not needed before joining (lazy, with the join driver). */
import type { ErrorCode } from '../../core/errors.js';
import type { ConfigErrorCode, CoreErrorCode } from '../types.js';

// `link-gcc-unsupported` is a configuration code, but a site's token provider may also raise it at join (its backend
// found the organizer's tenant in a government cloud, demo/token-server-example/tenant-check.mjs): the end screen
// needs its text without the lazy configuration messages.
/** Every error code has an English message: here, or in core.ts / core-config.ts. */
const errors = {
  'link-gcc-unsupported': 'Meetings in Microsoft 365 government clouds cannot be joined from this page.',
  'unsupported-browser': 'This browser cannot join Teams meetings. Try a current version of Edge, Chrome, Firefox or Safari.',
  'token-network': 'Could not reach the sign-in service. Check your connection and try again.',
  'token-http': 'The sign-in service refused the request. Please try again later.',
  'token-malformed': 'The sign-in service sent an answer that could not be understood.',
  'token-expired': 'The sign-in service sent an expired access token.',
  'token-refresh-failed': 'Your sign-in could not be renewed.',
  'media-permission-denied': 'Access to your camera or microphone is blocked.',
  'media-no-device': 'No camera or microphone was found.',
  'media-device-failed': 'Your camera or microphone could not be started.',
  'emulator-not-loaded':
    'The meeting emulator is a development tool and is not loaded on this page (add the teams-meeting-join/dev/emulator module).',
  'mic-muted-by-system': 'Your device muted your microphone. Check its mute switch or your system sound settings.',
  'speaking-while-muted': 'You are muted. Unmute to be heard.',
  'screen-share-failed': 'Your screen could not be shared. Please try again.',
  'join-failed': 'Could not join the meeting. Please try again.',
  network: 'The network connection was lost.',
  'token-rejected': 'The meeting service did not accept your sign-in.',
  'meeting-not-found': 'This meeting could not be found. Check the link or ask the organizer.',
  'not-permitted': 'You are not allowed to join this meeting.',
  denied: 'Someone in the meeting denied your request to join.',
  removed: 'You were removed from the meeting.',
  'meeting-ended': 'The meeting has ended.',
  'lobby-timeout': 'Nobody let you in, so your request to join timed out.',
  'call-failed': 'The call ended because of a problem.',
  'compliance-unobservable': 'This meeting may be recorded or transcribed: the widget cannot tell whether it is.',
  'consent-failed': 'Your consent could not be sent to the meeting. Please try again.',
  'service-unavailable': 'The meeting service is having a problem. Please try again in a few minutes.',
  'guest-join-disabled':
    "This organization's Teams settings do not let guests join its meetings from a website. Its Teams admin can allow it: Teams admin center → Meetings → Meeting settings → “Anonymous users can join a meeting”, and Teams–Azure Communication Services federation (Set-CsTeamsAcsFederationConfiguration -EnableAcsUsers $true).",
  'chat-send-failed': 'Your message could not be sent.',
  'chat-unavailable': 'Chat is not available.',
  'chat-load-failed': 'The chat could not be loaded.',
  'chat-polling': 'Chat is updating slowly.',
  'chat-html-blocked':
    "This page's security policy (Trusted Types) does not allow formatted chat messages, so they are shown as plain text. The site can allow the 'dompurify' policy name.",
  'background-image-invalid': 'A background image this site offers cannot be used.',
  'background-effects-blocked': "This page's security policy does not allow background effects, so your video is shown without them.",
  'invalid-m365-setup': 'Microsoft 365 sign-in needs aad-client-id and teams-token-url, or teamsTokenProvider.',
  'm365-popup-blocked': 'Your browser blocked the sign-in window. Allow pop-ups for this site, then try again.',
  'm365-cancelled': 'Sign-in was cancelled. Try again, or join as a guest.',
  'm365-consent-refused': 'The permissions this meeting needs were not granted, so you could not be signed in.',
  'm365-tenant-not-allowed': 'Your organization does not allow this site to sign you in. Try another account, or join as a guest.',
  'm365-exchange-failed': 'You are signed in, but the site could not get you into the meeting with your account. Please try again later.',
  'm365-sign-in-failed': 'Signing in with your work or school account did not work. Please try again.',
} satisfies Record<Exclude<ErrorCode, CoreErrorCode | ConfigErrorCode>, string> & Partial<Record<ConfigErrorCode, string>>;

export default {
  lobby: 'Waiting in the lobby. Someone in the meeting will let you in.',
  connected: 'You are in the meeting.',
  reconnecting: 'Connection lost. Reconnecting…',
  leave: 'Leave',
  leftTitle: 'You left the meeting',
  endedTitle: 'The meeting has ended',
  removedTitle: 'You were removed from the meeting',
  deniedTitle: 'You were not let in',
  rejoin: 'Rejoin',
  /** A call that was connected and then failed on the network (not "could not join"). */
  connectionLostTitle: 'The connection to the meeting was lost',
  /** The sentence under that title: what to do (the title already says what happened). */
  connectionLostHint: 'Check your internet connection, then try again.',
  /** Own chat messages that did not go out before the call ended (never silently lost). */
  unsentTitle: 'Messages not sent',
  unsentHint: 'These messages did not reach the meeting. Copy them to keep them.',
  copy: 'Copy',
  copied: 'Copied',
  /** Pieces of the `unsupported-browser` message when the browser lacks what calls need (src/core/capabilities.ts). */
  unsupported: {
    lacks: 'This browser cannot join Teams meetings: it has no {missing}.',
    webrtc: 'WebRTC calling (RTCPeerConnection)',
    'media-devices': 'camera and microphone access (getUserMedia)',
    insecure:
      'This page was not opened over a secure connection (https://), so the browser turns off calls, camera and microphone on it. Open the page with an https:// address, or ask the site to serve it securely.',
    advice: 'Open this page in a current version of Edge, Chrome, Firefox or Safari.',
  },
  cancel: 'Cancel',
  leftHint: 'The others can no longer see or hear you. Your name is kept if you rejoin.',
  endedHint: 'The organizer ended it for everyone, so there is nothing left to rejoin. You can close this page.',
  removedHint: 'Someone in the meeting took you out of it. You can ask to join again.',
  errors,
};
