/** Japanese: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': '会議の参加者があなたの参加を許可するのを待っています。',
    reconnecting: '接続が切断されました。再接続しています…',
    reconnected: '再接続しました。',
    'muted-by-others': '会議の参加者があなたのマイクをミュートしました。',
    'permission-denied': 'ブラウザーがカメラまたはマイクをブロックしています。',
    'media-permission-denied': 'ブラウザーがカメラまたはマイクをブロックしています。',
    network: 'ネットワーク接続が不安定です。音声とビデオの品質が低下する可能性があります。',
    'device-failed': 'カメラまたはマイクが動作しなくなりました。',
    denied: '会議の参加者があなたの参加リクエストを拒否しました。',
    removed: '会議から削除されました。',
    'meeting-ended': '会議は終了しました。',
    'lobby-timeout': '参加が許可されなかったため、参加リクエストがタイムアウトしました。',
    'call-failed': '問題が発生したため、通話が終了しました。',
    'no-microphone': 'マイクが接続されていません。マイクを接続するまで、他の参加者にあなたの声は聞こえません。',
    'no-camera': 'カメラが接続されていません。',
    'microphone-switched': 'マイクが切断されました。現在は別のマイクを使用しています。',
    'camera-switched': 'カメラが切断されました。現在は別のカメラを使用しています。',
    'speaker-switched': 'スピーカーまたはヘッドセットが切断されました。音声は別のデバイスで再生されています。',
  },
  permissionHelp:
    '許可するには、アドレス バーの左にあるサイトの設定アイコンを選択し、[カメラ] と [マイク] を [許可] に設定してから、もう一度お試しください。',
  lobbyElapsed: '待機時間 {time}',
  actions: {
    rejoin: '再参加',
    retry: '再試行',
    cancel: '参加をキャンセル',
    'fix-permissions': '再試行',
    dismiss: '閉じる',
  },
  dismiss: '通知を閉じる',
  unknown: '問題が発生しました ({code})。',
} satisfies Catalog<'notices'>;
