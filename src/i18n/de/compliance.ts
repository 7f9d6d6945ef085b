/** German: compliance (see src/i18n/en/compliance.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  'recording-started':
    'Die Aufzeichnung hat begonnen. Wenn Sie in dieser Besprechung bleiben, stimmen Sie der Aufzeichnung zu.',
  'transcription-started':
    'Die Transkription hat begonnen. Wenn Sie in dieser Besprechung bleiben, stimmen Sie der Transkription zu.',
  'both-started':
    'Aufzeichnung und Transkription haben begonnen. Wenn Sie in dieser Besprechung bleiben, stimmen Sie der Aufzeichnung und Transkription zu.',
  'recording-stopped': 'Die Aufzeichnung wurde beendet und wird gespeichert.',
  'transcription-stopped': 'Die Transkription wurde beendet.',
  'both-stopped': 'Aufzeichnung und Transkription wurden beendet. Die Aufzeichnung wird gespeichert.',
  'recording-stopped-transcription-continues':
    'Die Aufzeichnung wurde beendet und wird gespeichert. Die Transkription läuft weiter.',
  'transcription-stopped-recording-continues': 'Die Transkription wurde beendet. Die Aufzeichnung läuft weiter.',
  privacyPolicy: 'Datenschutzerklärung',
  opensInNewTab: '(öffnet in einem neuen Tab)',
  dismiss: 'Aufzeichnungshinweis ausblenden',
  indicatorRecording: 'Aufzeichnung',
  indicatorTranscribing: 'Transkription',
  indicatorBoth: 'Aufzeichnung und Transkription',
  showNotice: '{status}. Hinweis anzeigen',
  mayBeRecorded: 'Diese Besprechung wird möglicherweise aufgezeichnet oder transkribiert.',
  consentStarted: {
    'recording-started': 'Die Aufzeichnung hat begonnen. Diese Besprechung bittet um Ihre ausdrückliche Zustimmung.',
    'transcription-started':
      'Die Transkription hat begonnen. Diese Besprechung bittet um Ihre ausdrückliche Zustimmung.',
    'both-started':
      'Aufzeichnung und Transkription haben begonnen. Diese Besprechung bittet um Ihre ausdrückliche Zustimmung.',
  },
} satisfies Catalog<'compliance'>;
