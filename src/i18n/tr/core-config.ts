/** Turkish: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'Bu toplantı pencere öğesinin toplantı bağlantısı yok. Sitenin meeting-link veya meeting-id ayarlaması gerekir.',
  'conflicting-locators': 'Bu toplantı pencere öğesinde hem toplantı bağlantısı hem de toplantı kimliği var. Sitenin yalnızca birini ayarlaması gerekir.',
  'invalid-link': 'Toplantı bağlantısı geçerli bir Teams toplantı bağlantısı değil.',
  'link-not-https': 'Toplantı bağlantısı https:// ile başlamalıdır.',
  'link-not-teams': 'Toplantı bağlantısı Microsoft Teams’i göstermiyor.',
  'link-unsafe-scheme': 'Toplantı bağlantısı bir web adresi olmadığı için reddedildi.',
  'link-gcc-unsupported': 'Microsoft 365 kamu bulutlarındaki toplantılara bu sayfadan katılamazsınız.',
  'link-consumer-unsupported': 'Kişisel hesapların (teams.live.com) Teams toplantılarına bu sayfadan katılamazsınız.',
  'link-webinar-unsupported': 'Web seminerlerine, genel toplantılara ve canlı etkinliklere bu sayfadan katılamazsınız.',
  'invalid-meeting-id': 'Toplantı kimliği veya geçiş kodu geçerli değil.',
  'missing-token-source': 'Bu toplantı pencere öğesi oturum açmak için ayarlanmamış. Sitenin token-url veya tokenProvider ayarlaması gerekir.',
  'invalid-identity': 'identity ayarı "acs", "teams" veya "choice" olmalıdır.',
  'invalid-m365-setup': 'Microsoft 365 ile oturum açmak için aad-client-id ve teams-token-url ya da teamsTokenProvider gerekir.',
  'invalid-emulator-url': 'Öykünücü adresi, http://localhost:8080 gibi bağlantı noktası içeren yerel bir adres olmalıdır.',
} satisfies Catalog<'core-config'>;
