/** Indonesian: compliance (see src/i18n/en/compliance.ts for what each key is for). A legal notice: translated in full. */
import type { Catalog } from '../types.js';

export default {
  'recording-started': 'Perekaman telah dimulai. Dengan tetap berada di rapat ini, Anda setuju untuk direkam.',
  'transcription-started': 'Transkripsi telah dimulai. Dengan tetap berada di rapat ini, Anda setuju untuk ditranskripsikan.',
  'both-started':
    'Perekaman dan transkripsi telah dimulai. Dengan tetap berada di rapat ini, Anda setuju untuk direkam dan ditranskripsikan.',
  'recording-stopped': 'Perekaman telah dihentikan. Rekaman sedang disimpan.',
  'transcription-stopped': 'Transkripsi telah dihentikan.',
  'both-stopped': 'Perekaman dan transkripsi telah dihentikan. Rekaman sedang disimpan.',
  'recording-stopped-transcription-continues': 'Perekaman telah dihentikan dan sedang disimpan. Transkripsi masih aktif.',
  'transcription-stopped-recording-continues': 'Transkripsi telah dihentikan. Perekaman masih aktif.',
  privacyPolicy: 'Kebijakan privasi',
  opensInNewTab: '(terbuka di tab baru)',
  dismiss: 'Sembunyikan pemberitahuan perekaman',
  indicatorRecording: 'Merekam',
  indicatorTranscribing: 'Mentranskripsi',
  indicatorBoth: 'Merekam dan mentranskripsi',
  showNotice: '{status}. Tampilkan pemberitahuan',
  mayBeRecorded: 'Rapat ini mungkin direkam atau ditranskripsikan.',
  consentStarted: {
    'recording-started': 'Perekaman telah dimulai. Rapat ini meminta persetujuan eksplisit Anda.',
    'transcription-started': 'Transkripsi telah dimulai. Rapat ini meminta persetujuan eksplisit Anda.',
    'both-started': 'Perekaman dan transkripsi telah dimulai. Rapat ini meminta persetujuan eksplisit Anda.',
  },
} satisfies Catalog<'compliance'>;
