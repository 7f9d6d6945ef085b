/**
 * The real Russian and Polish catalogs through the widget's own plural function (src/i18n/intl.ts), for the counts
 * whose categories differ (issue 15 req 6): 1 and 21 take `one` in Russian but not in Polish, 2/22 `few`, 5/25
 * `many`, and a fraction (1.5) `other`, with the locale's decimal comma. A wrong category or a form written in the
 * wrong case shows here as the exact string a visitor would read.
 */
import { expect } from '@open-wc/testing';
import { plural } from '../../src/i18n/intl.js';
import ruCall from '../../src/i18n/ru/call.js';
import ruPeople from '../../src/i18n/ru/people.js';
import plCall from '../../src/i18n/pl/call.js';
import plPeople from '../../src/i18n/pl/people.js';
import csPeople from '../../src/i18n/cs/people.js';
import slPeople from '../../src/i18n/sl/people.js';
import ukPeople from '../../src/i18n/uk/people.js';

const COUNTS = [1, 2, 5, 21, 22, 25] as const;
const each = (lang: string, forms: Parameters<typeof plural>[1]) => COUNTS.map((n) => plural(lang, forms, n));

describe('Russian catalog plurals (one 1/21, few 2/22, many 5/25, other for fractions)', () => {
  it('people panel heading: participants', () => {
    expect(each('ru', ruPeople.title)).to.deep.equal([
      '1 участник',
      '2 участника',
      '5 участников',
      '21 участник',
      '22 участника',
      '25 участников',
    ]);
    expect(plural('ru', ruPeople.title, 1.5)).to.equal('1,5 участника');
  });
  it('unread messages', () => {
    expect(each('ru', ruCall.manyNewMessages)).to.deep.equal([
      '1 новое сообщение',
      '2 новых сообщения',
      '5 новых сообщений',
      '21 новое сообщение',
      '22 новых сообщения',
      '25 новых сообщений',
    ]);
  });
  it('characters left in the send box, and over the limit', () => {
    expect(each('ru', ruCall.charsLeft)).to.deep.equal([
      'Остался 1 символ',
      'Осталось 2 символа',
      'Осталось 5 символов',
      'Остался 21 символ',
      'Осталось 22 символа',
      'Осталось 25 символов',
    ]);
    expect(plural('ru', ruCall.tooLong, 21)).to.equal('Превышение на 21 символ');
    expect(plural('ru', ruCall.tooLong, 25)).to.equal('Превышение на 25 символов');
  });
});

describe('Polish catalog plurals (one only for 1, few 2/22, many 5/21/25, other for fractions)', () => {
  it('people panel heading: participants', () => {
    expect(each('pl', plPeople.title)).to.deep.equal([
      '1 uczestnik',
      '2 uczestnicy',
      '5 uczestników',
      '21 uczestników',
      '22 uczestnicy',
      '25 uczestników',
    ]);
    expect(plural('pl', plPeople.title, 1.5)).to.equal('1,5 uczestnika');
  });
  it('unread messages', () => {
    expect(each('pl', plCall.manyNewMessages)).to.deep.equal([
      '1 nowa wiadomość',
      '2 nowe wiadomości',
      '5 nowych wiadomości',
      '21 nowych wiadomości',
      '22 nowe wiadomości',
      '25 nowych wiadomości',
    ]);
  });
  it('characters left in the send box, and over the limit', () => {
    expect(each('pl', plCall.charsLeft)).to.deep.equal([
      'Pozostał 1 znak',
      'Pozostały 2 znaki',
      'Pozostało 5 znaków',
      'Pozostało 21 znaków',
      'Pozostały 22 znaki',
      'Pozostało 25 znaków',
    ]);
    expect(plural('pl', plCall.tooLong, 22)).to.equal('Przekroczono limit o 22 znaki');
  });
});

describe('the other Slavic heading forms: Ukrainian like Russian, Czech many for fractions, Slovenian’s dual', () => {
  it('Ukrainian', () => {
    expect([...each('uk', ukPeople.title), plural('uk', ukPeople.title, 1.5)]).to.deep.equal([
      '1 учасник', '2 учасники', '5 учасників', '21 учасник', '22 учасники', '25 учасників', '1,5 учасника',
    ]);
  });
  it('Czech: 21 and 22 take the genitive plural (no one/few for compounds), a fraction the genitive singular', () => {
    expect([...each('cs', csPeople.title), plural('cs', csPeople.title, 1.5)]).to.deep.equal([
      '1 účastník', '2 účastníci', '5 účastníků', '21 účastníků', '22 účastníků', '25 účastníků', '1,5 účastníka',
    ]);
  });
  it('Slovenian: one for 1 and 101, two for 2 and 102, few for 3–4', () => {
    expect([1, 2, 3, 5, 101, 102].map((n) => plural('sl', slPeople.title, n))).to.deep.equal([
      '1 udeleženec', '2 udeleženca', '3 udeleženci', '5 udeležencev', '101 udeleženec', '102 udeleženca',
    ]);
  });
});
