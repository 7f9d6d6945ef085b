/** Slovak: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Táto schôdza žiada o váš súhlas',
  recording: 'Schôdza sa nahráva: záznam obsahuje váš hlas, vaše video a všetko, čo zdieľate na obrazovke.',
  transcription: 'Zo schôdze sa vyhotovuje prepis: prepis obsahuje to, čo hovoríte, spolu s vaším menom.',
  mediaOff: 'Mikrofón, kamera a zdieľanie obrazovky zostanú vypnuté, kým nevyjadríte súhlas.',
  agree: 'Súhlasím',
  leave: 'Odísť',
  privacy: 'Ako sa používajú vaše údaje (zásady ochrany osobných údajov)',
  opensInNewTab: '(otvorí sa na novej karte)',
  sending: 'Odosiela sa váš súhlas…',
  failed: 'Váš súhlas sa nepodarilo odoslať do schôdze. Skúste to znova.',
} satisfies Catalog<'consent'>;
