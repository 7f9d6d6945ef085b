/** Hungarian: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Várakozás arra, hogy valaki az értekezletről beengedje.',
    reconnecting: 'Megszakadt a kapcsolat. Újracsatlakozás…',
    reconnected: 'Ön újra csatlakozott.',
    'muted-by-others': 'Valaki az értekezletről elnémította a mikrofonját.',
    'permission-denied': 'A böngésző letiltja a kamerát vagy a mikrofont.',
    'media-permission-denied': 'A böngésző letiltja a kamerát vagy a mikrofont.',
    network: 'A hálózati kapcsolat instabil. A hang és a videó minősége gyenge lehet.',
    'device-failed': 'A kamera vagy a mikrofon leállt.',
    denied: 'Valaki az értekezletről elutasította a csatlakozási kérését.',
    removed: 'Eltávolították Önt az értekezletről.',
    'meeting-ended': 'Az értekezlet véget ért.',
    'lobby-timeout': 'Senki sem engedte be, ezért a csatlakozási kérése lejárt.',
    'call-failed': 'A hívás egy hiba miatt véget ért.',
    'no-microphone': 'Nincs csatlakoztatva mikrofon. A többiek addig nem hallják, amíg nem csatlakoztat egyet.',
    'no-camera': 'Nincs csatlakoztatva kamera.',
    'microphone-switched': 'A mikrofon le lett választva. Most egy másik mikrofon van használatban.',
    'camera-switched': 'A kamera le lett választva. Most egy másik kamera van használatban.',
    'speaker-switched': 'A hangszóró vagy a headset le lett választva. A hang most egy másik eszközön szól.',
  },
  permissionHelp:
    'Az engedélyezéshez válassza a címsor bal oldalán lévő webhelybeállítások ikont, állítsa a Kamera és a Mikrofon beállítást Engedélyezés értékre, majd próbálkozzon újra.',
  lobbyElapsed: 'Várakozási idő: {time}',
  actions: {
    rejoin: 'Újracsatlakozás',
    retry: 'Újrapróbálkozás',
    cancel: 'Csatlakozás megszakítása',
    'fix-permissions': 'Újrapróbálkozás',
    dismiss: 'Elvetés',
  },
  dismiss: 'Értesítés elvetése',
  unknown: 'Hiba történt ({code}).',
} satisfies Catalog<'notices'>;
