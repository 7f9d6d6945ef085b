// The emulator's rich chat without a browser (issue 16 req 4): attachments kept in the message as the ACS Chat REST
// API returns them (`content.attachments`, image URLs on the endpoint the caller used), image bytes only with a
// valid chat token of a member (401/403 otherwise) and with the right content type, and every console input
// checked (types, lengths, sizes) into a 400 that says what is wrong, never a crash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { startServer } from '../../demo/server/server.mjs';
import { apiClient } from './support/emulator.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {ReturnType<typeof apiClient>} */
let api;
before(async () => {
  server = await startServer({ port: 0, quiet: true, seed: false });
  api = apiClient(server.url);
});
after(async () => {
  await server?.close();
});

async function token(displayName = 'Ann') {
  const r = await fetch(`${server.url}/api/token`, { method: 'POST', body: JSON.stringify({ displayName }) });
  return (await r.json()).token;
}

/** A guest in the call (over the signalling socket, no media): chat is theirs until the socket closes. */
function joinWs(/** @type {string} */ tok, /** @type {string} */ threadId) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/emulator/ws`);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token: tok, threadId, displayName: 'Ann', media: {} })));
    ws.on('message', (d) => {
      const m = JSON.parse(String(d));
      if (m.type === 'welcome') resolve(ws);
      if (m.type === 'error' || m.type === 'end') reject(new Error(JSON.stringify(m)));
    });
    ws.on('error', reject);
  });
}

/** The service URL the SDK would use (https on the emulator's endpoint) as the http request it really is. */
const loopback = (/** @type {string} */ url) => url.replace(/^https:/, 'http:');

async function messages(/** @type {string} */ threadId, /** @type {string} */ tok) {
  const r = await fetch(`${server.url}/chat/threads/${encodeURIComponent(threadId)}/messages?api-version=2025-03-15&maxPageSize=200`, { headers: { authorization: `Bearer ${tok}` } });
  assert.equal(r.status, 200);
  return (await r.json()).value;
}

test('an inline image: the message keeps its attachment, the bytes need a member\'s token (401 without, 403 for a non-member)', async () => {
  const meeting = await api.createMeeting({ title: 'rich server' });
  const tok = await token();
  const ws = /** @type {WebSocket} */ (await joinWs(tok, meeting.threadId));
  try {
    const sent = await api.call('POST', `/meetings/${meeting.id}/chat/image`, { alt: 'A chart', text: 'Look' });
    const msg = (await messages(meeting.threadId, tok)).find((/** @type {any} */ m) => m.id === sent.id);
    assert.equal(msg.type, 'html');
    const [attachment] = msg.content.attachments;
    assert.deepEqual(Object.keys(attachment).sort(), ['attachmentType', 'id', 'name', 'previewUrl', 'url'], 'exactly ChatAttachment\'s fields');
    assert.equal(attachment.attachmentType, 'image');
    assert.equal(attachment.id, sent.attachmentId);
    const base = `https://localhost:${server.port}/chat/threads/${encodeURIComponent(meeting.threadId)}/images/${attachment.id}/views/`;
    assert.equal(attachment.url, `${base}original?api-version=2025-03-15`, 'url: the original view on the endpoint the caller used');
    assert.equal(attachment.previewUrl, `${base}small?api-version=2025-03-15`, 'previewUrl: the small view');
    assert.match(msg.content.message, new RegExp(`<img [^>]*id="${attachment.id}"[^>]*itemtype="http://schema.skype.com/AMSImage"`), 'the Teams inline image markup names the attachment');
    assert.match(msg.content.message, /alt="A chart"/);

    const ok = await fetch(loopback(attachment.previewUrl), { headers: { authorization: `Bearer ${tok}` } });
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('content-type'), 'image/png');
    const bytes = Buffer.from(await ok.arrayBuffer());
    assert.equal(bytes.length, sent.bytes);
    assert.equal(Number(ok.headers.get('content-length')), sent.bytes);
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a real PNG');
    assert.equal(ok.headers.get('access-control-allow-origin'), '*', 'CORS like every chat route');

    assert.equal((await fetch(loopback(attachment.url))).status, 401, 'no token: 401');
    assert.equal((await fetch(loopback(attachment.url), { headers: { authorization: 'Bearer not-a-token' } })).status, 401, 'a bad token: 401');
    const stranger = await token('Stranger');
    assert.equal((await fetch(loopback(attachment.url), { headers: { authorization: `Bearer ${stranger}` } })).status, 403, 'not in the call: 403');
    const other = await fetch(loopback(attachment.url.replace(attachment.id, 'no-such-image')), { headers: { authorization: `Bearer ${tok}` } });
    assert.equal(other.status, 404, 'unknown image: 404');
    const view = await fetch(loopback(attachment.url.replace('views/original', 'views/huge')), { headers: { authorization: `Bearer ${tok}` } });
    assert.equal(view.status, 400, 'unknown view: 400');
    const { requests } = await api.call('GET', `/meetings/${meeting.id}/chat/images`);
    assert.deepEqual(requests.map((/** @type {any} */ r) => r.status), [200, 401, 401, 404, 400], 'the console sees each image request (a non-member\'s 403 is the thread\'s, before any image)');
  } finally {
    ws.close();
  }
});

test('an uploaded image is an attachment only; a file attachment is {id, attachmentType: file, name, previewUrl} with no url and no size', async () => {
  const meeting = await api.createMeeting({ title: 'rich server files' });
  const tok = await token();
  const ws = /** @type {WebSocket} */ (await joinWs(tok, meeting.threadId));
  try {
    const up = await api.call('POST', `/meetings/${meeting.id}/chat/image`, { inline: false, text: 'uploaded', name: 'photo.png' });
    const file = await api.call('POST', `/meetings/${meeting.id}/chat/file`, { files: [{ name: 'Deck.pptx', url: 'https://contoso.sharepoint.com/:p:/g/x' }, { name: 'Notes.docx' }] });
    const all = await messages(meeting.threadId, tok);
    const upMsg = all.find((/** @type {any} */ m) => m.id === up.id);
    assert.doesNotMatch(upMsg.content.message, /<img/, 'not in the HTML');
    assert.equal(upMsg.content.attachments[0].name, 'photo.png');
    const fileMsg = all.find((/** @type {any} */ m) => m.id === file.id);
    assert.equal(fileMsg.content.attachments.length, 2);
    for (const a of fileMsg.content.attachments) {
      assert.deepEqual(Object.keys(a).sort(), ['attachmentType', 'id', 'name', 'previewUrl']);
      assert.equal(a.attachmentType, 'file');
      assert.match(a.previewUrl, /^https:\/\/contoso\.sharepoint\.com\//);
    }
    assert.equal(fileMsg.content.attachments[0].previewUrl, 'https://contoso.sharepoint.com/:p:/g/x');
  } finally {
    ws.close();
  }
});

test('a reply quotes the earlier message as Teams does', async () => {
  const meeting = await api.createMeeting({ title: 'rich server reply' });
  const first = await api.call('POST', `/meetings/${meeting.id}/chat`, { content: '<p>Budget <b>first</b> &amp; then <script>x</script>risks</p>', type: 'html' });
  const r = await api.call('POST', `/meetings/${meeting.id}/chat/reply`, { replyTo: first.id, text: 'Yes <please>', senderName: 'Tess' });
  const stored = (await api.call('GET', `/meetings/${meeting.id}/chat`)).value.find((/** @type {any} */ m) => m.id === r.id);
  assert.match(stored.content.message, new RegExp(`^<blockquote itemscope="" itemtype="http://schema.skype.com/Reply" itemid="${first.id}">`));
  assert.match(stored.content.message, /<strong itemprop="mri" itemid="8:orgid:[0-9a-f-]+">/);
  assert.match(stored.content.message, /<p itemprop="preview">Budget first &amp; then x risks<\/p><\/blockquote><p>Yes &lt;please&gt;<\/p>$/, 'the preview is text, the reply escaped');
  assert.equal(stored.senderDisplayName, 'Tess');
});

test('every console input is checked: wrong types, lengths and sizes answer 400 with a reason, the server keeps running', async () => {
  const meeting = await api.createMeeting({ title: 'rich server hostile' });
  const post = async (/** @type {string} */ what, /** @type {unknown} */ body) => {
    const r = await fetch(`${server.url}/emulator/api/meetings/${meeting.id}/chat/${what}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    return { status: r.status, body: await r.json().catch(() => undefined) };
  };
  const cases = /** @type {[string, unknown][]} */ ([
    ['image', { generate: { width: 5000, height: 10 } }],
    ['image', { generate: { width: 4096, height: 4096 } }],
    ['image', { generate: { width: '10', height: 10 } }],
    ['image', { generate: { width: 10.5, height: 10 } }],
    ['image', { generate: { width: 10, height: 10, noise: 'yes' } }],
    ['image', { generate: 'big' }],
    ['image', { image: { contentType: 'text/html', dataBase64: 'PGgxPg==' } }],
    ['image', { image: { contentType: 'image/png', dataBase64: 'PGgxPmhpPC9oMT4=' } }],
    ['image', { image: { contentType: 'image/png', dataBase64: '!!!' } }],
    ['image', { image: { contentType: 'image/png' } }],
    ['image', { image: 'x' }],
    ['image', { image: { contentType: 'image/png', dataBase64: 'iVBORw0KGgo=' }, generate: {} }],
    ['image', { name: 7 }],
    ['image', { name: '../../etc/passwd' }],
    ['image', { name: 'x'.repeat(256) }],
    ['image', { alt: 'x'.repeat(201) }],
    ['image', { text: { toString: 1 } }],
    ['image', { inline: 'no' }],
    ['image', [1, 2]],
    ['file', { files: [] }],
    ['file', { files: Array.from({ length: 21 }, (_, i) => ({ name: `f${i}.txt` })) }],
    ['file', { files: 'a.pdf' }],
    ['file', { files: [null] }],
    ['file', { name: '' }],
    ['file', { name: 'a/b.pdf' }],
    ['file', { name: 'a.pdf', url: 'javascript:alert(1)' }],
    ['file', { name: 'a.pdf', url: 'http://contoso.sharepoint.com/x' }],
    ['file', { name: 'a.pdf', url: 'not a url' }],
    ['file', { name: 'a.pdf', url: `https://contoso.sharepoint.com/${'x'.repeat(2100)}` }],
    ['reply', { replyTo: 12, text: 'x' }],
    ['reply', { replyTo: '999', text: 'x' }],
    ['reply', { replyTo: '1', text: '' }],
    ['reply', { replyTo: '1', text: 'x'.repeat(4001) }],
    ['attachments', { attachments: [] }],
    ['attachments', { attachments: [{ id: '<img>', attachmentType: 'image' }] }],
    ['attachments', { attachments: [{ id: 'a', attachmentType: 'video' }] }],
    ['attachments', { attachments: [{ id: 'a', attachmentType: 'file', previewUrl: 5 }] }],
    ['attachments', { attachments: [{ id: 'a', attachmentType: 'file', url: 'x'.repeat(2049) }] }],
    ['attachments', { content: 5, attachments: [{ id: 'a', attachmentType: 'file' }] }],
  ]);
  for (const [what, body] of cases) {
    const r = await post(what, body);
    assert.equal(r.status, 400, `${what} ${JSON.stringify(body).slice(0, 80)} → ${r.status} ${JSON.stringify(r.body)}`);
    assert.equal(r.body?.error?.code, 'BadRequest');
    assert.ok(typeof r.body.error.message === 'string' && r.body.error.message.length > 10, 'a reason');
  }
  const broken = await post('image', '{"generate":');
  assert.equal(broken.status, 400, 'malformed JSON');
  const huge = await post('image', JSON.stringify({ image: { contentType: 'image/png', dataBase64: 'A'.repeat(1_100_000) } }));
  assert.equal(huge.status, 400, 'a body over 1 MB');
  assert.equal((await api.call('GET', `/meetings/${meeting.id}/chat`)).value.filter((/** @type {any} */ m) => m.type === 'html').length, 0, 'nothing was stored');
  const ok = await post('image', { generate: { width: 8, height: 8 } });
  assert.equal(ok.status, 201, 'and the server still answers');
});
