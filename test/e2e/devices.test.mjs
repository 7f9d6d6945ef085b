// Issue 11 requirement 3 through the emulator session and the built widget: a microphone unplugged mid-call.
// Headless Chromium cannot unplug its fake devices, so the page's enumerateDevices is WRAPPED to leave out the
// ids a test hides, and a real `devicechange` event is dispatched on navigator.mediaDevices (what the browser does
// when a device goes). Everything else is real: the widget, the emulator session re-reading the list, the
// fallback opening the remaining fake microphone with getUserMedia, the notice in the notice stack.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, waitFor, joinFromPrejoin } from './support/emulator.mjs';

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
before(async () => {
  env = await setup({ server: process.env.TMJ_E2E_CDN_DIR ? { cdnDir: process.env.TMJ_E2E_CDN_DIR } : {} });
});
after(async () => {
  await env?.close();
});

const self = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(() => {
    const st = /** @type {any} */ (document.querySelector('teams-meeting-join'))?.sessionState;
    return st && { microphoneId: st.self.microphoneId, microphoneOn: st.self.microphoneOn, mics: st.devices.filter((d) => d.kind === 'microphone').map((d) => d.id), noMicrophone: st.diagnostics.noMicrophone };
  });
const notices = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(() => {
    const stack = document.querySelector('teams-meeting-join')?.shadowRoot?.querySelector('tmj-call-view')?.shadowRoot?.querySelector('tmj-notice-stack');
    return [...(stack?.shadowRoot?.querySelectorAll('[part~="notice"]') ?? [])].map((n) => ({ code: n.getAttribute('data-code'), text: n.textContent?.trim() }));
  });
const unplug = (/** @type {import('playwright-core').Page} */ page, /** @type {string[]} */ ids) =>
  page.evaluate((hide) => {
    for (const id of hide) /** @type {any} */ (window).__tmjHidden.add(id);
    navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
  }, ids);

test('a microphone unplugged mid-call: the selection falls back, the microphone stays on, a notice says so; the last one gone → no-microphone', async () => {
  const meeting = await env.api.createMeeting({ title: 'devices' });
  const context = await env.browser.newContext({ permissions: ['camera', 'microphone'] });
  await context.addInitScript(() => {
    const hidden = new Set();
    /** @type {any} */ (window).__tmjHidden = hidden;
    const real = navigator.mediaDevices.enumerateDevices.bind(navigator.mediaDevices);
    navigator.mediaDevices.enumerateDevices = async () => (await real()).filter((d) => !hidden.has(d.deviceId));
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(`${env.server.url}/?meeting=${encodeURIComponent(meeting.id)}`);
  await page.waitForFunction(() => customElements.get('teams-meeting-join') !== undefined, null, { timeout: 10000 });
  await joinFromPrejoin(page, 'Dev Ice');
  const start = await waitFor(async () => {
    const s = await self(page);
    return s && s.mics.length >= 2 && s.microphoneOn ? s : null;
  }, 'in the call with the microphone on and the fake microphones listed');

  // The selected microphone goes (or, when the pre-join left the browser default, that default entry goes).
  const selected = start.microphoneId ?? 'default';
  await unplug(page, [selected]);
  const after = await waitFor(async () => {
    const s = await self(page);
    return s && !s.mics.includes(selected) && s.microphoneId && s.microphoneId !== selected ? s : null;
  }, 'selection fell back to a remaining microphone');
  assert.ok(after.mics.includes(after.microphoneId), `the new selection (${after.microphoneId}) is a listed microphone`);
  await waitFor(async () => (await self(page))?.microphoneOn === true, 'the microphone is on again, on the remaining device');
  const switched = await waitFor(async () => (await notices(page)).find((n) => n.code === 'microphone-switched'), 'microphone-switched notice');
  assert.match(switched.text, /Your microphone was disconnected\. Another microphone is in use now\./);

  // Every microphone gone: nothing to fall back to, the microphone goes off and the visitor is told.
  // Every microphone listed now (not the snapshot above: the list is re-read after each change).
  await unplug(page, (await self(page))?.mics ?? after.mics);
  await waitFor(async () => {
    const s = await self(page);
    return s && s.noMicrophone && !s.microphoneOn && s.microphoneId === undefined;
  }, 'no microphone left: off, nothing selected, noMicrophone');
  const none = await waitFor(async () => (await notices(page)).find((n) => n.code === 'no-microphone'), 'no-microphone notice');
  assert.match(none.text, /No microphone is connected/);
  await context.close();
});
