// The background effects picker by keyboard only (issue 16 req 3), through the real script-tag build on the demo
// page: the picker is native radios in a fieldset and a checkbox with role="switch", so the group is one Tab stop,
// the arrow keys move and choose, Tab goes on to the switch and Space turns it. Checked in the pre-join's device
// settings (opened with Enter on its summary) and in the call's (the Device settings button, Escape closes and
// focus returns to it). Focus must stay where the visitor is while a choice is applied (the radios wait, disabled,
// meanwhile), and the focused choice must show a visible ring (the radios themselves are invisible over their
// thumbnails). Input goes through page.keyboard; the page is read, never focused by script.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, waitFor, widgetPhase } from './support/emulator.mjs';

/** Tab presses allowed to reach one control (the demo page's own controls come first). */
const MAX_TABS = 40;

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
before(async () => {
  env = await setup({ server: process.env.TMJ_E2E_CDN_DIR ? { cdnDir: process.env.TMJ_E2E_CDN_DIR } : {} });
});
after(async () => {
  await env?.close();
});

/**
 * The focused element through the shadow roots: tag, type, role, aria-label, and, inside an effects picker, which
 * radio is checked, the picker's applied effects and whether it is busy; plus the ring drawn for a focused radio.
 * @param {import('playwright-core').Page} page
 */
const focus = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const root = el?.getRootNode();
    const picker = root instanceof ShadowRoot && root.host.localName === 'tmj-effects-picker' ? /** @type {any} */ (root.host) : null;
    const ring = el && el.localName === 'input' && el.getAttribute('type') === 'radio' && el.nextElementSibling ? getComputedStyle(el.nextElementSibling) : null;
    return {
      tag: el?.localName ?? null,
      type: el?.getAttribute('type') ?? null,
      role: el?.getAttribute('role') ?? null,
      label: el?.getAttribute('aria-label') ?? (el?.textContent ?? '').trim().slice(0, 40),
      part: el?.getAttribute('part') ?? '',
      control: /** @type {HTMLElement | null} */ (el)?.dataset?.control ?? null,
      inPicker: !!picker,
      checked: picker ? [...picker.shadowRoot.querySelectorAll('input[type=radio]')].find((r) => r.checked)?.getAttribute('aria-label') ?? null : null,
      background: picker ? picker.effects.background.kind : null,
      noise: picker ? picker.effects.noiseSuppression : null,
      busy: picker ? picker.busy : null,
      ring: ring ? { style: ring.outlineStyle, width: parseFloat(ring.outlineWidth) } : null,
    };
  });

/** Presses Tab (Shift+Tab with `back`) until `want(focus)` holds; fails after MAX_TABS presses. */
async function tabTo(/** @type {import('playwright-core').Page} */ page, /** @type {(f: Awaited<ReturnType<typeof focus>>) => boolean} */ want, /** @type {string} */ what) {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    const f = await focus(page);
    if (want(f)) return f;
  }
  throw new Error(`Tab never reached ${what} in ${MAX_TABS} presses (last: ${JSON.stringify(await focus(page))})`);
}

/** After a key press on a radio: focus still on a radio of the picker, `label` checked and applied (not busy). */
async function chosen(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ label, /** @type {string} */ kind) {
  const f = await waitFor(async () => {
    const now = await focus(page);
    return now.inPicker && now.busy === false && now.checked === label && now.background === kind ? now : null;
  }, `${label} checked and applied, focus in the picker`, 15000);
  assert.equal(f.label, label, 'focus is on the chosen radio (it moved with the arrow key and stayed while applied)');
  assert.ok(f.ring && f.ring.style !== 'none' && f.ring.width >= 2, `the focused choice shows a ring: ${JSON.stringify(f.ring)}`);
  return f;
}

test('effects picker by keyboard: one Tab stop, arrows choose (pre-join and call), Tab to the switch, Space turns it, Escape closes the call menu', { timeout: 120000 }, async () => {
  const meeting = await env.api.createMeeting({ title: 'effects keyboard' });
  const context = await env.browser.newContext({ permissions: ['camera', 'microphone'] });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(`${env.server.url}/?meeting=${encodeURIComponent(meeting.id)}`);
  await page.waitForFunction(() => customElements.get('teams-meeting-join') !== undefined);
  await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 64;
    c.height = 36;
    const g = /** @type {CanvasRenderingContext2D} */ (c.getContext('2d'));
    g.fillStyle = '#3a7';
    g.fillRect(0, 0, 64, 36);
    document.querySelector('teams-meeting-join')?.setAttribute('background-images', `${c.toDataURL('image/png')} javascript:alert(1)`);
  });
  await page.getByLabel('Your name', { exact: true }).fill('Kim');

  // Pre-join: the device settings by keyboard (Enter on the summary), then into the picker.
  await tabTo(page, (f) => f.tag === 'summary', 'the device settings summary');
  await page.keyboard.press('Enter');
  let f = await tabTo(page, (f) => f.inPicker, 'the effects picker');
  assert.equal(f.type, 'radio', 'the first stop in the picker is the background choice');
  assert.equal(f.label, 'None', 'the group is entered on its checked radio (None)');
  assert.ok(f.ring && f.ring.style !== 'none' && f.ring.width >= 2, `a visible ring on None: ${JSON.stringify(f.ring)}`);
  await page.keyboard.press('ArrowRight');
  await chosen(page, 'Blur', 'blur');
  await page.keyboard.press('ArrowRight');
  await chosen(page, 'Background image 1', 'image');
  await page.keyboard.press('ArrowLeft');
  f = await chosen(page, 'Blur', 'blur');
  // One Tab leaves the group: the next stop is the noise suppression switch, and Space turns it.
  await page.keyboard.press('Tab');
  f = await focus(page);
  assert.equal(f.role, 'switch', `one Tab from the choices reaches the noise suppression switch (${JSON.stringify(f)})`);
  const before = f.noise;
  await page.keyboard.press('Space');
  f = await waitFor(async () => { const now = await focus(page); return now.noise === !before && now.busy === false ? now : null; }, 'noise suppression switched', 15000);
  assert.equal(f.role, 'switch', 'focus stays on the switch');
  await page.keyboard.press('Shift+Tab');
  f = await focus(page);
  assert.equal(f.label, 'Blur', 'Shift+Tab goes back to the checked choice, not the first radio');

  // The call: the choice came with the visitor; the call's device settings by keyboard.
  await page.getByRole('button', { name: 'Join now' }).click();
  await waitFor(async () => (await widgetPhase(page)) === 'connected', 'connected', 20000);
  await tabTo(page, (f) => f.control === 'devices', 'the Device settings button');
  await page.keyboard.press('Enter');
  f = await tabTo(page, (f) => f.inPicker, 'the effects picker in the call');
  assert.equal(f.label, 'Blur', 'the call picker is entered on the effect carried from the pre-join');
  await page.keyboard.press('ArrowRight');
  await chosen(page, 'Background image 1', 'image');
  const session = await page.evaluate(() => /** @type {any} */ (document.querySelector('teams-meeting-join')).sessionState.effects.background.kind);
  assert.equal(session, 'image', 'the arrow key changed the call\'s effect');
  await page.keyboard.press('Escape');
  f = await waitFor(async () => { const now = await focus(page); return now.control === 'devices' ? now : null; }, 'focus back on Device settings after Escape', 5000);
  assert.equal(f.inPicker, false);
  await context.close();
});
