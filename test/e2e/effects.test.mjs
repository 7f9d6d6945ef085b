// Background effects in the emulator session (issue 16 req 3): Ann turns blur on; Bob's received video of Ann
// has far less edge energy (sum of neighbour differences) than with effects off; leaving stops every track.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, waitFor } from './support/emulator.mjs';

let env;
before(async () => {
  env = await setup({ harness: true });
});
after(async () => {
  await env?.close();
});

async function visitor(name) {
  const page = await env.page('/test/harness.html');
  await page.waitForFunction(() => window.harness !== undefined);
  return { page, name };
}

/** Mean absolute difference between horizontal neighbours of a video's frame (a sharpness figure), run in the page. */
const sharpness = (/** @type {HTMLVideoElement} */ v) => {
  const c = document.createElement('canvas');
  c.width = 160;
  c.height = 90;
  const ctx = c.getContext('2d');
  ctx.drawImage(v, 0, 0, 160, 90);
  const d = ctx.getImageData(0, 0, 160, 90).data;
  let sum = 0;
  for (let y = 0; y < 90; y++) for (let x = 1; x < 160; x++) {
    const i = (y * 160 + x) * 4;
    sum += Math.abs(d[i] - d[i - 4]) + Math.abs(d[i + 1] - d[i - 3]) + Math.abs(d[i + 2] - d[i - 2]);
  }
  return sum / (90 * 159);
};

/** The sharpness of the shown remote video of stream `id`. */
const edgeEnergy = (page, id) => page.locator(`video[data-stream-id="${id}"]`).first().evaluate(sharpness);

test('blur in the emulator: the peer receives processed frames (edge energy drops), everything stops on leave', async () => {
  const meeting = await env.api.createMeeting({ title: 'effects' });
  const ann = await visitor('Ann');
  const bob = await visitor('Bob');
  await ann.page.evaluate((t) => window.harness.join({ threadId: t, displayName: 'Ann', mic: false }), meeting.threadId);
  await bob.page.evaluate((t) => window.harness.join({ threadId: t, displayName: 'Bob', camera: false, mic: false }), meeting.threadId);
  const stream = await waitFor(async () => {
    const s = await bob.page.evaluate(() => window.harness.summary());
    return s.streams.find((x) => x.kind === 'camera' && x.participantId !== 'self' && x.available) ?? null;
  }, 'Bob to see Ann\'s camera');
  await bob.page.evaluate((id) => window.harness.showVideo(id), stream.id);
  await waitFor(async () => (await bob.page.evaluate((id) => window.harness.videoFlowing(id, 500), stream.id)).advanced, 'frames');
  const sharp = await edgeEnergy(bob.page, stream.id);
  const fx = await ann.page.evaluate(() => window.harness.session.state.effects);
  assert.equal(fx.backgroundSupported, true, 'Chromium can capture a canvas');
  await ann.page.evaluate(() => window.harness.session.setBackgroundEffect({ kind: 'blur' }));
  const blurred = await waitFor(async () => {
    const e = await edgeEnergy(bob.page, stream.id);
    return e < sharp * 0.6 ? e : null;
  }, `Bob's view of Ann to turn blurred (sharp ${sharp.toFixed(2)})`);
  console.log(`edge energy at the peer: effects off ${sharp.toFixed(2)}, blur ${blurred.toFixed(2)}`);
  assert.ok(blurred < sharp * 0.6, `edge energy ${blurred.toFixed(2)} < 60 % of ${sharp.toFixed(2)}`);
  assert.deepEqual((await ann.page.evaluate(() => window.harness.session.state.effects)).background, { kind: 'blur' });
  await ann.page.evaluate(() => window.harness.session.setBackgroundEffect({ kind: 'none' }));
  await waitFor(async () => ((await edgeEnergy(bob.page, stream.id)) > sharp * 0.8 ? true : null), 'sharp again');
  await ann.page.evaluate(() => window.harness.session.setBackgroundEffect({ kind: 'blur' }));
  await ann.page.evaluate(() => window.harness.session.leave());
  const live = await ann.page.evaluate(() => {
    const v = [...document.querySelectorAll('video')];
    return v.flatMap((x) => x.srcObject?.getTracks?.() ?? []).filter((t) => t.readyState === 'live').length;
  });
  assert.equal(live, 0, 'no live track on Ann\'s page after leave');
  await ann.page.context().close();
  await bob.page.context().close();
});

// The pre-join's lazy effects entry on the demo page (the real script-tag build): opening the device settings loads
// the picker; a hostile background-images list is said (tmj-error per refused entry, the message in the picker) while
// the valid image is offered; Blur runs on the preview (its edge energy drops) and is carried into the call.
const previewEnergy = (page) => page.locator('tmj-prejoin video').first().evaluate(sharpness);

test('pre-join effects: lazy picker in the device settings, refused images said, blur on the preview and into the call', async () => {
  const meeting = await env.api.createMeeting({ title: 'prejoin effects' });
  const context = await env.browser.newContext({ permissions: ['camera', 'microphone'] });
  const page = await context.newPage();
  const scripts = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto(`${env.server.url}/?meeting=${encodeURIComponent(meeting.id)}`);
  await page.waitForFunction(() => customElements.get('teams-meeting-join') !== undefined);
  await page.evaluate(() => {
    window.errors = [];
    const el = document.querySelector('teams-meeting-join');
    el.addEventListener('tmj-error', (e) => window.errors.push(e.detail));
    const c = document.createElement('canvas');
    c.width = 64;
    c.height = 36;
    const g = c.getContext('2d');
    g.fillStyle = '#3a7';
    g.fillRect(0, 0, 64, 36);
    el.backgroundImages = ['javascript:alert(1)', c.toDataURL('image/png'), 42];
  });
  const pj = (fn, arg) => page.evaluate(([src, arg]) => {
    const root = document.querySelector('teams-meeting-join').shadowRoot.querySelector('tmj-prejoin')?.shadowRoot;
    return new Function('root', 'arg', `return (${src})(root, arg)`)(root, arg);
  }, [fn.toString(), arg]);
  await waitFor(() => pj((root) => !!root?.querySelector('details[part~="devices"]')), 'the device settings');
  await pj((root) => { const d = root.querySelector('details[part~="devices"]'); d.open = true; });
  const names = await waitFor(() => pj((root) => {
    const p = root.querySelector('tmj-effects-picker')?.shadowRoot;
    const r = p ? [...p.querySelectorAll('input[type=radio]')].map((x) => x.getAttribute('aria-label')) : [];
    return r.length ? r : null;
  }), 'the effects picker');
  assert.deepEqual(names, ['None', 'Blur', 'Background image 1'], 'the valid image is offered; the hostile ones are not');
  const errors = await waitFor(async () => { const e = await page.evaluate(() => window.errors); return e.length >= 2 ? e : null; }, 'tmj-error for the refused images');
  assert.deepEqual(errors.map((e) => [e.code, e.detail.index, e.detail.reason]), [['background-image-invalid', 0, 'scheme'], ['background-image-invalid', 2, 'not-text']]);
  const notice = await pj((root) => root.querySelector('tmj-effects-picker').shadowRoot.querySelector('[part~="effects-notice"]')?.textContent ?? '');
  assert.match(notice, /Background image 1 cannot be used: only https/);
  assert.match(notice, /Background image 3 cannot be used: the value is not text/);
  assert.ok(scripts.some((u) => /prejoin\.effects/.test(u)), 'the effects chunk was fetched');

  await waitFor(async () => ((await previewEnergy(page)) > 0 ? true : null), 'the preview to play');
  const sharp = await previewEnergy(page);
  await pj((root) => root.querySelector('tmj-effects-picker').shadowRoot.querySelectorAll('input[type=radio]')[1].click());
  const blurred = await waitFor(async () => { const e = await previewEnergy(page); return e < sharp * 0.6 ? e : null; }, `the preview to turn blurred (sharp ${sharp.toFixed(2)})`);
  console.log(`pre-join preview edge energy: off ${sharp.toFixed(2)}, blur ${blurred.toFixed(2)}`);

  await page.getByLabel('Your name', { exact: true }).fill('Ann');
  await page.getByRole('button', { name: 'Join now' }).click();
  await waitFor(async () => (await page.evaluate(() => document.querySelector('teams-meeting-join').phase)) === 'connected', 'connected', 20000);
  const fx = await waitFor(() => page.evaluate(() => document.querySelector('teams-meeting-join').sessionState?.effects), 'effects state');
  assert.deepEqual(fx.background, { kind: 'blur' }, 'the pre-join choice is carried into the call');
  await page.evaluate(() => document.querySelector('teams-meeting-join').leave());
  const live = await page.evaluate(() => [...document.querySelectorAll('video')].length);
  assert.equal(live, 0);
  await context.close();
});
