/** Croatian: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Za ovaj je sastanak potreban vaš pristanak',
  recording:
    'Sastanak se snima: snimka obuhvaća vaš glas, vaš videozapis i sve što zajednički koristite na zaslonu.',
  transcription: 'Sastanak se transkribira: transkript obuhvaća ono što govorite, uz vaše ime.',
  mediaOff: 'Mikrofon, kamera i zajedničko korištenje zaslona ostaju isključeni dok ne pristanete.',
  agree: 'Pristajem',
  leave: 'Napusti',
  privacy: 'Kako se koriste vaši podaci (pravilnik o zaštiti privatnosti)',
  opensInNewTab: '(otvara se na novoj kartici)',
  sending: 'Slanje vašeg pristanka…',
  failed: 'Vaš pristanak nije moguće poslati sastanku. Pokušajte ponovno.',
} satisfies Catalog<'consent'>;
