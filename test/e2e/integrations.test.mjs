// The framework types and IDE data in dist/integrations/ agree with custom-elements.json: they are what the
// generator (.ci/integrations.mjs) makes from the shipped manifest, and each lists exactly the manifest's
// attributes, events, slots, parts and custom properties of <teams-meeting-join> (compared here one kind at a
// time, so a generator that dropped or invented an entry fails). Type-checking them against real Preact, Solid,
// Vue, Svelte and React types happens in package-install.test.mjs, on the installed tarball. Runs after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, attributeType, eventDetailType, handlerProp, hostDeclaration } from '../../.ci/integrations.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (p) => readFileSync(join(root, p), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const pkg = JSON.parse(read('package.json'));
const host = hostDeclaration(manifest);
const names = (list) => (list ?? []).map((x) => x.name).sort();
const sorted = (list) => [...list].sort();

test('dist/integrations is what the generator makes from the shipped manifest (the build ran it; nothing edited by hand)', () => {
  for (const [file, text] of Object.entries(generate(manifest, pkg))) assert.equal(read(`dist/integrations/${file}`), text, `dist/integrations/${file}`);
});

test('VS Code html-custom-data: one tag, the manifest attributes with their values and descriptions', () => {
  const data = JSON.parse(read('dist/integrations/vscode.html-custom-data.json'));
  assert.equal(data.version, 1.1);
  assert.deepEqual(data.tags.map((t) => t.name), ['teams-meeting-join']);
  const [tag] = data.tags;
  assert.ok(tag.description.value.length > 20, 'the element has a description');
  assert.equal(tag.description.value, host.description || host.summary);
  assert.deepEqual(names(tag.attributes), names(host.attributes));
  for (const a of host.attributes) {
    const entry = tag.attributes.find((x) => x.name === a.name);
    assert.ok(entry.description.value.startsWith(a.description), `${a.name}: description`);
    const type = attributeType(a.type.text);
    if (type === 'boolean') assert.equal(entry.valueSet, 'v', `${a.name}: boolean attribute takes no value`);
    else if (Array.isArray(type)) assert.deepEqual(entry.values.map((v) => v.name), type, `${a.name}: its values`);
    else assert.equal(entry.values, undefined, `${a.name}: free text`);
  }
  const theme = tag.attributes.find((a) => a.name === 'theme');
  assert.deepEqual(theme.values.map((v) => v.name), ['light', 'dark', 'auto'], 'the theme attribute completes to its three values');
});

test('VS Code css-custom-data: every --tmj-* property and every ::part() of the host', () => {
  const data = JSON.parse(read('dist/integrations/vscode.css-custom-data.json'));
  assert.deepEqual(names(data.properties), names(host.cssProperties));
  assert.deepEqual(sorted(data.pseudoElements.map((p) => p.name)), sorted(host.cssParts.map((p) => `::part(${p.name})`)));
  assert.ok(data.properties.length >= 40 && data.pseudoElements.length >= 100, `${data.properties.length} properties, ${data.pseudoElements.length} parts`);
});

test('JetBrains web-types: attributes, properties, events, slots, parts and custom properties of the manifest; package.json points at it', () => {
  assert.equal(pkg['web-types'], './dist/integrations/web-types.json');
  assert.ok(pkg.files.includes('dist'), 'shipped with dist/');
  const wt = JSON.parse(read(pkg['web-types']));
  assert.equal(wt.name, pkg.name);
  assert.equal(wt.version, pkg.version);
  assert.deepEqual(wt.contributions.html.elements.map((e) => e.name), ['teams-meeting-join']);
  const [el] = wt.contributions.html.elements;
  assert.deepEqual(names(el.attributes), names(host.attributes));
  for (const a of el.attributes) {
    const m = host.attributes.find((x) => x.name === a.name);
    assert.equal(a.description, m.description, `${a.name}: description`);
    assert.equal(a.value.kind, attributeType(m.type.text) === 'boolean' ? 'no-value' : 'plain', `${a.name}: value kind`);
  }
  assert.deepEqual(names(el.js.events), names(host.events));
  for (const e of el.js.events) assert.equal(e.type, `CustomEvent<${eventDetailType(host.events.find((x) => x.name === e.name))}>`, `${e.name}: detail type`);
  assert.deepEqual(names(el.slots), names(host.slots));
  assert.deepEqual(names(el.css.parts), names(host.cssParts));
  assert.deepEqual(names(el.css.properties), names(host.cssProperties));
  const fields = host.members.filter((m) => m.kind === 'field' && m.name !== 'phase').map((m) => m.name);
  assert.deepEqual(names(el.js.properties), sorted(fields), 'one JS property per public field (phase is read-only)');
});

test('framework declarations name every attribute and one handler per event, in each framework\'s convention', () => {
  const types = read('dist/integrations/element-types.d.ts');
  for (const a of host.attributes) {
    assert.match(types, new RegExp(`\\n  '?${a.name}'?\\?: `), `element-types: attribute ${a.name}`);
    assert.match(types, new RegExp(`\\n  ${a.fieldName}\\?: `), `element-types: property ${a.fieldName}`);
  }
  for (const e of host.events) assert.match(types, new RegExp(`'${e.name}': CustomEvent<${eventDetailType(e)}>;`), `element-types: ${e.name}`);
  const conventions = { preact: (n) => `'on${n}'`, solid: (n) => `'on:${n}'`, vue: handlerProp, svelte: (n) => `'on${n}'` };
  for (const [file, prop] of Object.entries(conventions)) {
    const text = read(`dist/integrations/${file}.d.ts`);
    for (const e of host.events) assert.ok(text.includes(`${prop(e.name)}?: (event: TeamsMeetingJoinEvents['${e.name}']) => void;`), `${file}: handler for ${e.name}`);
  }
});

test('the generator refuses what it cannot type precisely instead of writing any', () => {
  assert.equal(attributeType('string | undefined'), 'string');
  assert.deepEqual(attributeType("'light' | 'dark'"), ['light', 'dark']);
  assert.throws(() => attributeType('TokenProvider'), /not one the generator can type/);
  assert.throws(() => attributeType("'a' | number"), /not one the generator can type/);
  assert.throws(() => eventDetailType({ name: 'tmj-x', type: { text: 'Event' } }), /not CustomEvent<NamedDetail>/);
  assert.throws(() => eventDetailType({ name: 'tmj-x' }), /not CustomEvent<NamedDetail>/);
  assert.equal(handlerProp('tmj-compliance-change'), 'onTmjComplianceChange');
  const hostile = structuredClone(manifest);
  const h = hostile.modules.flatMap((mod) => mod.declarations ?? []).find((d) => d.tagName === 'teams-meeting-join');
  h.attributes.push({ name: 'x-y', fieldName: 'xY', type: { text: "'a */ b'" }, description: 'closes */ the comment' });
  const types = generate(hostile, pkg)['element-types.d.ts'];
  assert.ok(types.includes("'x-y'?: 'a */ b';"), 'a literal value stays a string literal type');
  assert.ok(types.includes('closes *\\/ the comment') && !types.includes('closes */'), 'a */ in a description cannot end the doc comment early');
  h.attributes.push({ name: 'x-z', type: { text: "'it''s'" } });
  assert.throws(() => generate(hostile, pkg), /not one the generator can type/, 'a quote inside a literal is refused');
});
