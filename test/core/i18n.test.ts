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

describe('regional variants and their fallbacks (it nl sv da nb fi pt-PT ca cy es-MX fr-CA en-GB)', () => {
  const cases: Array<[string, string]> = [
    ['pt', 'pt-BR'], // Portuguese without a region is Brazil's (the most speakers)
    ['pt-PT', 'pt-PT'],
    ['pt-AO', 'pt-PT'], // Angola, Mozambique… write European Portuguese
    ['pt-MZ', 'pt-PT'],
    ['es-419', 'es-MX'], // Latin America
    ['es-US', 'es-MX'],
    ['es-AR', 'es-MX'],
    ['es-mx', 'es-MX'],
    ['es-ES', 'es'],
    ['es', 'es'],
    ['en-AU', 'en-GB'],
    ['en-IE', 'en-GB'],
    ['en-NZ', 'en-GB'],
    ['en_GB', 'en-GB'],
    ['en-US', 'en'],
    ['en-CA', 'en'],
    ['fr-CA', 'fr-CA'],
    ['fr-ca', 'fr-CA'],
    ['fr-CH', 'fr'],
    ['nn', 'nb'], // Nynorsk readers read Bokmål; better than English
    ['no', 'nb'],
    ['nb-NO', 'nb'],
    ['no-NO', 'nb'],
    ['ca-ES-valencia', 'ca'],
    ['ca-AD', 'ca'],
    ['cy-GB', 'cy'],
    ['fi-FI', 'fi'],
    ['sv-FI', 'sv'],
    ['nl-BE', 'nl'],
    ['da-DK', 'da'],
    ['it-CH', 'it'],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag)} → ${expected}`, () => expect(matchLocale(tag)).to.equal(expected));
  }
  it('the browser’s regional languages resolve to the variant, a declared lang still wins', () => {
    expect(resolveLocale([], ['es-US', 'en'])).to.equal('es-MX');
    expect(resolveLocale(['sw'], ['en-IE'])).to.equal('en-GB');
    expect(resolveLocale(['fr-CA'], ['es-MX'])).to.equal('fr-CA');
    expect(resolveLocale([null, 'nn-NO'], ['de'])).to.equal('nb');
  });
});

/** Every leaf path of a catalog (plural objects are one leaf), to compare shapes. */
const paths = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' && !('other' in v) ? paths(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('delta catalogs (es-MX over es, fr-CA over fr) load as their own chunk, complete', () => {
  it('es-MX keeps every Spanish key, changes only what Mexican Spanish says differently', async () => {
    const [es, mx] = await Promise.all([loadCatalog('es', 'call'), loadCatalog('es-MX', 'call')]);
    expect(mx).to.not.equal(undefined);
    expect(paths(mx!).sort()).to.deep.equal(paths(es!).sort());
    expect(es!.gallery).to.equal('Galería de vídeo');
    expect(mx!.gallery).to.equal('Galería de video');
    expect(mx!.raiseHand).to.equal(es!.raiseHand);
    const mxCompliance = await loadCatalog('es-MX', 'compliance');
    expect(mxCompliance!['recording-started']).to.match(/^Se inició la grabación\. .*consentimiento/);
    expect(mxCompliance!.consentStarted['both-started']).to.match(/^Se iniciaron/);
  });
  it('fr-CA says fenêtres contextuelles, keeps French’s Conversation (Teams’ term) and the rest of French, nested errors included', async () => {
    const [fr, ca] = await Promise.all([loadCatalog('fr', 'core-end'), loadCatalog('fr-CA', 'core-end')]);
    expect(ca!.errors['m365-popup-blocked']).to.contain('fenêtres contextuelles');
    expect(fr!.errors['m365-popup-blocked']).to.not.contain('fenêtres contextuelles');
    expect(ca!.errors['meeting-ended']).to.equal(fr!.errors['meeting-ended']);
    expect(ca!.errors['chat-unavailable']).to.equal(fr!.errors['chat-unavailable']);
    expect(paths(ca!).sort()).to.deep.equal(paths(fr!).sort());
    expect((await loadCatalog('fr-CA', 'call'))!.chatTitle).to.equal('Conversation de la réunion');
    expect((await loadCatalog('fr-CA', 'identity'))!.legend).to.match(/réunion\?$/);
  });
  it('every new locale has English’s shape in every area', async () => {
    const en = { people: (await import('../../src/i18n/en/people.js')).default, notices: (await import('../../src/i18n/en/notices.js')).default };
    for (const lang of 'it nl sv da nb fi pt-PT ca cy es-MX fr-CA en-GB'.split(' ')) {
      for (const area of ['people', 'notices'] as const) {
        const table = await loadCatalog(lang, area);
        expect(table, `${lang}/${area}`).to.not.equal(undefined);
        expect(paths(table!).sort(), `${lang}/${area}`).to.deep.equal(paths(en[area]).sort());
      }
    }
    expect((await loadCatalog('en-GB', 'people'))!.organizer).to.equal('Organiser');
  });
});
