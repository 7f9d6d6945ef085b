import { expect } from '@open-wc/testing';
import type { ChatMessageReceivedEvent, TypingIndicatorReceivedEvent } from '@azure/communication-chat';
import { AzureCommunicationTokenCredential } from '@azure/communication-common';
import { makeJwt } from '../../core/jwt-fixture.js';
import { CHAT_MAX_LENGTH, ChatController, CLIENT_ID_KEY, messageFormat, type ChatControllerOptions } from '../../../src/session/chat/index.js';
import { TmjError, type ErrorCode } from '../../../src/core/errors.js';
import type { ChatMessage, ChatState } from '../../../src/session/types.js';
import { acsUser, fakeSdk, SELF_ID, serverMessage, teamsUser } from './fake-chat-sdk.js';

const THREAD = '19:meeting_test@thread.v2';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await sleep(5);
  }
}

function setup(overrides: Partial<ChatControllerOptions> = {}) {
  const fake = fakeSdk();
  const states: ChatState[] = [];
  const received: ChatMessage[] = [];
  const warnings: ErrorCode[] = [];
  const controller = new ChatController({
    endpoint: 'https://example.communication.azure.com',
    threadId: THREAD,
    // Never used by the double; a real credential type keeps the options honest (it parses the JWT's exp).
    credential: new AzureCommunicationTokenCredential(makeJwt({ exp: Math.floor(Date.now() / 1000) + 3600 })),
    selfId: SELF_ID,
    displayName: 'Visitor',
    pollIntervalMs: 20,
    realtimeConfirmMs: 60,
    startRetryDelaysMs: [10, 10],
    sdk: fake.sdk,
    onChange: (s) => states.push(s),
    onMessage: (m) => received.push(m),
    onWarning: (c) => warnings.push(c),
    ...overrides,
  });
  return { ...fake, controller, states, received, warnings };
}

function receivedEvent(id: string, message: string, type = 'RichText/Html'): ChatMessageReceivedEvent {
  return {
    id,
    threadId: THREAD,
    sender: teamsUser('organizer-oid'),
    senderDisplayName: 'Teams Organizer',
    recipient: acsUser(SELF_ID),
    createdOn: new Date(),
    version: '1',
    type,
    message,
    metadata: {},
  };
}

describe('ChatController (against a Chat SDK double typed by the SDK)', () => {
  it('loads history: text/html only, ordered by sequenceId, own messages recognised by raw id', async () => {
    const t = setup();
    t.thread.messages = [
      serverMessage({ id: 'a', sequenceId: '1', type: 'html', content: { message: '<p>Hello <b>all</b></p>' } }),
      serverMessage({ id: 'sys', sequenceId: '2', type: 'participantAdded', content: {} }),
      serverMessage({ id: 'b', sequenceId: '3', type: 'text', sender: acsUser(SELF_ID), senderDisplayName: 'Visitor', content: { message: 'hi <b>' } }),
      serverMessage({ id: 'gone', sequenceId: '4', type: 'text', deletedOn: new Date() }),
    ];
    await t.controller.start();
    t.controller.stop();
    const { state } = t.controller;
    expect(state.available, 'chat is available after history').to.equal(true);
    expect(state.messages.map((m) => m.id), 'system and deleted messages are filtered, order kept').to.deep.equal(['a', 'b']);
    expect(state.messages[0]!.format, 'Teams html stays html').to.equal('html');
    expect(state.messages[0]!.content, 'html content is handed over untouched').to.equal('<p>Hello <b>all</b></p>');
    expect(state.messages[0]!.senderId).to.equal('8:orgid:organizer-oid');
    expect(state.messages[0]!.isOwn).to.equal(false);
    expect(state.messages[1]!.format, 'text is text').to.equal('text');
    expect(state.messages[1]!.isOwn, 'own message by raw id').to.equal(true);
    expect(state.messages[1]!.status).to.equal('sent');
    expect(t.received, 'history is not announced as new messages').to.have.length(0);
  });

  it('maps message types: REST html/text and realtime RichText/Html/Text', () => {
    expect(messageFormat('html')).to.equal('html');
    expect(messageFormat('RichText/Html')).to.equal('html');
    expect(messageFormat('text')).to.equal('text');
    expect(messageFormat('Text')).to.equal('text');
    expect(messageFormat('somethingNew'), 'unknown types are never parsed as html').to.equal('text');
  });

  it('shows an own message at once as sending, then sent with the server id', async () => {
    const t = setup();
    await t.controller.start();
    let release!: () => void;
    t.thread.sendGate = new Promise((r) => (release = r));
    const sending = t.controller.send('Hello from the website');
    const pending = t.controller.state.messages.at(-1)!;
    expect(pending.status, 'appears immediately').to.equal('sending');
    expect(pending.id.startsWith('local:'), 'local id while sending').to.equal(true);
    expect(pending.isOwn).to.equal(true);
    release();
    await sending;
    const sent = t.controller.state.messages.filter((m) => m.content === 'Hello from the website');
    expect(sent, 'exactly one copy').to.have.length(1);
    expect(sent[0]!.status).to.equal('sent');
    expect(sent[0]!.id.startsWith('local:'), 'server id after sending').to.equal(false);
    const { metadata, ...rest } = t.thread.sent[0]!;
    expect(rest, 'sent as text with the display name').to.deep.equal({ content: 'Hello from the website', senderDisplayName: 'Visitor', type: 'text' });
    expect(metadata?.[CLIENT_ID_KEY], 'tagged with a client id in metadata').to.be.a('string').and.have.length.greaterThan(8);
    t.controller.stop();
  });

  it('keeps a failed message (chat-send-failed) for retry, and retry sends it', async () => {
    const t = setup();
    await t.controller.start();
    t.thread.sendFailures = [503];
    await t.controller.send('important question');
    const failed = t.controller.state.messages.at(-1)!;
    expect(failed.status, 'a failure is visible, never silent').to.equal('failed');
    expect(failed.error).to.equal('chat-send-failed');
    expect(failed.content).to.equal('important question');
    await t.controller.retry(failed.id);
    const after = t.controller.state.messages.filter((m) => m.content === 'important question');
    expect(after, 'retry replaces the failed message, no duplicate').to.have.length(1);
    expect(after[0]!.status).to.equal('sent');
    expect(t.thread.sent.map((s) => s.content)).to.deep.equal(['important question']);
    t.controller.stop();
  });

  it('discard removes only a failed message', async () => {
    const t = setup();
    await t.controller.start();
    t.thread.sendFailures = [500];
    await t.controller.send('oops');
    const failed = t.controller.state.messages.at(-1)!;
    t.controller.discard(failed.id);
    expect(t.controller.state.messages.find((m) => m.id === failed.id), 'discarded').to.equal(undefined);
    await t.controller.send('kept');
    const sent = t.controller.state.messages.at(-1)!;
    t.controller.discard(sent.id);
    expect(t.controller.state.messages.at(-1)!.id, 'a sent message cannot be discarded').to.equal(sent.id);
    t.controller.stop();
  });

  it('refuses (rejects) text it cannot accept instead of dropping it, and ignores blank text', async () => {
    const t = setup();
    await t.controller.send('before start').then(
      () => expect.fail('must reject while unavailable'),
      (e: unknown) => expect((e as TmjError).code).to.equal('chat-unavailable'),
    );
    await t.controller.start();
    await t.controller.send('x'.repeat(28001)).then(
      () => expect.fail('must reject over maxLength'),
      (e: unknown) => expect((e as TmjError).code).to.equal('chat-send-failed'),
    );
    await t.controller.send('   ');
    expect(t.thread.sent, 'nothing sent for blank or too long').to.have.length(0);
    expect(t.controller.state.maxLength).to.equal(28000);
    t.controller.stop();
  });

  it('falls back to polling when real-time notifications reject, warns once, and receives by polling (deduped)', async () => {
    const t = setup();
    t.notifications.mode = 'reject';
    await t.controller.start();
    await until(() => t.warnings.includes('chat-polling'), 'chat-polling warning');
    expect(t.controller.state.transport).to.equal('polling');
    t.thread.messages.push(serverMessage({ id: 'new1', createdOn: new Date(), content: { message: 'polled' } }));
    await until(() => t.received.length === 1, 'polled message announced');
    await sleep(100); // several more polls return the same message again
    expect(t.received.map((m) => m.id), 'announced exactly once').to.deep.equal(['new1']);
    expect(t.controller.state.messages.filter((m) => m.id === 'new1'), 'deduped by id').to.have.length(1);
    expect(t.warnings.filter((w) => w === 'chat-polling'), 'warned once').to.have.length(1);
    const polls = t.thread.listCalls.slice(1);
    expect(polls.every((o) => o?.startTime instanceof Date), 'polls ask only for newer messages').to.equal(true);
    t.controller.stop();
  });

  it('falls back to polling where the SDK has no real-time support at all (on() throws, as in Node)', async () => {
    const t = setup();
    t.notifications.mode = 'unsupported';
    await t.controller.start();
    await until(() => t.warnings.includes('chat-polling'), 'chat-polling warning');
    t.thread.messages.push(serverMessage({ id: 'n1', createdOn: new Date() }));
    await until(() => t.received.length === 1, 'received by polling');
    t.controller.stop();
  });

  it('reports polling when real-time "starts" but never proves itself (silent trouter)', async () => {
    const t = setup();
    t.notifications.mode = 'silent';
    await t.controller.start();
    await until(() => t.warnings.includes('chat-polling'), 'chat-polling warning after the confirm window');
    expect(t.controller.state.transport).to.equal('polling');
    const calls = t.thread.listCalls.length;
    await sleep(80);
    expect(t.thread.listCalls.length, 'still polling').to.be.greaterThan(calls);
    t.controller.stop();
  });

  it('switches to real-time when an event arrives, stops polling, and back to polling on disconnect', async () => {
    const t = setup();
    await t.controller.start();
    await until(() => t.notifications.listenerCount('chatMessageReceived') === 1, 'subscribed to messages');
    t.notifications.emit('chatMessageReceived', receivedEvent('rt1', '<p>live</p>'));
    expect(t.controller.state.transport).to.equal('realtime');
    expect(t.received.map((m) => [m.id, m.format]), 'live html message announced').to.deep.equal([['rt1', 'html']]);
    await sleep(60);
    const calls = t.thread.listCalls.length;
    await sleep(100);
    expect(t.thread.listCalls.length, 'no polling while real-time works').to.equal(calls);
    expect(t.warnings, 'no polling warning when real-time works').to.deep.equal([]);
    // The same message later seen by a poll is not duplicated.
    t.thread.messages.push(serverMessage({ id: 'rt1', type: 'html', content: { message: '<p>live</p>' }, createdOn: new Date() }));
    t.notifications.emit('realTimeNotificationDisconnected');
    expect(t.controller.state.transport).to.equal('polling');
    await until(() => t.thread.listCalls.length > calls + 1, 'polling resumed');
    await sleep(40);
    expect(t.controller.state.messages.filter((m) => m.id === 'rt1')).to.have.length(1);
    expect(t.received, 'not announced twice').to.have.length(1);
    t.controller.stop();
  });

  it('updates edited messages and drops deleted ones (polling and real-time)', async () => {
    const t = setup();
    t.notifications.mode = 'reject';
    const original = serverMessage({ id: 'e1', content: { message: 'first' }, createdOn: new Date() });
    t.thread.messages = [original];
    await t.controller.start();
    const edited = { ...original, content: { message: 'second' }, editedOn: new Date(), createdOn: new Date() };
    t.thread.messages = [edited];
    await until(() => t.controller.state.messages[0]?.content === 'second', 'edit picked up by polling');
    expect(t.controller.state.messages[0]!.editedOn, 'editedOn kept').to.be.instanceOf(Date);
    t.thread.messages = [{ ...edited, deletedOn: new Date(), createdOn: new Date() }];
    await until(() => t.controller.state.messages.length === 0, 'deletion picked up by polling');
    t.controller.stop();

    const u = setup();
    u.thread.messages = [serverMessage({ id: 'd1' })];
    await u.controller.start();
    await until(() => u.notifications.listenerCount('chatMessageDeleted') === 1, 'subscribed');
    u.notifications.emit('chatMessageDeleted', {
      id: 'd1',
      threadId: THREAD,
      sender: teamsUser('organizer-oid'),
      senderDisplayName: 'Teams Organizer',
      recipient: acsUser(SELF_ID),
      createdOn: new Date(),
      version: '2',
      type: 'Text',
      deletedOn: new Date(),
    });
    expect(u.controller.state.messages, 'deleted in real time').to.have.length(0);
    u.controller.stop();
  });

  it('does not duplicate an own message whose server copy arrives before the send resolves', async () => {
    const t = setup();
    await t.controller.start();
    let release!: () => void;
    t.thread.sendGate = new Promise((r) => (release = r));
    const sending = t.controller.send('race');
    // The server already has it (another path delivered it) before sendMessage answers.
    t.thread.messages.push(serverMessage({ id: '1000', sender: acsUser(SELF_ID), content: { message: 'race' }, createdOn: new Date() }));
    await until(() => t.controller.state.messages.some((m) => m.id === '1000'), 'server copy polled');
    release();
    await sending;
    const copies = t.controller.state.messages.filter((m) => m.content === 'race');
    expect(copies, 'one copy').to.have.length(1);
    expect(copies[0]!.status).to.equal('sent');
    expect(t.received, 'own messages are not announced').to.have.length(0);
    t.controller.stop();
  });

  it('shows who is typing (not self), expires it, and a message ends it', async () => {
    const t = setup({ typingTimeoutMs: 50 });
    await t.controller.start();
    await until(() => t.notifications.listenerCount('typingIndicatorReceived') === 1, 'subscribed');
    const typing = (sender = teamsUser('organizer-oid')): TypingIndicatorReceivedEvent => ({
      threadId: THREAD,
      sender,
      senderDisplayName: sender.kind === 'communicationUser' ? 'Visitor' : 'Teams Organizer',
      recipient: acsUser(SELF_ID),
      version: '1',
      receivedOn: new Date(),
    });
    t.notifications.emit('typingIndicatorReceived', typing(acsUser(SELF_ID)));
    expect(t.controller.state.typing, 'own typing is ignored').to.deep.equal([]);
    t.notifications.emit('typingIndicatorReceived', typing());
    expect(t.controller.state.typing).to.deep.equal(['Teams Organizer']);
    await until(() => t.controller.state.typing.length === 0, 'typing expired');
    t.notifications.emit('typingIndicatorReceived', typing());
    t.notifications.emit('chatMessageReceived', receivedEvent('m2', 'done typing', 'Text'));
    expect(t.controller.state.typing, 'a message ends the indicator').to.deep.equal([]);
    t.controller.typing();
    expect(t.thread.typingCalls, 'typing goes to the SDK (which throttles)').to.equal(1);
    t.controller.stop();
  });

  it('never sends read receipts: unsupported for Teams external users in Teams meetings (issue 11 req 6)', async () => {
    // Microsoft Learn, "Teams meeting capabilities for Teams external users": Chat → Read receipt ❌.
    const t = setup();
    t.thread.messages = [serverMessage({ id: 'r1' })];
    await t.controller.start();
    t.controller.markRead('r1');
    t.controller.markRead('r1');
    await sleep(0);
    expect(t.thread.readReceipts, 'no read receipt reaches the service').to.deep.equal([]);
    t.controller.stop();
  });

  it('retries history on 403 (visitor not yet added to the thread) and then works', async () => {
    const t = setup();
    t.thread.listFailures = [403];
    await t.controller.start();
    expect(t.controller.state.available).to.equal(true);
    t.controller.stop();
  });

  it('becomes unavailable with a reason when access is refused', async () => {
    const t = setup();
    t.thread.listFailures = [403, 403, 403];
    await t.controller.start();
    expect(t.controller.state.available).to.equal(false);
    expect(t.controller.state.reason).to.equal('error');
    expect(t.controller.state.error).to.equal('chat-unavailable');

    const u = setup();
    u.thread.listFailures = [401];
    await u.controller.start();
    expect(u.controller.state.error, '401 is not retried and says token').to.equal('token-rejected');
    expect(u.thread.listCalls, 'one attempt for 401').to.have.length(1);
  });

  it('stop() ends polling, notifications, timers and further announcements', async () => {
    const t = setup({ typingTimeoutMs: 10_000 });
    await t.controller.start();
    await until(() => t.notifications.listenerCount('typingIndicatorReceived') === 1, 'subscribed');
    t.notifications.emit('typingIndicatorReceived', {
      threadId: THREAD,
      sender: teamsUser('x'),
      senderDisplayName: 'X',
      recipient: acsUser(SELF_ID),
      version: '1',
      receivedOn: new Date(),
    });
    t.controller.stop();
    const calls = t.thread.listCalls.length;
    const states = t.states.length;
    t.thread.messages.push(serverMessage({ id: 'late', createdOn: new Date() }));
    await sleep(150);
    expect(t.thread.listCalls.length, 'no poll after stop').to.equal(calls);
    expect(t.notifications.stopCalls, 'notifications stopped').to.equal(1);
    expect(t.states.length, 'no state change after stop (typing timer cleared, no warning timer)').to.equal(states);
    expect(t.warnings, 'confirm timer cleared').to.deep.equal([]);
    expect(t.received).to.have.length(0);
  });

  it('an aborted start signal stops it', async () => {
    const t = setup();
    const abort = new AbortController();
    await t.controller.start(abort.signal);
    abort.abort();
    const calls = t.thread.listCalls.length;
    await sleep(80);
    expect(t.thread.listCalls.length).to.equal(calls);
  });

  /* ---------------------------------------------------------------------------------------------- */
  /* Issue 10 req 2: idempotent sends                                                                 */

  it('a send stored by the service whose answer is lost is not duplicated: found by client id, shown once as sent', async () => {
    const t = setup();
    await t.controller.start();
    t.thread.sendFates = ['store-then-cut'];
    await t.controller.send('only once please');
    const copies = t.thread.messages.filter((m) => m.content?.message === 'only once please');
    expect(copies, 'stored once on the service').to.have.length(1);
    const shown = t.controller.state.messages.filter((m) => m.content === 'only once please');
    expect(shown, 'shown once').to.have.length(1);
    expect(shown[0]!.status, 'the lookup found it: sent, no Retry offered').to.equal('sent');
    expect(shown[0]!.id, 'with its server id').to.equal(copies[0]!.id);
    t.controller.stop();
  });

  it('five lost answers in a row give five messages, not ten; the echo merges by client id', async () => {
    const t = setup();
    await t.controller.start();
    t.thread.sendFates = Array(5).fill('store-then-cut');
    for (let i = 0; i < 5; i++) await t.controller.send(`lost ${i}`);
    await sleep(80); // polls bring the echoes
    expect(t.thread.messages.filter((m) => m.content?.message?.startsWith('lost ')), 'stored once each').to.have.length(5);
    const own = t.controller.state.messages.filter((m) => m.content.startsWith('lost '));
    expect(own.map((m) => m.status), 'each shown once, sent').to.deep.equal(['sent', 'sent', 'sent', 'sent', 'sent']);
    t.controller.stop();
  });

  it('Retry of a message whose fate was unknown looks it up first and does not post it again', async () => {
    const t = setup({ requestTimeoutMs: 60, pollIntervalMs: 100_000 });
    await t.controller.start();
    // The send hangs past the timeout, then the service stores it anyway (what a slow service does).
    t.thread.sendFates = ['hang'];
    await t.controller.send('slow one');
    const failed = t.controller.state.messages.find((m) => m.content === 'slow one')!;
    expect(failed.status, 'a hanging send times out into failed').to.equal('failed');
    expect(failed.error).to.equal('chat-send-failed');
    t.thread.messages.push(serverMessage({ id: 'late', content: { message: 'slow one' }, sender: acsUser(SELF_ID), createdOn: new Date(), metadata: { [CLIENT_ID_KEY]: lastClientId(t) } }));
    const sentBefore = t.thread.sent.length;
    await t.controller.retry(failed.id);
    expect(t.thread.sent.length, 'no second POST').to.equal(sentBefore);
    const shown = t.controller.state.messages.filter((m) => m.content === 'slow one');
    expect(shown.map((m) => [m.id, m.status]), 'merged with the stored copy').to.deep.equal([['late', 'sent']]);
    t.controller.stop();
  });

  it('the echo of an own message merges by client id even when it arrives before the answer', async () => {
    const t = setup();
    await t.controller.start();
    let release!: () => void;
    t.thread.sendGate = new Promise((r) => (release = r));
    const sending = t.controller.send('echo first');
    const local = t.controller.state.messages.at(-1)!;
    // The echo (real-time/poll) carries the client id before the POST answered.
    const clientId = lastClientId(t);
    t.notifications.mode = 'silent';
    t.thread.messages.push(serverMessage({ id: 'echo-1', content: { message: 'echo first' }, sender: acsUser(SELF_ID), createdOn: new Date(), metadata: { [CLIENT_ID_KEY]: clientId } }));
    await until(() => t.controller.state.messages.some((m) => m.id === 'echo-1'), 'the poll brings the echo');
    expect(t.controller.state.messages.filter((m) => m.content === 'echo first'), 'one copy').to.have.length(1);
    expect(t.controller.state.messages.some((m) => m.id === local.id), 'the local copy is gone').to.equal(false);
    t.thread.sendGate = undefined;
    release();
    await sending;
    t.controller.stop();
  });

  /* Issue 10 req 5: a hanging chat service */

  it('a hanging send times out (requestTimeoutMs) into failed with Retry, and polling recovers after a hang', async () => {
    const t = setup({ requestTimeoutMs: 80 });
    await t.controller.start();
    t.thread.sendFates = ['hang'];
    const started = Date.now();
    await t.controller.send('into the void');
    expect(Date.now() - started, 'bounded by the timeout').to.be.lessThan(1000);
    expect(t.controller.state.messages.at(-1)!.status).to.equal('failed');
    // Polling: a list call that never answers is aborted and the next one runs.
    const hanging = t.thread.listMessages.bind(t.thread);
    let hangs = 1;
    t.thread.listMessages = ((options) => {
      if (hangs-- > 0) {
        const never: ReturnType<typeof hanging> = {
          next: () => new Promise((_, reject) => options?.abortSignal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
          [Symbol.asyncIterator]: () => never,
          byPage: () => ({ next: never.next, [Symbol.asyncIterator]() { return this; } }) as never,
        };
        return never;
      }
      return hanging(options);
    }) as typeof t.thread.listMessages;
    await sleep(150);
    t.thread.messages.push(serverMessage({ id: 'after-hang', createdOn: new Date() }));
    await until(() => t.controller.state.messages.some((m) => m.id === 'after-hang'), 'polling recovered by itself', 3000);
    t.controller.stop();
  });

  /* Issue 10 req 4: nothing typed is lost at the end */

  it('stop() keeps unsent messages: sending ones become failed and are listed by unsent()', async () => {
    const t = setup();
    await t.controller.start();
    t.thread.sendGate = new Promise(() => undefined); // never answers
    void t.controller.send('typed just before leaving');
    await sleep(0);
    t.controller.stop();
    const unsent = t.controller.unsent();
    expect(unsent.map((m) => [m.content, m.status])).to.deep.equal([['typed just before leaving', 'failed']]);
    expect(t.controller.state.messages.at(-1)!.status, 'the last state says so too').to.equal('failed');
  });

  it('local ids belong to each controller (no module-level counter): two chats number from 1', async () => {
    const a = setup();
    const b = setup();
    await Promise.all([a.controller.start(), b.controller.start()]);
    a.thread.sendGate = new Promise(() => undefined);
    b.thread.sendGate = new Promise(() => undefined);
    void a.controller.send('a');
    void b.controller.send('b');
    expect(a.controller.state.messages.at(-1)!.id).to.equal('local:1');
    expect(b.controller.state.messages.at(-1)!.id).to.equal('local:1');
    a.controller.stop();
    b.controller.stop();
  });

  /* Issue 10 req 3: a revoked token */

  it('a 401 on chat triggers one credential refresh and a retry (history, polling and send)', async () => {
    let refreshes = 0;
    const t = setup({ refreshCredential: async () => (refreshes++, true) });
    t.thread.listFailures = [401];
    await t.controller.start();
    expect(t.controller.state.available, 'history loaded after one refresh').to.equal(true);
    expect(refreshes).to.equal(1);
    t.thread.sendFailures = [401];
    await t.controller.send('after revocation');
    expect(refreshes).to.equal(2);
    expect(t.controller.state.messages.at(-1)!.status, 'sent on the retry').to.equal('sent');
    t.thread.listFailures = [401];
    t.thread.messages.push(serverMessage({ id: 'p401', createdOn: new Date() }));
    await until(() => t.controller.state.messages.some((m) => m.id === 'p401'), 'poll retried after refresh');
    expect(refreshes).to.equal(3);
    expect(t.controller.state.available).to.equal(true);
    t.controller.stop();
  });

  /* Issue 11 req 6: polling within the documented limits */

  it('a burst of more than 500 messages between two polls is fetched completely, paging 200 at a time', async () => {
    const t = setup({ pollIntervalMs: 50 });
    await t.controller.start();
    const base = Date.now();
    for (let i = 0; i < 730; i++) t.thread.messages.push(serverMessage({ id: `burst-${i}`, createdOn: new Date(base + i) }));
    const pagesBefore = t.thread.pageRequests;
    await until(() => t.controller.state.messages.filter((m) => m.id.startsWith('burst-')).length === 730, 'all 730', 5000);
    const ids = t.controller.state.messages.filter((m) => m.id.startsWith('burst-')).map((m) => m.id);
    expect(ids[0], 'the oldest is there').to.equal('burst-0');
    expect(ids.at(-1)).to.equal('burst-729');
    const last = t.thread.listCalls.at(-1);
    expect(last?.maxPageSize, 'the documented page size').to.equal(200);
    expect(t.thread.pageRequests - pagesBefore, 'four pages of 200 for the burst').to.be.at.least(4);
    t.controller.stop();
  });

  it('honours Retry-After on 429 and backs off exponentially (with jitter) on repeated failures', async () => {
    const t = setup({ pollIntervalMs: 20, random: () => 0.5 });
    await t.controller.start();
    await sleep(50);
    t.thread.listFailures = [{ status: 429, headers: { 'retry-after': '1' } }];
    const n = t.thread.listTimes.length;
    await until(() => t.thread.listTimes.length > n, 'the throttled poll');
    const throttledAt = t.thread.listTimes.at(-1)!;
    await until(() => t.thread.listTimes.length > n + 1, 'the next poll', 3000);
    expect(t.thread.listTimes[n + 1]! - throttledAt, 'not before Retry-After (1 s)').to.be.at.least(990);
    // Repeated 503s: the gaps grow (lower bounds only: a loaded machine may fire timers late, never early).
    t.thread.listFailures = [503, 503, 503, 503];
    const m = t.thread.listTimes.length;
    await until(() => t.thread.listTimes.length >= m + 5, 'four failures and a success', 6000);
    const gaps = t.thread.listTimes.slice(m, m + 5).map((time, i, all) => (i ? time - all[i - 1]! : 0)).slice(1);
    // base 20 ms, random 0.5 → 0.75 × min(60 s, 20 × 2ⁿ) after n failures: 30, 60, 120, 240 ms.
    gaps.forEach((gap, i) => expect(gap, `gap ${i} of ${gaps}`).to.be.at.least(0.75 * 20 * 2 ** (i + 1) - 5));
    expect(gaps[3]!, `backoff grew: ${gaps}`).to.be.greaterThan(gaps[0]! * 2);
    t.controller.stop();
  });

  it('has a default schedule of 4 s (never below 3.2 s): chat state still says polling', async () => {
    const t = setup({ pollIntervalMs: undefined });
    await t.controller.start();
    await sleep(400);
    expect(t.thread.listCalls.length, 'only the history load: no poll within 3.2 s').to.equal(1);
    expect(t.controller.state.maxLength).to.equal(CHAT_MAX_LENGTH);
    t.controller.stop();
  });
});

function lastClientId(t: ReturnType<typeof setup>): string {
  return t.thread.attempts.at(-1)?.metadata?.[CLIENT_ID_KEY] ?? '';
}
