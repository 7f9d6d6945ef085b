// The REAL @azure/communication-chat SDK pipeline (auth, retry, (de)serialisation) driven by our ChatController,
// through createLoopbackHttpClient, against a tiny ACS-Chat-REST-shaped server started in this test.
// THE SERVER IS A TEST DOUBLE of the ACS chat service (paths/statuses from the facts note); the SDK is real.
// Runs in Node (wtr cannot start servers): the TypeScript sources are bundled with esbuild into a temp file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const THREAD = '19:meeting_e2e@thread.v2';
const SELF = '8:acs:e2e-visitor';

/** An unsigned JWT with the claims AzureCommunicationTokenCredential reads (exp). Never a real token. */
function fakeJwt() {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ exp: Math.floor(Date.now() / 1000) + 3600, skypeid: 'acs:e2e-visitor' })}.sig`;
}

async function loadChatModule() {
  const dir = await mkdtemp(join(tmpdir(), 'tmj-chat-e2e-'));
  const outfile = join(dir, 'chat.mjs');
  await build({
    entryPoints: [join(root, 'src/session/chat/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
    // CommonJS deps bundled into ESM need a require for Node built-ins.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const mod = await import(pathToFileURL(outfile).href);
  const common = await import('@azure/communication-common');
  return { mod, common, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

function startAcsShapedServer() {
  const messages = [
    {
      id: '1',
      type: 'html',
      sequenceId: '1',
      version: '1',
      content: { message: '<p>Welcome <b>visitors</b></p>' },
      senderDisplayName: 'Teams Organizer',
      createdOn: new Date(Date.now() - 60_000).toISOString(),
      senderCommunicationIdentifier: {
        rawId: '8:orgid:organizer',
        microsoftTeamsUser: { userId: 'organizer', isAnonymous: false, cloud: 'public' },
      },
    },
    {
      id: '2',
      type: 'participantAdded',
      sequenceId: '2',
      version: '2',
      content: { participants: [] },
      createdOn: new Date(Date.now() - 50_000).toISOString(),
    },
  ];
  const requests = [];
  let failNextSend = 0;
  let seq = 10;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests.push({ method: req.method, path: url.pathname, query: url.searchParams, auth: req.headers.authorization });
      const send = (status, json) => {
        res.writeHead(status, json === undefined ? {} : { 'content-type': 'application/json' });
        res.end(json === undefined ? '' : JSON.stringify(json));
      };
      const base = `/chat/threads/${encodeURIComponent(THREAD)}`;
      if (url.pathname === `${base}/messages` && req.method === 'GET') {
        const start = url.searchParams.get('startTime');
        const value = messages
          .filter((m) => !start || Date.parse(m.createdOn) > Date.parse(start))
          .slice()
          .reverse();
        return send(200, { value });
      }
      if (url.pathname === `${base}/messages` && req.method === 'POST') {
        if (failNextSend > 0) {
          failNextSend--;
          return send(400, { error: { code: 'BadRequest', message: 'refused by test' } });
        }
        const { content, senderDisplayName } = JSON.parse(body);
        const id = String(++seq);
        messages.push({
          id,
          type: 'text',
          sequenceId: String(seq),
          version: id,
          content: { message: content },
          senderDisplayName,
          createdOn: new Date().toISOString(),
          senderCommunicationIdentifier: { rawId: SELF, communicationUser: { id: SELF } },
        });
        return send(201, { id });
      }
      if (url.pathname === `${base}/typing` && req.method === 'POST') return send(200);
      if (url.pathname === `${base}/readReceipts` && req.method === 'POST') return send(200);
      return send(404, { error: { code: 'NotFound', message: 'no such path in the test server' } });
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        port,
        requests,
        messages,
        failSends: (n) => (failNextSend = n),
        addTeamsMessage(text) {
          const id = String(++seq);
          messages.push({
            id,
            type: 'html',
            sequenceId: String(seq),
            version: id,
            content: { message: text },
            senderDisplayName: 'Teams Organizer',
            createdOn: new Date().toISOString(),
            senderCommunicationIdentifier: {
              rawId: '8:orgid:organizer',
              microsoftTeamsUser: { userId: 'organizer', isAnonymous: false, cloud: 'public' },
            },
          });
          return id;
        },
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

const until = async (check, what, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

test('real Chat SDK through the loopback transport: history, send, failure kept, polling receive', async (t) => {
  const { mod, common, cleanup } = await loadChatModule();
  const server = await startAcsShapedServer();
  t.after(async () => {
    await server.close();
    await cleanup();
  });

  const warnings = [];
  const received = [];
  const controller = new mod.ChatController({
    endpoint: `https://localhost:${server.port}`,
    threadId: THREAD,
    credential: new common.AzureCommunicationTokenCredential(fakeJwt()),
    selfId: SELF,
    displayName: 'E2E Visitor',
    httpClient: mod.createLoopbackHttpClient(),
    pollIntervalMs: 100,
    onChange: () => {},
    onMessage: (m) => received.push(m),
    onWarning: (c) => warnings.push(c),
  });
  t.after(() => controller.stop());

  await controller.start();
  assert.equal(controller.state.available, true, `chat should be available, state: ${JSON.stringify(controller.state)}`);
  assert.deepEqual(
    controller.state.messages.map((m) => [m.id, m.format, m.senderId, m.isOwn]),
    [['1', 'html', '8:orgid:organizer', false]],
    'history through the real SDK deserialiser: html kept, system message filtered, Teams rawId',
  );
  const first = server.requests[0];
  assert.match(first.auth ?? '', /^Bearer /, 'the SDK pipeline added Bearer auth, the transport kept it');
  assert.equal(first.query.get('api-version') !== null, true, 'api-version sent');

  // Node has no realtime notifications in the SDK: the controller must say it polls.
  await until(() => warnings.includes('chat-polling'), 'chat-polling warning');

  await controller.send('hello from node');
  const mine = controller.state.messages.filter((m) => m.content === 'hello from node');
  assert.equal(mine.length, 1, 'one copy of the sent message');
  assert.equal(mine[0].status, 'sent', 'sent through POST 201');

  server.failSends(1);
  await controller.send('this one fails');
  const failed = controller.state.messages.find((m) => m.content === 'this one fails');
  assert.equal(failed?.status, 'failed', 'a 400 is kept as failed');
  assert.equal(failed?.error, 'chat-send-failed');
  await controller.retry(failed.id);
  assert.equal(controller.state.messages.find((m) => m.content === 'this one fails')?.status, 'sent', 'retry succeeds');

  const id = server.addTeamsMessage('<p>reply from Teams</p>');
  await until(() => received.some((m) => m.id === id), 'polled Teams reply');
  assert.equal(received.find((m) => m.id === id).format, 'html');
  assert.ok(
    server.requests.some((r) => r.method === 'GET' && r.query.get('startTime')),
    'polling used startTime through the real SDK',
  );

  controller.stop();
  const count = server.requests.length;
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(server.requests.length, count, 'no request after stop()');
});

test('the loopback transport refuses any non-loopback host before any I/O', async (t) => {
  const { mod, cleanup } = await loadChatModule();
  t.after(cleanup);
  let fetched = false;
  const client = mod.createLoopbackHttpClient(async () => {
    fetched = true;
    return new Response('');
  });
  const headers = { [Symbol.iterator]: function* () {} };
  await assert.rejects(
    client.sendRequest({ url: 'https://contoso.communication.azure.com/chat/threads', method: 'GET', headers, timeout: 0 }),
    /refuses non-loopback host/,
  );
  await assert.rejects(
    client.sendRequest({ url: 'https://localhost.evil.example/x', method: 'GET', headers, timeout: 0 }),
    /refuses non-loopback host/,
  );
  assert.equal(fetched, false, 'nothing was sent');
});
