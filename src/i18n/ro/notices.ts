/** Romanian: notices (see src/i18n/en/notices.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  messages: {
    'lobby-waiting': 'Așteptați să vă primească cineva din întâlnire.',
    reconnecting: 'Conexiunea s-a pierdut. Se reconectează…',
    reconnected: 'V-ați reconectat.',
    'muted-by-others': 'Cineva din întâlnire v-a dezactivat microfonul.',
    'permission-denied': 'Browserul blochează camera sau microfonul.',
    'media-permission-denied': 'Browserul blochează camera sau microfonul.',
    network: 'Conexiunea la rețea este instabilă. Calitatea sunetului și a imaginii poate fi slabă.',
    'device-failed': 'Camera sau microfonul nu mai funcționează.',
    denied: 'Cineva din întâlnire v-a refuzat solicitarea de alăturare.',
    removed: 'Ați fost eliminat din întâlnire.',
    'meeting-ended': 'Întâlnirea s-a încheiat.',
    'lobby-timeout': 'Nu v-a primit nimeni, așa că solicitarea de alăturare a expirat.',
    'call-failed': 'Apelul s-a încheiat din cauza unei probleme.',
    'no-microphone': 'Nu este conectat niciun microfon. Ceilalți nu vă pot auzi până nu conectați unul.',
    'no-camera': 'Nu este conectată nicio cameră.',
    'microphone-switched': 'Microfonul a fost deconectat. Acum se folosește alt microfon.',
    'camera-switched': 'Camera a fost deconectată. Acum se folosește altă cameră.',
    'speaker-switched': 'Difuzorul sau căștile au fost deconectate. Sunetul se aude acum pe alt dispozitiv.',
  },
  permissionHelp:
    'Pentru a le permite, selectați pictograma setărilor site-ului din stânga barei de adrese, setați Camera și Microfonul la Permiteți, apoi încercați din nou.',
  lobbyElapsed: 'Timp de așteptare: {time}',
  actions: {
    rejoin: 'Reintrați',
    retry: 'Încercați din nou',
    cancel: 'Anulați alăturarea',
    'fix-permissions': 'Încercați din nou',
    dismiss: 'Închideți',
  },
  dismiss: 'Închideți notificarea',
  unknown: 'Ceva nu a funcționat ({code}).',
} satisfies Catalog<'notices'>;
