// Prints figures of the emulator on this machine (not a test; nothing is asserted):
//   node demo/server/measure.mjs [synthetic-count] [--no-turn]
// Join time, first remote video frame, chat delivery, compliance push, and a gallery of synthetic participants.
// --no-turn: without the loopback TURN relay (guests connect over host candidates, as before the relay).
import { setup, waitFor } from '../../test/e2e/support/emulator.mjs';

const args = process.argv.slice(2);
const syntheticCount = Number(args.find((a) => !a.startsWith('--')) ?? 49);
const turn = !args.includes('--no-turn');
const env = await setup({ harness: true, server: { turn } });
console.log(`TURN relay: ${turn ? `127.0.0.1:${env.server.turnPort}` : 'off'}`);
const ms = (t0) => `${Math.round(performance.now() - t0)} ms`;
const summary = (page) => page.evaluate(() => window.harness.summary());
const figures = [];
const report = (what, value) => {
  figures.push([what, value]);
  console.log(`${what.padEnd(58)} ${value}`);
};

try {
  let t0 = performance.now();
  for (let i = 0; i < 20; i++) await fetch(`${env.server.url}/api/token`, { method: 'POST', body: JSON.stringify({ displayName: `n${i}` }) });
  report('token endpoint, mean of 20', `${((performance.now() - t0) / 20).toFixed(1)} ms`);

  const meeting = await env.api.createMeeting({ title: 'measure' });
  const open = async (name) => {
    const page = await env.page('/test/harness.html');
    await page.waitForFunction(() => window.harness !== undefined);
    return page;
  };
  const ann = await open('Ann');
  const bob = await open('Bob');
  ann.on('console', (m) => process.env.VERBOSE && console.log('[ann]', m.text()));
  t0 = performance.now();
  await ann.evaluate((t) => window.harness.join({ threadId: t, displayName: 'Ann' }), meeting.threadId);
  await waitFor(async () => (await summary(ann)).call === 'connected', 'Ann connected');
  report('join → connected (token, camera+mic, signalling)', ms(t0));
  t0 = performance.now();
  await bob.evaluate((t) => window.harness.join({ threadId: t, displayName: 'Bob' }), meeting.threadId);
  const stream = await waitFor(async () => (await summary(bob)).streams.find((s) => s.participantId !== 'self' && s.available), 'remote stream');
  report('second guest: join → remote camera stream available', ms(t0));
  await bob.evaluate((id) => window.harness.showVideo(id), stream.id);
  await waitFor(async () => (await bob.evaluate((id) => window.harness.videoFlowing(id, 50), stream.id)).width > 0, 'frames');
  report('second guest: join → first remote video frame', ms(t0));

  await waitFor(async () => (await summary(ann)).chat.available && (await summary(bob)).chat.available, 'chat');
  t0 = performance.now();
  await ann.evaluate(() => window.harness.send('ping'));
  await waitFor(async () => (await summary(bob)).chat.messages.some((m) => m.content === 'ping'), 'chat delivered');
  report('chat: send → shown at the other guest (polling 1 s)', ms(t0));

  t0 = performance.now();
  await env.api.recording(meeting.id, true);
  await waitFor(async () => (await summary(ann)).compliance.recording, 'recording flag');
  report('console starts recording → flag in the guest session', ms(t0));

  if (syntheticCount > 0) {
    const consolePage = await env.page(`/console.html?meeting=${meeting.id}&synthetic=${syntheticCount}`);
    t0 = performance.now();
    await waitFor(
      async () => {
        const s = await summary(ann);
        const n = s.streams.filter((x) => x.participantId !== 'self' && x.available).length;
        if (process.env.VERBOSE) console.log(`  ${ms(t0)}: ${s.participants.length} participants, ${n} streams available`);
        return n >= syntheticCount + 1;
      },
      `${syntheticCount} synthetic streams`,
      120000,
    );
    report(`${syntheticCount} synthetic participants → all video streams available`, ms(t0));
    await consolePage.context().close();
  }
} finally {
  await env.close();
}
