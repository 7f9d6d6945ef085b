/** Indonesian: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Menunggu seseorang di rapat mengizinkan Anda masuk.',
    reconnecting: 'Koneksi terputus. Menyambungkan kembali…',
    reconnected: 'Anda tersambung kembali.',
    'muted-by-others': 'Seseorang di rapat membisukan mikrofon Anda.',
    'permission-denied': 'Browser Anda memblokir kamera atau mikrofon.',
    'media-permission-denied': 'Browser Anda memblokir kamera atau mikrofon.',
    network: 'Koneksi jaringan Anda tidak stabil. Kualitas audio dan video mungkin buruk.',
    'device-failed': 'Kamera atau mikrofon Anda berhenti berfungsi.',
    denied: 'Seseorang di rapat menolak permintaan Anda untuk bergabung.',
    removed: 'Anda telah dikeluarkan dari rapat.',
    'meeting-ended': 'Rapat telah berakhir.',
    'lobby-timeout': 'Tidak ada yang mengizinkan Anda masuk, sehingga waktu permintaan bergabung Anda habis.',
    'call-failed': 'Panggilan berakhir karena terjadi masalah.',
    'no-microphone': 'Tidak ada mikrofon yang tersambung. Orang lain tidak dapat mendengar Anda sampai Anda menyambungkannya.',
    'no-camera': 'Tidak ada kamera yang tersambung.',
    'microphone-switched': 'Mikrofon Anda terputus. Kini mikrofon lain yang digunakan.',
    'camera-switched': 'Kamera Anda terputus. Kini kamera lain yang digunakan.',
    'speaker-switched': 'Speaker atau headset Anda terputus. Suara kini diputar di perangkat lain.',
  },
  permissionHelp:
    'Untuk mengizinkannya, pilih ikon pengaturan situs di sebelah kiri bilah alamat, atur Kamera dan Mikrofon ke Izinkan, lalu coba lagi.',
  lobbyElapsed: 'Menunggu selama {time}',
  actions: {
    rejoin: 'Bergabung kembali',
    retry: 'Coba lagi',
    cancel: 'Batalkan bergabung',
    'fix-permissions': 'Coba lagi',
    dismiss: 'Tutup',
  },
  dismiss: 'Tutup pemberitahuan',
  unknown: 'Terjadi kesalahan ({code}).',
} satisfies Catalog<'notices'>;
