// The README's styling section lists every part and slot the host documents in custom-elements.json, and
// nothing else (the manifest itself is checked against the rendered DOM by manifest-dom.test.mjs), so a
// designer reading the README sees the whole surface. Runs after `npm run build` (it reads the manifest).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const host = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'teams-meeting-join');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The backticked names in the README between two markers. */
function namesBetween(/** @type {string} */ start, /** @type {string} */ end) {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end, from);
  assert.ok(from >= 0 && to > from, `README has a section from "${start}" to "${end}"`);
  const section = readme.slice(from, to).replace(/```[\s\S]*?```/g, '');
  return new Set([...section.matchAll(/`([a-z][a-z0-9-]*)`/g)].map((m) => m[1]));
}

test('README: the parts list names exactly the parts the host documents', () => {
  const listed = namesBetween('- **Parts**', '- **Slots:**');
  const documented = new Set(host.cssParts.map((/** @type {{ name: string }} */ p) => p.name));
  assert.deepEqual([...documented].filter((p) => !listed.has(p)).sort(), [], 'documented parts missing from the README');
  assert.deepEqual([...listed].filter((p) => !documented.has(p)).sort(), [], 'README parts the host does not document');
});

test('README: the slots list names exactly the slots the host documents', () => {
  const section = namesBetween('- **Slots:**', '- **Custom properties:**');
  const documented = host.slots.map((/** @type {{ name: string }} */ s) => s.name).sort();
  assert.deepEqual(documented.filter((s) => !section.has(s)), [], 'documented slots missing from the README');
});
