/** Indonesian: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { other: '{count} peserta' },
  inMeeting: 'Di rapat',
  lobby: 'Menunggu di lobi ({count})',
  you: '{name} (Anda)',
  youFallback: 'Anda',
  organizer: 'Penyelenggara',
  presenter: 'Penyaji',
  onHold: 'Ditahan',
  joining: 'Bergabung',
  micOn: 'Mikrofon aktif',
  micOff: 'Dibisukan',
  cameraOn: 'Kamera aktif',
  cameraOff: 'Kamera nonaktif',
  handRaised: 'Mengangkat tangan',
  speaking: 'Berbicara',
  presenting: 'Menyajikan',
} satisfies Catalog<'people'>;
