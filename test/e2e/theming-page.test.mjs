// Issue 12 requirement 4: the demo's theming page (demo/theming.html) — a live token editor with copyable CSS —
// runs against the emulator through the real script-tag build. Its token list is exactly the host's documented
// custom properties; a token typed in the editor restyles the widget at once (pre-join and call); the CSS shown
// is the CSS copied; ::part() rules and the brand and gallery-empty slots reach the widget; the page is axe clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setup, waitFor, widgetPhase as phase } from './support/emulator.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const AXE_PATH = `${ROOT}node_modules/axe-core/axe.min.js`;
const manifest = JSON.parse(readFileSync(`${ROOT}custom-elements.json`, 'utf8'));
const host = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'teams-meeting-join');

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
before(async () => {
  env = await setup({ server: process.env.TMJ_E2E_CDN_DIR ? { cdnDir: process.env.TMJ_E2E_CDN_DIR } : {} });
});
after(async () => {
  await env?.close();
});

/** A computed style inside the widget (one selector per shadow level). */
const deepStyle = (/** @type {import('playwright-core').Page} */ page, /** @type {string[]} */ path, /** @type {string} */ prop) =>
  page.evaluate(([path, prop]) => {
    /** @type {any} */
    let root = document;
    let el = null;
    for (const s of path) {
      el = root?.querySelector(s);
      if (!el) return null;
      root = el.shadowRoot ?? el;
    }
    return el ? getComputedStyle(el).getPropertyValue(prop) : null;
  }, /** @type {[string[], string]} */ ([path, prop]));

test('theming page: every documented token in the editor, live restyling in pre-join and call, the CSS shown is the CSS copied, parts and slots reach the widget', async () => {
  const meeting = await env.api.createMeeting({ title: 'Theming page' });
  const context = await env.browser.newContext({ permissions: ['camera', 'microphone', 'clipboard-read', 'clipboard-write'], viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(`${env.server.url}/demo/theming.html?meeting=${encodeURIComponent(meeting.id)}`);
  await page.getByLabel('Your name', { exact: true }).waitFor({ timeout: 15000 });

  const offered = await page.evaluate(() => window.tmjTheming.tokens());
  const documented = host.cssProperties.map((/** @type {{ name: string }} */ p) => p.name);
  assert.deepEqual([...offered].sort(), [...documented].sort(), 'the editor offers exactly the custom properties the host documents');

  // A token typed in the editor restyles the pre-join's Join button at once.
  const join = ['teams-meeting-join', 'tmj-prejoin', '.join'];
  const before = await deepStyle(page, join, 'background-color');
  await page.getByLabel('--tmj-accent', { exact: true }).fill('#107c41');
  await waitFor(async () => (await deepStyle(page, join, 'background-color')) === 'rgb(16, 124, 65)', 'the Join button in the new accent');
  assert.notEqual(before, 'rgb(16, 124, 65)');
  await page.getByLabel('--tmj-radius', { exact: true }).fill('2px');
  assert.equal(await deepStyle(page, join, 'border-top-left-radius'), '2px', 'the radius token reaches the button');

  // ::part() rules from the extra CSS box.
  await page.getByLabel(/More CSS/).fill('teams-meeting-join::part(join-button) { text-transform: uppercase; }');
  assert.equal(await deepStyle(page, join, 'text-transform'), 'uppercase', 'a ::part() rule from the editor applies');

  // The CSS shown is what Copy puts on the clipboard, and it holds what was typed.
  const shown = (await page.locator('#css-out').textContent()) ?? '';
  assert.match(shown, /teams-meeting-join \{\n {2}--tmj-accent: #107c41;\n {2}--tmj-radius: 2px;\n\}/, 'the tokens as a rule to paste');
  assert.match(shown, /::part\(join-button\)/, 'and the extra rules');
  await page.getByRole('button', { name: 'Copy CSS' }).click();
  await page.getByText('Copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shown, 'the clipboard holds the CSS shown');

  // The brand slot on the pre-join screen.
  await page.getByLabel(/Logo in the/).check();
  const brand = await waitFor(() => page.evaluate(() => {
    const img = /** @type {HTMLImageElement | null} */ (document.querySelector('#themed > img[slot="brand"]'));
    const slot = img?.assignedSlot;
    const r = img?.getBoundingClientRect();
    return img?.complete && r ? { slotted: Boolean(slot), inPrejoin: /** @type {any} */ (slot?.getRootNode())?.host?.phase, width: r.width, height: r.height } : null;
  }), 'the logo loaded');
  assert.deepEqual({ ...brand, width: brand.width > 0, height: brand.height }, { slotted: true, inPrejoin: 'prejoin', width: true, height: 28 }, 'the logo is shown on the pre-join screen');

  await axeClean(page, 'theming page, pre-join');

  // Join the emulator's meeting: the call follows the tokens too; the empty gallery shows the slotted text.
  await page.getByLabel('Your name', { exact: true }).fill('Theo Themer');
  await page.getByRole('button', { name: /join now/i }).click();
  await waitFor(async () => (await phase(page)) === 'connected', 'connected', 20000);
  // Alone in the call: the default note (through three forwarded slots), then the page's own text instead.
  await page.getByText('Nobody else is here yet').waitFor();
  await page.getByLabel(/Own text in the/).check();
  await page.getByText('The host will be with you shortly.').waitFor();
  await page.getByText('Nobody else is here yet').waitFor({ state: 'detached' });
  const empty = await page.evaluate(() => document.querySelector('#themed > p[slot="gallery-empty"]')?.assignedSlot?.assignedSlot !== undefined);
  assert.ok(empty, 'the gallery-empty text is forwarded into the gallery');
  await page.getByLabel('--tmj-call-surface', { exact: true }).fill('#102030');
  await waitFor(async () => (await deepStyle(page, ['teams-meeting-join', 'tmj-call-view'], 'background-color')) === 'rgb(16, 32, 48)', 'the call surface token reaches the call view');
  await page.getByLabel(/More CSS/).fill('teams-meeting-join::part(control-leave) { border-radius: 999px; }');
  assert.equal(await deepStyle(page, ['teams-meeting-join', 'tmj-call-view', 'tmj-call-controls', '[data-control="leave"]'], 'border-top-left-radius'), '999px', 'per-control parts reach the call controls');
  await context.close();
});

async function axeClean(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ what) {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    // @ts-ignore
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  assert.deepEqual(violations, [], `axe-core: ${what}`);
}
