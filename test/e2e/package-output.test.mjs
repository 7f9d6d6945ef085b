// What the build hands to users: the npm build (dist/), the script-tag build (cdn/) and custom-elements.json.
// Runs after `npm run build` (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readGraph } from '../../.ci/bench/graph.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json'));

test('every path in the package exports map exists after the build', () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const targets = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of targets) {
      if (path.includes('*')) continue;
      assert.ok(existsSync(join(root, path)), `exports["${entry}"] → ${path} is missing`);
    }
  }
  assert.ok(existsSync(join(root, pkg.types)), 'types entry exists');
});

test('the npm build keeps dependencies external (no lit or SDK code copied into dist/)', () => {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.js')) files.push(path);
    }
  };
  walk('dist');
  assert.ok(files.length > 10, 'dist/ has one file per module');
  for (const file of files) {
    const text = read(file);
    assert.doesNotMatch(text, /class ReactiveElement|azsdk-js-communication/, `${file} inlines a dependency`);
  }
  assert.match(read('dist/components/meeting-join/meeting-join.component.js'), /from 'lit'/, 'lit is imported');
});

test('the pasted script defines the element and contains no SDK', () => {
  const entry = read('cdn/teams-meeting-join.js');
  assert.match(entry, /teams-meeting-join/, 'registers <teams-meeting-join>');
  assert.doesNotMatch(entry, /azsdk-js-communication|CallClient/, 'no calling/chat SDK code in the pasted script');
  const graph = readGraph(join(root, 'cdn'));
  assert.deepEqual([...graph.pasted], ['teams-meeting-join.js'], 'the pasted script paints pre-join without further requests');
  assert.ok(graph.files.size > 10, 'the lazy chunks are reachable from the pasted script');
});

test('custom-elements.json documents every element and the full public API of <teams-meeting-join>', () => {
  const manifest = JSON.parse(read(pkg.customElements));
  const elements = new Map();
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) if (d.customElement) elements.set(d.tagName, d);
  }
  for (const tag of [
    'teams-meeting-join',
    'tmj-prejoin',
    'tmj-call-view',
    'tmj-video-gallery',
    'tmj-call-controls',
    'tmj-chat-panel',
    'tmj-compliance-banner',
    'tmj-notice-stack',
    'tmj-people-panel',
  ]) {
    assert.ok(elements.has(tag), `<${tag}> is in the manifest with its tag name`);
  }
  const host = elements.get('teams-meeting-join');
  const attributes = new Set((host.attributes ?? []).map((a) => a.name));
  for (const name of [
    'meeting-link',
    'meeting-id',
    'passcode',
    'display-name',
    'token-url',
    'acs-endpoint',
    'identity',
    'lang',
    'theme',
    'privacy-policy-url',
    'no-chat',
    'no-video',
    'no-screen-share',
    'emulator',
  ]) {
    assert.ok(attributes.has(name), `attribute ${name} documented`);
  }
  const events = new Set((host.events ?? []).map((e) => e.name));
  for (const name of [
    'tmj-state-change',
    'tmj-joined',
    'tmj-left',
    'tmj-error',
    'tmj-compliance-change',
    'tmj-chat-message',
    'tmj-request-leave',
  ]) {
    assert.ok(events.has(name), `event ${name} documented`);
  }
  const members = new Set((host.members ?? []).map((m) => m.name));
  for (const name of ['join', 'leave', 'tokenProvider']) assert.ok(members.has(name), `member ${name} documented`);
  assert.ok((host.cssParts ?? []).length >= 5, 'parts documented');
  assert.ok((host.cssProperties ?? []).length >= 5, 'custom properties documented');
});
