/** Turkish: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Teams toplantısı',
  prejoinTitle: 'Toplantıya katıl',
  nameLabel: 'Adınız',
  nameRequired: 'Katılmak için lütfen adınızı girin.',
  nameCount: '{count}/{max} karakter',
  preview: 'Kamera önizlemesi',
  previewStarting: 'Kamera başlatılıyor…',
  cameraOff: 'Kameranız kapalı',
  microphone: 'Mikrofon',
  camera: 'Kamera',
  join: 'Şimdi katıl',
  joining: 'Toplantıya katılınıyor…',
  failedTitle: 'Toplantıya katılınamadı',
  configTitle: 'Bu toplantıya katılınamaz',
  retry: 'Yeniden dene',
  errors: {
    'invalid-display-name': 'Katılmak için lütfen adınızı girin.',
    'sdk-load-failed': 'Toplantı yazılımı yüklenemedi. Bağlantınızı denetleyip yeniden deneyin.',
  },
} satisfies Catalog<'core'>;
