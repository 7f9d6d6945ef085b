/** Hungarian: core (see src/i18n/en/core.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  widget: 'Teams-értekezlet',
  prejoinTitle: 'Csatlakozás az értekezlethez',
  nameLabel: 'Az Ön neve',
  nameRequired: 'A csatlakozáshoz adja meg a nevét.',
  nameCount: '{count}/{max} karakter',
  preview: 'Kamera előnézete',
  previewStarting: 'Kamera indítása…',
  cameraOff: 'A kamera ki van kapcsolva',
  microphone: 'Mikrofon',
  camera: 'Kamera',
  join: 'Csatlakozás most',
  joining: 'Csatlakozás az értekezlethez…',
  failedTitle: 'Nem sikerült csatlakozni az értekezlethez',
  configTitle: 'Ehhez az értekezlethez nem lehet csatlakozni',
  retry: 'Újrapróbálkozás',
  errors: {
    'invalid-display-name': 'A csatlakozáshoz adja meg a nevét.',
    'sdk-load-failed': 'Az értekezletszoftvert nem sikerült betölteni. Ellenőrizze a kapcsolatot, és próbálkozzon újra.',
  },
} satisfies Catalog<'core'>;
