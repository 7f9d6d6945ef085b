/** Turkish: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Hoparlör',
  devices: 'Cihaz ayarları',
  mediaDenied:
    'Tarayıcınız kamerayı ve mikrofonu engelledi. Yine de kameranız kapalı olarak katılıp dinleyebilirsiniz. Bunları kullanmak için tarayıcının site ayarlarında erişime izin verin ve sayfayı yeniden yükleyin.',
  cameraDenied: 'Tarayıcınız kamerayı engelledi. Yine de kameranız kapalı olarak katılabilirsiniz.',
  micDenied: 'Tarayıcınız mikrofonu engelledi. Yine de katılıp dinleyebilirsiniz. Konuşmak için tarayıcının site ayarlarında erişime izin verin.',
  noCamera: 'Kamera bulunamadı. Kameranız kapalı olarak katılabilirsiniz.',
  noMicrophone: 'Mikrofon bulunamadı. Katılıp dinleyebilirsiniz.',
  deviceFailed: 'Kameranız veya mikrofonunuz başlatılamadı. Başka bir uygulama tarafından kullanılıyor olabilir.',
} satisfies Catalog<'core-media'>;
