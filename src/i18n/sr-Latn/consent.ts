/** Serbian (Latin): consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Za ovaj sastanak je potreban vaš pristanak',
  recording: 'Sastanak se snima: snimak obuhvata vaš glas, vaš video i sve što delite na ekranu.',
  transcription: 'Sastanak se transkribuje: transkript obuhvata ono što govorite, uz vaše ime.',
  mediaOff: 'Mikrofon, kamera i deljenje ekrana ostaju isključeni dok ne pristanete.',
  agree: 'Pristajem',
  leave: 'Napusti',
  privacy: 'Kako se koriste vaši podaci (politika privatnosti)',
  opensInNewTab: '(otvara se na novoj kartici)',
  sending: 'Slanje vašeg pristanka…',
  failed: 'Vaš pristanak nije mogao da se pošalje sastanku. Pokušajte ponovo.',
} satisfies Catalog<'consent'>;
