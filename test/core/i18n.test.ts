/** Language resolution and lazy string loading, plus completeness of the core string tables. */
import { expect } from '@open-wc/testing';
import { ERROR_CODES } from '../../src/core/errors.js';
import { format, loadStrings, resolveLang } from '../../src/core/i18n.js';
import { coreStringsEn } from '../../src/i18n/core-en.js';
import { coreEndStringsEn } from '../../src/i18n/core-end-en.js';
import { coreConfigErrorsEn } from '../../src/i18n/core-config-en.js';
import { coreMediaStringsEn } from '../../src/i18n/core-media-en.js';
import { coreStringsFr } from '../../src/i18n/core-fr.js';
import { coreStringsDe } from '../../src/i18n/core-de.js';

describe('resolveLang', () => {
  const cases: Array<[string | undefined, string[], string]> = [
    ['fr', [], 'fr'],
    ['fr-CA', [], 'fr'],
    ['DE_at', [], 'de'],
    ['en-GB', ['fr'], 'en'],
    ['es', ['fr'], 'en'], // explicit but unsupported: English, not a mix with the browser's language
    [undefined, ['es-ES', 'de-DE', 'fr'], 'de'],
    [undefined, ['pt'], 'en'],
    ['  ', ['fr-BE'], 'fr'],
  ];
  for (const [requested, prefs, expected] of cases) {
    it(`lang=${JSON.stringify(requested)} with browser ${JSON.stringify(prefs)} → ${expected}`, () => {
      expect(resolveLang(requested, prefs)).to.equal(expected);
    });
  }
});

describe('loadStrings', () => {
  it('returns English without loading, and the lazy table for fr/de', async () => {
    const loaders = { fr: async () => ({ hi: 'salut' }), de: async () => ({ hi: 'hallo' }) };
    expect(await loadStrings('en', loaders, { hi: 'hi' })).to.deep.equal({ hi: 'hi' });
    expect(await loadStrings('fr', loaders, { hi: 'hi' })).to.deep.equal({ hi: 'salut' });
  });
  it('falls back to English when a chunk fails to load', async () => {
    const loaders = { fr: () => Promise.reject(new Error('offline')), de: async () => ({ hi: 'hallo' }) };
    expect(await loadStrings('fr', loaders, { hi: 'hi' })).to.deep.equal({ hi: 'hi' });
  });
  it('format fills placeholders and leaves unknown ones', () => {
    expect(format('{count} of {max} {x}', { count: 3, max: 256 })).to.equal('3 of 256 {x}');
  });
});

describe('core string tables', () => {
  const en = { ...coreStringsEn, ...coreEndStringsEn, ...coreMediaStringsEn, errors: { ...coreStringsEn.errors, ...coreConfigErrorsEn, ...coreEndStringsEn.errors } };
  it('English has a message for every error code', () => {
    const missing = ERROR_CODES.filter((code) => !(en.errors as Record<string, string>)[code]);
    expect(missing, 'codes without an English message').to.deep.equal([]);
  });
  for (const [name, table] of [['fr', coreStringsFr], ['de', coreStringsDe]] as const) {
    it(`${name} has every key English has, and a message for every error code`, () => {
      expect(Object.keys(table).sort()).to.deep.equal(Object.keys(en).sort());
      const missing = ERROR_CODES.filter((code) => !table.errors[code]);
      expect(missing, `codes without a ${name} message`).to.deep.equal([]);
    });
  }
});
