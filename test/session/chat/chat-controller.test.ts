import { expect } from '@open-wc/testing';
import type { ChatMessageReceivedEvent, TypingIndicatorReceivedEvent } from '@azure/communication-chat';
import { AzureCommunicationTokenCredential } from '@azure/communication-common';
import { makeJwt } from '../../core/jwt-fixture.js';
import { ChatController, messageFormat, type ChatControllerOptions } from '../../../src/session/chat/index.js';
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
    expect(t.thread.sent[0], 'sent as text with the display name').to.deep.equal({ content: 'Hello from the website', senderDisplayName: 'Visitor', type: 'text' });
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

  it('sends a read receipt once per newest message, never for local ids', async () => {
    const t = setup();
    t.thread.messages = [serverMessage({ id: 'r1' })];
    await t.controller.start();
    t.controller.markRead('r1');
    t.controller.markRead('r1');
    t.controller.markRead('local:1');
    t.controller.markRead('unknown');
    await sleep(0);
    expect(t.thread.readReceipts).to.deep.equal(['r1']);
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
});
