/** Turkish: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Toplantıdaki birinin sizi içeri almasını bekliyorsunuz.',
    reconnecting: 'Bağlantı kesildi. Yeniden bağlanılıyor…',
    reconnected: 'Yeniden bağlandınız.',
    'muted-by-others': 'Toplantıdaki biri mikrofonunuzun sesini kapattı.',
    'permission-denied': 'Tarayıcınız kamerayı veya mikrofonu engelliyor.',
    'media-permission-denied': 'Tarayıcınız kamerayı veya mikrofonu engelliyor.',
    network: 'Ağ bağlantınız kararsız. Ses ve görüntü kalitesi düşük olabilir.',
    'device-failed': 'Kameranız veya mikrofonunuz çalışmayı durdurdu.',
    denied: 'Toplantıdaki biri katılma isteğinizi reddetti.',
    removed: 'Toplantıdan çıkarıldınız.',
    'meeting-ended': 'Toplantı sona erdi.',
    'lobby-timeout': 'Kimse sizi içeri almadığı için katılma isteğinizin süresi doldu.',
    'call-failed': 'Arama bir sorun nedeniyle sona erdi.',
    'no-microphone': 'Bağlı mikrofon yok. Bir mikrofon bağlayana kadar diğerleri sizi duyamaz.',
    'no-camera': 'Bağlı kamera yok.',
    'microphone-switched': 'Mikrofonunuzun bağlantısı kesildi. Şimdi başka bir mikrofon kullanılıyor.',
    'camera-switched': 'Kameranızın bağlantısı kesildi. Şimdi başka bir kamera kullanılıyor.',
    'speaker-switched': 'Hoparlörünüzün veya kulaklığınızın bağlantısı kesildi. Ses artık başka bir cihazda çalıyor.',
  },
  permissionHelp:
    'İzin vermek için adres çubuğunun solundaki site ayarları simgesini seçin, Kamera ve Mikrofon’u İzin ver olarak ayarlayın, ardından yeniden deneyin.',
  lobbyElapsed: 'Bekleme süresi: {time}',
  actions: {
    rejoin: 'Yeniden katıl',
    retry: 'Yeniden dene',
    cancel: 'Katılmayı iptal et',
    'fix-permissions': 'Yeniden dene',
    dismiss: 'Kapat',
  },
  dismiss: 'Bildirimi kapat',
  unknown: 'Bir sorun oluştu ({code}).',
} satisfies Catalog<'notices'>;
