/** Indonesian: core-config (see src/i18n/en/core-config.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'missing-locator': 'Widget rapat ini tidak memiliki tautan rapat. Situs perlu mengatur meeting-link atau meeting-id.',
  'conflicting-locators': 'Widget rapat ini memiliki tautan rapat sekaligus ID rapat. Situs hanya perlu mengatur salah satunya.',
  'invalid-link': 'Tautan rapat bukan tautan rapat Teams yang valid.',
  'link-not-https': 'Tautan rapat harus diawali dengan https://.',
  'link-not-teams': 'Tautan rapat tidak mengarah ke Microsoft Teams.',
  'link-unsafe-scheme': 'Tautan rapat bukan alamat web dan ditolak.',
  'link-gcc-unsupported': 'Rapat di cloud pemerintah Microsoft 365 tidak dapat diikuti dari halaman ini.',
  'link-consumer-unsupported': 'Rapat Teams dari akun pribadi (teams.live.com) tidak dapat diikuti dari halaman ini.',
  'link-webinar-unsupported': 'Webinar, balai kota, dan acara langsung tidak dapat diikuti dari halaman ini.',
  'invalid-meeting-id': 'ID rapat atau kode sandi tidak valid.',
  'missing-token-source': 'Widget rapat ini tidak disiapkan untuk masuk. Situs perlu mengatur token-url atau tokenProvider.',
  'invalid-identity': 'Pengaturan identity harus "acs", "teams", atau "choice".',
  'invalid-m365-setup': 'Masuk dengan Microsoft 365 memerlukan aad-client-id dan teams-token-url, atau teamsTokenProvider.',
  'invalid-emulator-url': 'Alamat emulator harus berupa alamat lokal dengan port, seperti http://localhost:8080.',
} satisfies Catalog<'core-config'>;
