/** Turkish: people (see src/i18n/en/people.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: { one: '{count} katılımcı', other: '{count} katılımcı' },
  inMeeting: 'Toplantıda',
  lobby: 'Lobide bekliyor ({count})',
  you: '{name} (siz)',
  youFallback: 'Siz',
  organizer: 'Düzenleyici',
  presenter: 'Sunucu',
  onHold: 'Beklemede',
  joining: 'Katılıyor',
  micOn: 'Mikrofon açık',
  micOff: 'Sesi kapalı',
  cameraOn: 'Kamera açık',
  cameraOff: 'Kamera kapalı',
  handRaised: 'El kaldırdı',
  speaking: 'Konuşuyor',
  presenting: 'Sunuyor',
} satisfies Catalog<'people'>;
