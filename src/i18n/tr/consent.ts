/** Turkish: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Bu toplantı onayınızı istiyor',
  recording: 'Toplantı kaydediliyor: kayıt; sesinizi, videonuzu ve ekranda paylaştığınız her şeyi içerir.',
  transcription: 'Toplantının transkripsiyonu yapılıyor: transkript, söyledikleriniz ile adınızı içerir.',
  mediaOff: 'Onay verene kadar mikrofonunuz, kameranız ve ekran paylaşımınız kapalı kalır.',
  agree: 'Kabul ediyorum',
  leave: 'Ayrıl',
  privacy: 'Verilerinizin nasıl kullanıldığı (gizlilik ilkesi)',
  opensInNewTab: '(yeni sekmede açılır)',
  sending: 'Onayınız gönderiliyor…',
  failed: 'Onayınız toplantıya gönderilemedi. Lütfen yeniden deneyin.',
} satisfies Catalog<'consent'>;
