/** Intl formatting of the lazy UI (src/i18n/intl.ts): plural forms, lobby timer, lists, times. */
import { expect } from '@open-wc/testing';
import { formatDuration, formatList, formatNumber, formatTime, plural } from '../../src/i18n/intl.js';

describe('plural', () => {
  it('picks English one/other and fills {count} with the locale’s digits', () => {
    const forms = { one: '{count} participant', other: '{count} participants' };
    expect(plural('en', forms, 1)).to.equal('1 participant');
    expect(plural('en', forms, 0)).to.equal('0 participants');
    expect(plural('en', forms, 1234)).to.equal('1,234 participants');
  });
  it('Arabic has six forms: zero, one, two, few (3–10), many (11–99), other (100…)', () => {
    const forms = { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' };
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => plural('ar', forms, n))).to.deep.equal(['z', 'o', 't', 'f', 'f', 'm', 'm', 'x', 'x']);
  });
  it('Russian: one (1, 21), few (2–4, 22), many (5–20, 11)', () => {
    const forms = { one: '{count} участник', few: '{count} участника', many: '{count} участников', other: '{count} участника' };
    expect(plural('ru', forms, 1)).to.equal('1 участник');
    expect(plural('ru', forms, 21)).to.equal('21 участник');
    expect(plural('ru', forms, 3)).to.equal('3 участника');
    expect(plural('ru', forms, 11)).to.equal('11 участников');
    expect(plural('ru', forms, 25)).to.equal('25 участников');
  });
  it('Polish: one only for 1, few for 2–4 and 22–24 but not 12–14, many otherwise', () => {
    const forms = { one: 'one', few: 'few', many: 'many', other: 'other' };
    expect([1, 2, 4, 5, 12, 14, 21, 22, 24, 25].map((n) => plural('pl', forms, n))).to.deep.equal(
      ['one', 'few', 'few', 'many', 'many', 'many', 'many', 'few', 'few', 'many'],
    );
  });
  it('falls back to other when a form is missing, and takes a plain string as is', () => {
    expect(plural('ar', { other: '{count} x' }, 2)).to.match(/x$/);
    expect(plural('en', '{count} of {max}', 3, { max: 10 })).to.equal('3 of 10');
  });
});

describe('formatDuration (lobby timer)', () => {
  it('uses Intl.DurationFormat where it exists', function () {
    const DF = (Intl as { DurationFormat?: unknown }).DurationFormat;
    if (!DF) this.skip();
    expect(formatDuration('en', 65_000)).to.equal('01:05');
    expect(formatDuration('en', 3_725_000)).to.equal('1:02:05');
  });
  it('without Intl.DurationFormat: mm:ss / h:mm:ss in the locale’s digits', () => {
    expect(formatDuration('en', 0, null)).to.equal('00:00');
    expect(formatDuration('en', 65_000, null)).to.equal('01:05');
    expect(formatDuration('en', 3_725_000, null)).to.equal('1:02:05');
    expect(formatDuration('en', -5, null)).to.equal('00:00');
    const fa = (n: number) => formatNumber('fa', n);
    expect(formatDuration('fa', 65_000, null)).to.equal(`${fa(0)}${fa(1)}:${fa(0)}${fa(5)}`);
    expect(fa(5), 'Persian digits').to.equal('۵');
  });
});

describe('formatList and formatTime', () => {
  it('joins names in the locale’s words', () => {
    expect(formatList('en', ['Alex', 'Bea'])).to.equal('Alex and Bea');
    expect(formatList('fr', ['Alex', 'Bea'])).to.equal('Alex et Bea');
    expect(formatList('de', ['Alex', 'Bea', 'Cal'])).to.equal('Alex, Bea und Cal');
  });
  it('clock times follow the locale (24 h in German, 12 h in US English)', () => {
    const d = new Date(2026, 0, 5, 14, 7);
    expect(formatTime('de', d)).to.equal('14:07');
    expect(formatTime('en', d)).to.match(/^2:07\s?PM$/);
  });
  it('a tag Intl refuses falls back to English instead of throwing', () => {
    expect(formatList('not a tag', ['a', 'b'])).to.equal('a and b');
  });
});
