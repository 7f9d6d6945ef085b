/** Simplified Chinese: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': '正在等待会议中的某人允许你进入。',
    reconnecting: '连接已断开。正在重新连接…',
    reconnected: '你已重新连接。',
    'muted-by-others': '会议中的某人将你的麦克风静音了。',
    'permission-denied': '你的浏览器正在阻止摄像头或麦克风。',
    'media-permission-denied': '你的浏览器正在阻止摄像头或麦克风。',
    network: '你的网络连接不稳定。音频和视频质量可能较差。',
    'device-failed': '你的摄像头或麦克风已停止工作。',
    denied: '会议中的某人拒绝了你的加入请求。',
    removed: '你已被移出会议。',
    'meeting-ended': '会议已结束。',
    'lobby-timeout': '没有人允许你进入，因此你的加入请求已超时。',
    'call-failed': '由于出现问题，通话已结束。',
    'no-microphone': '未连接麦克风。在你连接麦克风之前，其他人听不到你。',
    'no-camera': '未连接摄像头。',
    'microphone-switched': '你的麦克风已断开。现在正在使用另一个麦克风。',
    'camera-switched': '你的摄像头已断开。现在正在使用另一个摄像头。',
    'speaker-switched': '你的扬声器或耳机已断开。声音现在从另一个设备播放。',
  },
  permissionHelp: '若要允许，请选择地址栏左侧的网站设置图标，将“摄像头”和“麦克风”设置为“允许”，然后重试。',
  lobbyElapsed: '已等待 {time}',
  actions: {
    rejoin: '重新加入',
    retry: '重试',
    cancel: '取消加入',
    'fix-permissions': '重试',
    dismiss: '关闭',
  },
  dismiss: '关闭通知',
  unknown: '出现问题（{code}）。',
} satisfies Catalog<'notices'>;
