// The emulator's explicit-consent meeting policy at the wire level (no browser): while recording or
// transcription runs in a meeting with `explicitConsent`, a guest's media is refused until they grant consent,
// as the Teams service does for ACS guests (PROTOCOL.md, "Explicit consent").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { startServer } from '../../demo/server/server.mjs';
import { apiClient, waitFor } from './support/emulator.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {ReturnType<typeof apiClient>} */
let api;
before(async () => {
  server = await startServer({ port: 0, quiet: true, seed: false, turn: false });
  api = apiClient(server.url);
});
after(async () => {
  await server?.close();
});

/** A guest on the signalling socket (no media), with its inbox. */
async function guest(/** @type {string} */ threadId, /** @type {Record<string, boolean>} */ media = {}) {
  const r = await fetch(`${server.url}/api/token`, { method: 'POST', body: JSON.stringify({ displayName: 'Gia' }) });
  const { token } = await r.json();
  const ws = new WebSocket(`${server.url.replace('http', 'ws')}/emulator/ws`);
  /** @type {any[]} */
  const inbox = [];
  ws.on('message', (d) => inbox.push(JSON.parse(String(d))));
  await new Promise((resolve, reject) => {
    ws.on('open', resolve);
    ws.on('error', reject);
  });
  ws.send(JSON.stringify({ type: 'hello', token, threadId, displayName: 'Gia', media: { mic: false, camera: false, screen: false, handRaised: false, ...media } }));
  const welcome = await waitFor(async () => inbox.find((m) => m.type === 'welcome'), 'welcome', 5000);
  const send = (/** @type {unknown} */ m) => ws.send(JSON.stringify(m));
  const next = (/** @type {(m: any) => boolean} */ pred, /** @type {string} */ what) =>
    waitFor(async () => inbox.find(pred), what, 5000);
  return { ws, inbox, welcome, send, next, close: () => ws.close() };
}

const mediaOf = async (/** @type {string} */ meetingId, /** @type {string} */ pid) =>
  (await api.meeting(meetingId)).participants.find((/** @type {any} */ p) => p.id === pid);

test('explicit consent: media refused while recording until the guest grants; one grant lasts across recordings', async () => {
  const m = await api.createMeeting({ title: 'Consent', explicitConsent: true });
  assert.equal(m.policies.explicitConsent, true, 'policy set at creation');
  const g = await guest(m.threadId, { mic: true, camera: true });
  const pid = g.welcome.participantId;
  assert.equal(g.welcome.meeting.consentRequired, null, 'nothing to consent to while nothing is recorded');
  assert.equal((await mediaOf(m.id, pid)).media.mic, true, 'media accepted before recording starts');

  await api.recording(m.id, true);
  const consent = await g.next((x) => x.type === 'consent' && x.required, 'consent required');
  assert.deepEqual(consent.required, { recording: true, transcription: false });
  const afterStart = await mediaOf(m.id, pid);
  assert.deepEqual([afterStart.media.mic, afterStart.media.camera], [false, false], 'the service turned the guest\'s media off');

  g.send({ type: 'media', media: { mic: true, camera: true, screen: false, handRaised: false } });
  const refused = await g.next((x) => x.type === 'media-refused', 'media refused');
  assert.equal(refused.reason, 'consent-required');
  assert.equal((await mediaOf(m.id, pid)).media.mic, false, 'mic stays off before consent');

  g.send({ type: 'grant-consent' });
  const granted = await g.next((x) => x.type === 'consent' && x.granted, 'consent granted');
  assert.equal(granted.required, null);
  g.send({ type: 'media', media: { mic: true, camera: false, screen: false, handRaised: false } });
  await waitFor(async () => (await mediaOf(m.id, pid)).media.mic, 'mic accepted after consent', 5000);
  assert.equal((await mediaOf(m.id, pid)).consented, true);

  // Consent lasts for the seat: stopping and restarting recording (and starting transcription) asks nothing.
  const before = g.inbox.length;
  await api.recording(m.id, false);
  await api.recording(m.id, true);
  await api.transcription(m.id, true);
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(g.inbox.slice(before).filter((x) => x.type === 'consent' && x.required).length, 0, 'no second consent');
  assert.equal((await mediaOf(m.id, pid)).media.mic, true, 'media stays on');
  g.close();
});

test('explicit consent: a guest joining a meeting already recorded starts with media off and consentRequired in the welcome', async () => {
  const m = await api.createMeeting({ title: 'Consent 2', explicitConsent: true });
  await api.transcription(m.id, true);
  const g = await guest(m.threadId, { mic: true, camera: true });
  assert.deepEqual(g.welcome.meeting.consentRequired, { recording: false, transcription: true });
  const p = await mediaOf(m.id, g.welcome.participantId);
  assert.deepEqual([p.media.mic, p.media.camera], [false, false], 'media from the hello refused');
  g.close();
});

test('explicit consent: the console toggle (PATCH) applies at once; without the policy nothing is required', async () => {
  const m = await api.createMeeting({ title: 'Consent 3' });
  const g = await guest(m.threadId, { mic: true });
  await api.recording(m.id, true);
  await new Promise((r) => setTimeout(r, 150));
  assert.equal(g.inbox.filter((x) => x.type === 'consent' && x.required).length, 0, 'no consent without the policy');
  assert.equal((await mediaOf(m.id, g.welcome.participantId)).media.mic, true);

  const patched = await api.call('PATCH', `/meetings/${m.id}`, { explicitConsent: true });
  assert.equal(patched.policies.explicitConsent, true);
  await g.next((x) => x.type === 'consent' && x.required, 'consent required after the toggle');
  assert.equal((await mediaOf(m.id, g.welcome.participantId)).media.mic, false, 'media off once the policy applies');

  // Hostile/odd input: a non-boolean policy value is ignored, not coerced.
  const odd = await api.call('PATCH', `/meetings/${m.id}`, { explicitConsent: 'yes' });
  assert.equal(odd.policies.explicitConsent, true, 'non-boolean ignored');
  g.send({ type: 'grant-consent', extra: '<script>' });
  await g.next((x) => x.type === 'consent' && x.granted, 'grant with junk fields still answered');
  g.close();
});
