/** Site string overrides (issue 15 req 5): parsing and checking page input, resolution per locale, merging. */
import { expect } from '@open-wc/testing';
import { withOverrides } from '../../src/i18n/apply.js';
import en from '../../src/i18n/en/people.js';
import { collectOverrides, parseOverrides, resolveOverrides } from '../../src/i18n/overrides.js';

describe('parseOverrides', () => {
  it('takes "<area>.<key>" strings, nested keys dotted, plural forms, and locale-scoped tables', () => {
    const problems: string[] = [];
    const parsed = parseOverrides(
      {
        'core.join': 'Enter',
        'core-end.errors.network': 'Offline',
        'people.title': { one: '{count} guest', other: '{count} guests' },
        fr: { 'core.join': 'Entrer' },
        'pt-BR': { 'call.leave': 'Sair' },
      },
      'test',
      problems,
    );
    expect(problems).to.deep.equal([]);
    expect(parsed.all).to.deep.equal({
      core: { join: 'Enter' },
      'core-end': { errors: { network: 'Offline' } },
      people: { title: { one: '{count} guest', other: '{count} guests' } },
    });
    expect(parsed.byLocale['fr']).to.deep.equal({ core: { join: 'Entrer' } });
  });

  it('ignores, and reports, every kind of bad input without throwing', () => {
    const problems: string[] = [];
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "core.__proto__.x": "a", "core.constructor": "b", "nope.join": "c",' +
        ' "core.nothing": "d", "core.errors": "e", "core.join": 42, "people.title": {"one": "x"},' +
        ' "people.micOn": {"other": "f"}, "core.widget": ["g"], "people.title2": "h", "core.camera": "' + 'x'.repeat(5000) + '"}',
    );
    const parsed = parseOverrides(hostile, 'test', problems);
    expect(parsed.all, 'nothing survives').to.deep.equal({});
    expect(({} as Record<string, unknown>)['polluted'], 'no prototype pollution').to.equal(undefined);
    const has = (re: RegExp) => expect(problems.some((p) => re.test(p)), `${re} in\n${problems.join('\n')}`).to.equal(true);
    has(/^nope\.join: unknown key/);
    has(/^core\.nothing: unknown key \(no such string/);
    has(/^core\.errors: not a string in the catalog/);
    has(/^core\.join: must be a string/);
    has(/^people\.title: plural forms need "other"/);
    has(/^people\.micOn: must be a string$/);
    has(/^core\.camera: longer than 4000/);
    has(/^core\.__proto__\.x: not a key/);
    for (const input of [null, undefined]) expect(parseOverrides(input, 'x').all).to.deep.equal({});
    const p2: string[] = [];
    for (const input of ['text', 42, ['core.join'], new Date()]) parseOverrides(input, 'x', p2);
    expect(p2.length, 'non-objects are refused').to.equal(4);
  });
});

describe('resolveOverrides and withOverrides', () => {
  it('later sources win, a locale’s keys over the global ones, other locales’ keys unused', () => {
    const a = parseOverrides({ 'core.join': 'A', 'core.camera': 'Cam A', de: { 'core.join': 'A-de' } }, 'a');
    const b = parseOverrides({ 'core.join': 'B' }, 'b');
    expect(resolveOverrides([a, b], 'en')).to.deep.equal({ core: { join: 'B', camera: 'Cam A' } });
    expect(resolveOverrides([a, b], 'de')).to.deep.equal({ core: { join: 'A-de', camera: 'Cam A' } });
    expect(resolveOverrides([], 'en')).to.equal(undefined);
  });
  it('replaces only paths the catalog has, never adds or changes a table into a string', () => {
    const merged = withOverrides(en, { micOn: 'Mic live', nonsense: 'x', title: 'Everyone ({count})' });
    expect(merged.micOn).to.equal('Mic live');
    expect(merged.title).to.equal('Everyone ({count})');
    expect('nonsense' in merged).to.equal(false);
    expect(en.micOn, 'the catalog itself is untouched').to.equal('Microphone on');
  });
});

describe('collectOverrides', () => {
  it('reads strings-url, the child script and the property in that order, and warns about problems', async () => {
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warned.push(m);
    try {
      const sources = await collectOverrides({
        property: { 'core.join': 'Property' },
        script: '{"core.join": "Script", "core.camera": "Script cam", "core.typo": "x"}',
        url: '/test/fixtures/strings-overrides.json',
        base: location.href,
      });
      expect(resolveOverrides(sources, 'en')).to.deep.equal({
        core: { join: 'Property', camera: 'Script cam', nameLabel: 'What should we call you?' },
      });
      expect(warned.join('\n')).to.contain('core.typo: unknown key');
      warned.length = 0;
      const bad = await collectOverrides({ property: undefined, script: '{not json', url: 'javascript:alert(1)', base: location.href });
      expect(resolveOverrides(bad, 'en')).to.equal(undefined);
      expect(warned.join('\n')).to.contain('strings-url: only http(s) addresses are fetched').and.contain('not JSON');
      warned.length = 0;
      await collectOverrides({ property: undefined, script: null, url: '/test/fixtures/missing.json', base: location.href });
      expect(warned.join('\n')).to.contain('strings-url: HTTP 404');
    } finally {
      console.warn = warn;
    }
  });
});
