/** Polish: consent (see src/i18n/en/consent.ts for what each key is for). */
import type { Catalog } from '../types.js';

export default {
  title: 'To spotkanie prosi o Twoją zgodę',
  recording:
    'Spotkanie jest nagrywane: nagranie obejmuje Twój głos, Twoje wideo i wszystko, co udostępniasz na ekranie.',
  transcription: 'Spotkanie jest transkrybowane: transkrypcja obejmuje to, co mówisz, wraz z Twoim imieniem i nazwiskiem.',
  mediaOff: 'Mikrofon, kamera i udostępnianie ekranu pozostaną wyłączone, dopóki nie wyrazisz zgody.',
  agree: 'Wyrażam zgodę',
  leave: 'Opuść',
  privacy: 'Jak są używane Twoje dane (zasady ochrony prywatności)',
  opensInNewTab: '(otwiera się na nowej karcie)',
  sending: 'Wysyłanie zgody…',
  failed: 'Nie można przekazać Twojej zgody do spotkania. Spróbuj ponownie.',
} satisfies Catalog<'consent'>;
