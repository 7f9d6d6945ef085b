/** German: core-media (see src/i18n/en/core-media.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  speaker: 'Lautsprecher',
  devices: 'Geräteeinstellungen',
  mediaDenied:
    'Ihr Browser hat Kamera und Mikrofon blockiert. Sie können trotzdem mit ausgeschalteter Kamera teilnehmen und zuhören. Um sie zu nutzen, erlauben Sie den Zugriff in den Website-Einstellungen Ihres Browsers und laden Sie die Seite neu.',
  cameraDenied: 'Ihr Browser hat die Kamera blockiert. Sie können trotzdem mit ausgeschalteter Kamera teilnehmen.',
  micDenied:
    'Ihr Browser hat das Mikrofon blockiert. Sie können trotzdem teilnehmen und zuhören. Zum Sprechen erlauben Sie den Zugriff in den Website-Einstellungen Ihres Browsers.',
  noCamera: 'Keine Kamera gefunden. Sie können mit ausgeschalteter Kamera teilnehmen.',
  noMicrophone: 'Kein Mikrofon gefunden. Sie können teilnehmen und zuhören.',
  deviceFailed:
    'Kamera oder Mikrofon konnte nicht gestartet werden. Vielleicht wird es von einer anderen App verwendet.',
} satisfies Catalog<'core-media'>;
