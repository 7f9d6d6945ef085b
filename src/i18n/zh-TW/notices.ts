/** Traditional Chinese (Taiwan): notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': '正在等候會議中的某人准許您進入。',
    reconnecting: '連線中斷。正在重新連線…',
    reconnected: '您已重新連線。',
    'muted-by-others': '會議中的某人將您的麥克風靜音了。',
    'permission-denied': '您的瀏覽器正在封鎖相機或麥克風。',
    'media-permission-denied': '您的瀏覽器正在封鎖相機或麥克風。',
    network: '您的網路連線不穩定。音訊和視訊品質可能不佳。',
    'device-failed': '您的相機或麥克風已停止運作。',
    denied: '會議中的某人拒絕了您的加入要求。',
    removed: '您已被移出會議。',
    'meeting-ended': '會議已結束。',
    'lobby-timeout': '沒有人准許您進入，因此您的加入要求已逾時。',
    'call-failed': '由於發生問題，通話已結束。',
    'no-microphone': '未連接麥克風。在您連接麥克風之前，其他人聽不到您。',
    'no-camera': '未連接相機。',
    'microphone-switched': '您的麥克風已中斷連線。現在正在使用另一個麥克風。',
    'camera-switched': '您的相機已中斷連線。現在正在使用另一個相機。',
    'speaker-switched': '您的喇叭或耳機已中斷連線。聲音現在從另一個裝置播放。',
  },
  permissionHelp: '若要允許，請選取網址列左側的網站設定圖示，將「相機」和「麥克風」設為「允許」，然後再試一次。',
  lobbyElapsed: '已等候 {time}',
  actions: {
    rejoin: '重新加入',
    retry: '再試一次',
    cancel: '取消加入',
    'fix-permissions': '再試一次',
    dismiss: '關閉',
  },
  dismiss: '關閉通知',
  unknown: '發生問題（{code}）。',
} satisfies Catalog<'notices'>;
