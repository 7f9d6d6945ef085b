/** Turkish: compliance (see src/i18n/en/compliance.ts for what each key is for). A legal notice: translated in full. */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Kayıt başladı. Bu toplantıda kalarak kaydedilmeyi kabul etmiş olursunuz.',
  'transcription-started': 'Transkripsiyon başladı. Bu toplantıda kalarak konuşmalarınızın yazıya dökülmesini kabul etmiş olursunuz.',
  'both-started':
    'Kayıt ve transkripsiyon başladı. Bu toplantıda kalarak kaydedilmeyi ve konuşmalarınızın yazıya dökülmesini kabul etmiş olursunuz.',
  'recording-stopped': 'Kayıt durduruldu. Kayıt kaydediliyor.',
  'transcription-stopped': 'Transkripsiyon durduruldu.',
  'both-stopped': 'Kayıt ve transkripsiyon durduruldu. Kayıt kaydediliyor.',
  'recording-stopped-transcription-continues': 'Kayıt durduruldu ve kaydediliyor. Transkripsiyon hâlâ açık.',
  'transcription-stopped-recording-continues': 'Transkripsiyon durduruldu. Kayıt hâlâ açık.',
  privacyPolicy: 'Gizlilik ilkesi',
  opensInNewTab: '(yeni sekmede açılır)',
  dismiss: 'Kayıt bildirimini gizle',
  indicatorRecording: 'Kaydediliyor',
  indicatorTranscribing: 'Transkripsiyon yapılıyor',
  indicatorBoth: 'Kaydediliyor ve transkripsiyon yapılıyor',
  showNotice: '{status}. Bildirimi göster',
  mayBeRecorded: 'Bu toplantı kaydediliyor veya transkripsiyonu yapılıyor olabilir.',
  consentStarted: {
    'recording-started': 'Kayıt başladı. Bu toplantı açık onayınızı istiyor.',
    'transcription-started': 'Transkripsiyon başladı. Bu toplantı açık onayınızı istiyor.',
    'both-started': 'Kayıt ve transkripsiyon başladı. Bu toplantı açık onayınızı istiyor.',
  },
} satisfies Catalog<'compliance'>;
