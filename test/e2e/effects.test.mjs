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

/** Mean absolute difference between horizontal neighbours of the shown remote video (a sharpness figure). */
const edgeEnergy = (page, id) =>
  page.evaluate((id) => {
    const v = document.querySelector(`video[data-stream-id="${id}"]`);
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
  }, id);

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
