/** German: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Diese Besprechung bittet um Ihre Zustimmung',
  recording:
    'Die Besprechung wird aufgezeichnet: Die Aufzeichnung enthält Ihre Stimme, Ihr Video und alles, was Sie auf dem Bildschirm freigeben.',
  transcription: 'Die Besprechung wird transkribiert: Das Transkript enthält, was Sie sagen, mit Ihrem Namen.',
  mediaOff: 'Mikrofon, Kamera und Bildschirmfreigabe bleiben aus, bis Sie zustimmen.',
  agree: 'Ich stimme zu',
  leave: 'Verlassen',
  privacy: 'Wie Ihre Daten verwendet werden (Datenschutzerklärung)',
  opensInNewTab: '(öffnet in einem neuen Tab)',
  sending: 'Ihre Zustimmung wird gesendet…',
  failed: 'Ihre Zustimmung konnte nicht an die Besprechung übermittelt werden. Bitte versuchen Sie es erneut.',
} satisfies Catalog<'consent'>;
