/** Locale matching and resolution order, the one catalog loader, and English error-message coverage. */
import { expect } from '@open-wc/testing';
import { ERROR_CODES } from '../../src/core/errors.js';
import { dirOf, format, LOCALES, matchLocale, resolveLang, resolveLocale } from '../../src/core/i18n.js';
import coreStringsEn from '../../src/i18n/en/core.js';
import coreConfigErrorsEn from '../../src/i18n/en/core-config.js';
import coreEndStringsEn from '../../src/i18n/en/core-end.js';
import frPeople from '../../src/i18n/fr/people.js';
import { loadCatalog } from '../../src/i18n/load.js';

/** The expected locale when it is supported, else undefined (the list grows as catalogs land). */
const ifSupported = (tag: string) => (LOCALES.includes(tag) ? tag : undefined);

describe('matchLocale', () => {
  const cases: Array<[string, string | undefined]> = [
    ['fr', 'fr'],
    ['FR', 'fr'],
    ['de_AT', 'de'],
    ['fr-BE', 'fr'],
    ['de-CH-1996', 'de'],
    ['en-US', 'en'],
    ['fr-CA', ifSupported('fr-CA') ?? 'fr'],
    ['en-AU', ifSupported('en-GB') ?? 'en'],
    ['pt', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt_BR', 'pt-BR'],
    ['pt-AO', ifSupported('pt-PT')],
    ['zh-HK', ifSupported('zh-TW')],
    ['zh-Hant', ifSupported('zh-TW')],
    ['zh', ifSupported('zh-CN')],
    ['zh-SG', ifSupported('zh-CN')],
    ['es-419', ifSupported('es-MX') ?? 'es'],
    ['es-ES', 'es'],
    ['es', 'es'],
    ['ES_es', 'es'],
    ['no', ifSupported('nb')],
    ['iw', ifSupported('he')], // the deprecated Hebrew code
    // i18n-a's locales: script/region variants land on the one catalog a visitor there reads.
    ['fa-IR', ifSupported('fa')],
    ['fa-AF', ifSupported('fa')], // Dari is written like Persian; better than English
    ['ur-PK', ifSupported('ur')],
    ['ur-IN', ifSupported('ur')],
    ['zh-TW', ifSupported('zh-TW')],
    ['zh-MO', ifSupported('zh-TW')], // Macau: Traditional script
    ['zh-Hans-HK', ifSupported('zh-CN')], // the script outranks the region
    ['zh-Hant-CN', ifSupported('zh-TW')],
    ['zh_CN', ifSupported('zh-CN')],
    ['zh-cn', ifSupported('zh-CN')],
    ['ja-JP', ifSupported('ja')],
    ['ko-KR', ifSupported('ko')],
    ['hi-IN', ifSupported('hi')],
    ['in', ifSupported('id')], // the deprecated Indonesian code that old Android still sends
    ['id-ID', ifSupported('id')],
    ['th-TH-u-nu-thai', ifSupported('th')],
    ['vi-VN', ifSupported('vi')],
    ['tr-CY', ifSupported('tr')],
    // Central/Eastern Europe and Greek (issue 15): the language alone, whatever the region
    ['ru-UA', ifSupported('ru')],
    ['ru_KZ', ifSupported('ru')],
    ['pl-PL', ifSupported('pl')],
    ['uk-UA', ifSupported('uk')],
    ['cs-CZ', ifSupported('cs')],
    ['sk-SK', ifSupported('sk')],
    ['hu-HU', ifSupported('hu')],
    ['ro-MD', ifSupported('ro')],
    ['bg-BG', ifSupported('bg')],
    ['hr-BA', ifSupported('hr')],
    ['sl-SI', ifSupported('sl')],
    ['el-CY', ifSupported('el')],
    ['el-GR', ifSupported('el')],
    // Serbian: Latin, the script of Teams' Serbian UI, for every Serbian tag while it is the only one there
    ['sr-Latn-RS', ifSupported('sr-Latn')],
    ['sr-latn', ifSupported('sr-Latn')],
    ['sr-ME', ifSupported('sr-Latn')],
    ['sr', ifSupported('sr-Latn')],
    ['sr-RS', ifSupported('sr-Latn')],
    ['sr-Cyrl-RS', ifSupported('sr-Cyrl') ?? ifSupported('sr-Latn')],
    ['sw', undefined],
    ['', undefined],
    ['not a tag', undefined],
    ['../../evil', undefined],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag)} → ${expected}`, () => expect(matchLocale(tag)).to.equal(expected));
  }
});

describe('resolveLocale: element lang, ancestors, <html lang>, then the browser', () => {
  it('takes the first declared language it supports, nearest first', () => {
    expect(resolveLocale(['de', 'fr'], ['fr'])).to.equal('de');
    expect(resolveLocale([undefined, 'fr', 'de'], ['de'])).to.equal('fr');
  });
  it('skips declared but unsupported languages, then falls back to the browser languages, then English', () => {
    expect(resolveLocale(['sw', 'xx-YY'], ['es-AR', 'de-DE'])).to.equal(ifSupported('es-MX') ?? 'es');
    expect(resolveLocale(['sw'], ['sw', 'tlh'])).to.equal('en');
    expect(resolveLocale([], [])).to.equal('en');
    expect(resolveLocale(['', null, '  '], ['fr-BE'])).to.equal('fr');
  });
  it('a regional tag of the element wins over the browser, through its language', function () {
    if (!LOCALES.includes('uk') || !LOCALES.includes('el')) this.skip();
    expect(resolveLocale(['uk-UA'], ['ru-RU'])).to.equal('uk');
    expect(resolveLocale([undefined, 'el-CY'], ['de'])).to.equal('el');
    expect(resolveLocale(['sw'], ['sr-Latn-RS', 'de'])).to.equal(ifSupported('sr-Latn') ?? 'de');
  });
  it('resolveLang is one requested tag', () => {
    expect(resolveLang('de-AT', [])).to.equal('de');
    expect(resolveLang(undefined, ['fr'])).to.equal('fr');
  });
  it('dir follows the language', () => {
    expect(dirOf('ar')).to.equal('rtl');
    expect(dirOf('he')).to.equal('rtl');
    expect(dirOf('fa')).to.equal('rtl');
    expect(dirOf('ur')).to.equal('rtl');
    for (const l of ['zh-CN', 'zh-TW', 'ja', 'ko', 'hi', 'id', 'th', 'vi', 'tr']) expect(dirOf(l), l).to.equal('ltr');
    expect(dirOf('fr')).to.equal('ltr');
  });
});

describe('loadCatalog', () => {
  it('loads a locale’s catalog of an area as its own chunk', async () => {
    expect(await loadCatalog('fr', 'people')).to.deep.equal(frPeople);
  });
  it('gives undefined (the caller keeps English) for English and for tags it does not know', async () => {
    expect(await loadCatalog('en', 'people')).to.equal(undefined);
    expect(await loadCatalog('../en', 'people')).to.equal(undefined);
    expect(await loadCatalog('sw', 'core')).to.equal(undefined);
  });
  it('format fills placeholders and leaves unknown ones', () => {
    expect(format('{count} of {max} {x}', { count: 3, max: 256 })).to.equal('3 of 256 {x}');
  });
});

describe('English error messages', () => {
  it('has a message for every error code', () => {
    const all: Record<string, string> = { ...coreStringsEn.errors, ...coreConfigErrorsEn, ...coreEndStringsEn.errors };
    expect(ERROR_CODES.filter((code) => !all[code]), 'codes without an English message').to.deep.equal([]);
  });
});
