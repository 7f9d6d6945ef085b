/** German: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Teams-Besprechung',
  prejoinTitle: 'An der Besprechung teilnehmen',
  nameLabel: 'Ihr Name',
  nameRequired: 'Bitte geben Sie Ihren Namen ein, um teilzunehmen.',
  nameCount: '{count} von {max} Zeichen',
  preview: 'Kameravorschau',
  previewStarting: 'Kamera wird gestartet…',
  cameraOff: 'Ihre Kamera ist aus',
  microphone: 'Mikrofon',
  camera: 'Kamera',
  join: 'Jetzt teilnehmen',
  joining: 'Verbindung zur Besprechung wird hergestellt…',
  failedTitle: 'Teilnahme an der Besprechung nicht möglich',
  configTitle: 'Dieser Besprechung kann nicht beigetreten werden',
  retry: 'Erneut versuchen',
  errors: {
    'invalid-display-name': 'Bitte geben Sie Ihren Namen ein, um teilzunehmen.',
    'sdk-load-failed':
      'Die Besprechungssoftware konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  },
} satisfies Catalog<'core'>;
