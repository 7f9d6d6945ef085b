// custom-elements.json against the real widget, so the two cannot drift: the parts and slots that
// <teams-meeting-join> really exposes (own parts + exportparts chains, read from the rendered DOM of the built
// script on the demo page, phase by phase against the emulator) are exactly the documented ones; the events
// are those of TmjEventMap with their detail types; the attributes are the element's observedAttributes;
// the custom properties are the --tmj-* the shipped styles read. Nothing here lists a part, slot, event or
// property by hand: add one in the code and this fails until the host's JSDoc documents it.
// Runs after `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, waitFor } from './support/emulator.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = new Map();
for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.customElement) elements.set(d.tagName, d);
const host = elements.get('teams-meeting-join');
const documentedParts = new Set((host.cssParts ?? []).map((p) => p.name));
const documentedSlots = new Set((host.slots ?? []).map((s) => s.name));
/** Parts each inner element documents (for "is this export real"). */
const innerParts = Object.fromEntries([...elements].map(([tag, d]) => [tag, (d.cssParts ?? []).map((p) => p.name)]));

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/**
 * In the page: what the host exposes now (`exposed`: parts rendered somewhere and exported up every level),
 * what its exportparts chains would export (`declared`: also parts not rendered in this phase, as long as the
 * inner element documents or renders them), and the named slots in the host's shadow root.
 */
function snapshotInPage(inner) {
  const mapping = (el) =>
    el
      .getAttribute('exportparts')
      .split(',')
      .map((e) => e.split(':').map((s) => s.trim()))
      .filter(([a]) => a)
      .map(([a, b]) => [a, b ?? a]);
  const walk = (shadow) => {
    const exposed = new Set();
    const declared = new Set();
    for (const el of shadow.querySelectorAll('*')) {
      for (const p of el.part) {
        exposed.add(p);
        declared.add(p);
      }
      if (el.shadowRoot && el.hasAttribute('exportparts')) {
        const below = walk(el.shadowRoot);
        const known = new Set([...below.declared, ...(inner[el.localName] ?? [])]);
        for (const [a, b] of mapping(el)) {
          if (below.exposed.has(a)) exposed.add(b);
          if (known.has(a)) declared.add(b);
        }
      }
    }
    return { exposed, declared };
  };
  const widget = document.querySelector('teams-meeting-join');
  const { exposed, declared } = walk(widget.shadowRoot);
  const slots = [...widget.shadowRoot.querySelectorAll('slot[name]')].map((s) => s.name);
  return { exposed: [...exposed], declared: [...declared], slots, phase: widget.phase };
}

test('every part and slot <teams-meeting-join> exposes, in every phase, is documented, and every documented one is really exported', async () => {
  // Lobby and explicit consent: both screens appear on the way.
  const meeting = await env.api.createMeeting({ title: 'manifest e2e', lobby: true, explicitConsent: true });
  const context = await env.browser.newContext({ permissions: ['camera', 'microphone'] });
  // The join driver chunk arrives late, so the host's own "joining…" panel is on screen for a moment.
  let release;
  const held = new Promise((r) => (release = r));
  await context.route(/\/cdn\/chunks\/meeting-join\.call-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/?meeting=${encodeURIComponent(meeting.id)}`);
  await page.waitForFunction(() => customElements.get('teams-meeting-join') !== undefined, null, { timeout: 10000 });
  await page.getByRole('button', { name: 'Join now' }).waitFor({ timeout: 10000 });

  const seen = { exposed: new Set(), declared: new Set(), slots: new Set() };
  const undocumented = [];
  const snap = async (label) => {
    const s = await page.evaluate(snapshotInPage, innerParts);
    for (const p of s.exposed) {
      seen.exposed.add(p);
      if (!documentedParts.has(p)) undocumented.push(`${p} (${label}, phase ${s.phase})`);
    }
    for (const p of s.declared) seen.declared.add(p);
    for (const n of s.slots) {
      seen.slots.add(n);
      if (!documentedSlots.has(n)) undocumented.push(`slot ${n} (${label})`);
    }
  };

  await snap('pre-join');
  await page.getByRole('button', { name: 'Join now' }).click(); // empty name: the field error
  await snap('pre-join, name missing');
  await page.locator('teams-meeting-join').locator('[part~="devices"] summary').click().catch(() => undefined);
  await snap('pre-join, device settings open');

  await page.getByLabel('Your name', { exact: true }).fill('Manifest Visitor');
  await page.getByRole('button', { name: 'Join now' }).click();
  await page.locator('teams-meeting-join').locator('[part~="joining"]').waitFor({ timeout: 10000 });
  await snap('joining, driver still loading');
  release();
  await waitFor(() => page.evaluate(() => document.querySelector('teams-meeting-join').phase === 'lobby'), 'the lobby');
  await snap('lobby');
  const seat = await waitFor(async () => (await env.api.meeting(meeting.id)).participants.find((p) => p.state === 'lobby'), 'the visitor in the lobby list');
  await env.api.admit(meeting.id, seat.id);
  await waitFor(() => page.evaluate(() => document.querySelector('teams-meeting-join').phase === 'connected'), 'connected');
  await page.locator('teams-meeting-join').locator('[part~="controls"]').waitFor({ timeout: 10000 });
  await snap('in call');

  await env.api.recording(meeting.id, true);
  await page.locator('tmj-compliance-banner').filter({ hasText: /record/i }).first().waitFor({ timeout: 5000 });
  await page.getByRole('button', { name: 'I agree' }).waitFor({ timeout: 10000 });
  await snap('in call, recording, consent asked');
  await page.getByRole('button', { name: 'I agree' }).click();
  await page.getByRole('button', { name: 'I agree' }).waitFor({ state: 'detached', timeout: 10000 });
  await snap('in call, recording, consent given');
  // Guest features (issue 16): captions with a line, the visitor spotlighted, a breakout assignment, a reaction.
  await page.getByRole('button', { name: 'Captions', exact: true }).click();
  await page.getByRole('region', { name: 'Live captions' }).waitFor({ timeout: 10000 });
  await env.api.call('POST', `/meetings/${meeting.id}/captions`, { text: 'Hello from the manifest test', final: false });
  await page.getByRole('region', { name: 'Live captions' }).getByText('Hello from the manifest test').waitFor({ timeout: 10000 });
  await page.getByRole('button', { name: 'Caption settings' }).click();
  const self = (await env.api.meeting(meeting.id)).participants.find((p) => p.state === 'connected' && p.kind === 'acs');
  await env.api.call('POST', `/meetings/${meeting.id}/spotlight`, { participantId: self.id, on: true });
  await env.api.call('POST', `/meetings/${meeting.id}/breakout`, { participantId: self.id, room: 'Room 1', autoMove: false });
  await page.getByRole('button', { name: 'Join room' }).waitFor({ timeout: 10000 });
  await page.locator('teams-meeting-join').locator('[part~="stage-spotlight"]').waitFor({ timeout: 10000 });
  await page.getByRole('button', { name: 'React' }).click();
  await page.getByRole('menuitem', { name: 'Applause' }).click();
  await page.locator('teams-meeting-join').locator('[part~="tile-reaction"]').first().waitFor({ timeout: 10000 });
  await page.getByRole('button', { name: 'React' }).click();
  await page.getByRole('menuitem', { name: 'Applause' }).waitFor({ timeout: 5000 });
  await snap('in call, captions, spotlight, breakout assigned, reactions');
  await page.keyboard.press('Escape');
  await env.api.call('POST', `/meetings/${meeting.id}/spotlight`, { participantId: self.id, on: false });
  await page.getByRole('button', { name: /^Chat/ }).click();
  await page.getByPlaceholder('Type a message').fill('Hello from the manifest test');
  await page.getByPlaceholder('Type a message').press('Enter');
  await env.api.teamsChat(meeting.id, '<p>Hi <at id="0">guests</at></p>', 'Olivia Organizer');
  await page.locator('[role="log"]').getByText('Hello from the manifest test').waitFor({ timeout: 10000 });
  await page.locator('[role="log"]').getByText('guests').waitFor({ timeout: 10000 });
  await snap('in call, chat open');
  await page.getByRole('button', { name: 'People' }).click();
  await snap('in call, people open');
  await page.getByRole('button', { name: /device settings/i }).click();
  await snap('in call, device settings open');

  // A message that can't go out (the chat service hangs), then Leave: the end screen lists it with Copy.
  await page.keyboard.press('Escape');
  if (!(await page.getByPlaceholder('Type a message').isVisible())) await page.getByRole('button', { name: /^Chat/ }).click();
  await env.api.call('POST', '/faults/chat', { mode: 'hang', count: 50 });
  try {
    await page.getByPlaceholder('Type a message').fill('Unsent from the manifest test');
    await page.getByPlaceholder('Type a message').press('Enter');
    await page.locator('[role="log"]').getByText('Unsent from the manifest test').waitFor({ timeout: 10000 });
    await page.getByRole('button', { name: 'Leave' }).last().click();
    await waitFor(() => page.evaluate(() => document.querySelector('teams-meeting-join').phase === 'left'), 'the end screen');
    await page.locator('teams-meeting-join').locator('[part~="unsent-copy"]').first().waitFor({ timeout: 10000 });
  } finally {
    await env.api.call('DELETE', '/faults/chat');
  }
  await snap('end screen with an unsent message');

  await page.context().close();
  // A configuration error, on a fresh page (a finished call keeps its screen until Rejoin).
  const fresh = await env.page(`/?meeting=${encodeURIComponent(meeting.id)}`);
  await fresh.getByRole('button', { name: 'Join now' }).waitFor({ timeout: 10000 });
  await fresh.evaluate(() => document.querySelector('teams-meeting-join').setAttribute('meeting-link', 'not a link'));
  await fresh.locator('teams-meeting-join').locator('[part~="error"]').waitFor({ timeout: 10000 });
  const errorSnap = await fresh.evaluate(snapshotInPage, innerParts);
  for (const p of errorSnap.exposed) {
    seen.exposed.add(p);
    if (!documentedParts.has(p)) undocumented.push(`${p} (configuration error)`);
  }
  for (const p of errorSnap.declared) seen.declared.add(p);
  await fresh.context().close();

  assert.deepEqual(undocumented, [], 'parts/slots exposed by the rendered widget but missing from the host in custom-elements.json');
  // Icons are `icon icon-<name>` for every name in ICON_NAMES; not every icon is on screen in these phases.
  const { ICON_NAMES, iconPart } = await import(join(root, 'dist/components/shared/exported-parts.js'));
  const iconParts = new Set(ICON_NAMES.map(iconPart));
  assert.deepEqual([...documentedParts].filter((p) => p.startsWith('icon-')).sort(), [...iconParts].sort(), 'one documented icon-<name> part per icon');
  assert.ok([...iconParts].every((p) => seen.declared.has('icon') && seen.exposed.has('icon')), 'icons are exported');
  const bogus = [...documentedParts].filter((p) => !seen.declared.has(p) && !iconParts.has(p));
  assert.deepEqual(bogus, [], 'parts documented on the host that no rendered exportparts chain exports');
  const unseenSlots = [...documentedSlots].filter((s) => !seen.slots.has(s));
  assert.deepEqual(unseenSlots, [], 'slots documented on the host that the host never renders');
  for (const p of ['control-mic', 'control-pressed', 'control-leave', 'message-own', 'chat-message', 'live-region', 'banner-message', 'icon-mic', 'brand']) {
    assert.ok(seen.exposed.has(p), `${p} is really reachable as teams-meeting-join::part(${p})`);
  }
});

test('the host documents exactly the events of TmjEventMap, each with its detail type', () => {
  const dts = readFileSync(join(root, 'dist/core/events.d.ts'), 'utf8');
  const map = dts.slice(dts.indexOf('interface TmjEventMap'));
  const body = map.slice(0, map.indexOf('}'));
  const fromTypes = Object.fromEntries([...body.matchAll(/'(tmj-[a-z-]+)':\s*(CustomEvent<\w+>)/g)].map((m) => [m[1], m[2]]));
  assert.ok(Object.keys(fromTypes).length >= 7, 'TmjEventMap read from the shipped declarations');
  const documented = Object.fromEntries((host.events ?? []).map((e) => [e.name, e.type?.text]));
  assert.deepEqual(documented, fromTypes, 'custom-elements.json events (name → type) equal TmjEventMap');
  for (const e of host.events) assert.ok(e.description, `${e.name} has a description`);
});

test('the host documents exactly the attributes the element observes, and the custom properties the shipped styles read', async () => {
  const page = await env.page('/');
  const observed = await page.evaluate(async () => {
    await customElements.whenDefined('teams-meeting-join');
    return [...customElements.get('teams-meeting-join').observedAttributes].sort();
  });
  await page.context().close();
  const attributes = (host.attributes ?? []).map((a) => a.name).sort();
  assert.deepEqual(attributes, observed, 'manifest attributes = observedAttributes');
  for (const a of host.attributes) assert.ok(a.description && a.type?.text, `attribute ${a.name} has a description and a type`);

  const used = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.js')) for (const m of readFileSync(path, 'utf8').matchAll(/var\(\s*(--tmj-[a-z0-9-]+)/g)) used.add(m[1]);
    }
  };
  walk(join(root, 'dist/components'));
  const documented = new Set((host.cssProperties ?? []).map((p) => p.name));
  assert.deepEqual([...used].filter((p) => !documented.has(p)).sort(), [], 'custom properties the styles read but the host does not document');
  assert.deepEqual([...documented].filter((p) => !used.has(p)).sort(), [], 'custom properties documented but read by no style');
  for (const p of ['--tmj-speaking-ring', '--tmj-hand-color']) assert.ok(documented.has(p), `${p} documented on the host`);
});
