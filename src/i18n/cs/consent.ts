/** Czech: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'Tato schůzka žádá o váš souhlas',
  recording: 'Schůzka se nahrává: záznam obsahuje váš hlas, vaše video a všechno, co sdílíte na obrazovce.',
  transcription: 'Ze schůzky se pořizuje přepis: přepis obsahuje to, co říkáte, spolu s vaším jménem.',
  mediaOff: 'Mikrofon, kamera a sdílení obrazovky zůstanou vypnuté, dokud nevyjádříte souhlas.',
  agree: 'Souhlasím',
  leave: 'Odejít',
  privacy: 'Jak se používají vaše data (zásady ochrany osobních údajů)',
  opensInNewTab: '(otevře se na nové kartě)',
  sending: 'Odesílání vašeho souhlasu…',
  failed: 'Váš souhlas se nepodařilo odeslat do schůzky. Zkuste to prosím znovu.',
} satisfies Catalog<'consent'>;
