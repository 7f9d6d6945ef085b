import { expect, fixture, html } from '@open-wc/testing';
import { press, typeText } from '../../helpers/keyboard.js';
import '../../../src/components/chat-panel/chat-panel.js';
import { CHAT_WINDOW, groupMessages, type TmjChatPanel } from '../../../src/components/chat-panel/chat-panel.component.js';
import { TmjError } from '../../../src/core/errors.js';
import type { ChatMessage, ChatState, ChatUnavailableReason } from '../../../src/session/types.js';
import { FakeSession } from '../../helpers/fake-session.js';
import { callWith, message, until } from '../call-view/call-fixtures.js';

async function mount(chatPatch: Partial<ChatState> = {}, lang = 'en') {
  const base = callWith(2);
  const fake = new FakeSession();
  fake.update({ ...base, chat: { ...base.chat, ...chatPatch } });
  const el = await fixture<TmjChatPanel>(html`<tmj-chat-panel
    style="height: 400px; width: 320px"
    open
    lang=${lang}
    .session=${fake}
    .chat=${fake.state.chat}
  ></tmj-chat-panel>`);
  fake.subscribe((e) => {
    if (e.type === 'state') el.chat = e.state.chat;
  });
  await el.updateComplete;
  return { el, fake };
}

const $ = <T extends Element = HTMLElement>(el: TmjChatPanel, s: string) => el.shadowRoot!.querySelector<T>(s);
const $$ = (el: TmjChatPanel, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];

async function typeAndSend(el: TmjChatPanel, text: string) {
  $<HTMLTextAreaElement>(el, 'textarea')!.focus();
  await typeText(text);
  await press('Enter');
  await el.updateComplete;
}

describe('<tmj-chat-panel>', () => {
  it('groups consecutive messages by sender and shows localized times', async () => {
    const t = (m: number) => new Date(Date.UTC(2026, 0, 1, 14, m));
    const messages: ChatMessage[] = [
      message({ senderId: 'a', senderDisplayName: 'Alex', createdOn: t(0) }),
      message({ senderId: 'a', senderDisplayName: 'Alex', createdOn: t(1) }),
      message({ senderId: 'b', senderDisplayName: 'Bea', createdOn: t(2) }),
      message({ senderId: 'a', senderDisplayName: 'Alex', createdOn: t(3) }),
      message({ senderId: 'a', senderDisplayName: 'Alex', createdOn: t(30) }),
    ];
    expect(groupMessages(messages).map((g) => [g.senderName, g.messages.length])).to.deep.equal([
      ['Alex', 2],
      ['Bea', 1],
      ['Alex', 1],
      ['Alex', 1],
    ]);
    const { el } = await mount({ messages }, 'de');
    const groups = $$(el, '[part~="message-group"]');
    expect(groups).to.have.length(4);
    expect(groups[0]!.querySelector('.sender')?.textContent).to.equal('Alex');
    const expected = new Intl.DateTimeFormat('de', { hour: 'numeric', minute: '2-digit' }).format(t(0));
    expect(groups[0]!.querySelector('time')?.textContent, 'German time format').to.equal(expected);
    await expect(el).to.be.accessible();
  });

  it('Enter sends, Shift+Enter makes a new line', async () => {
    const { el, fake } = await mount();
    $<HTMLTextAreaElement>(el, 'textarea')!.focus();
    await typeText('line one');
    await press('Shift+Enter');
    await typeText('line two');
    expect(fake.calls.filter((c) => c.method === 'sendChatMessage'), 'Shift+Enter did not send').to.have.length(0);
    await press('Enter');
    await until(() => fake.calls.some((c) => c.method === 'sendChatMessage'), 'Enter sent');
    expect(fake.calls.find((c) => c.method === 'sendChatMessage')!.args[0]).to.equal('line one\nline two');
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value, 'box cleared after sending').to.equal('');
    await until(() => $$(el, '[part~="message"][data-status="sent"]').length === 1, 'own message shown as sent');
  });

  it('a failed send is kept with Retry and Discard; Retry sends it again', async () => {
    const { el, fake } = await mount();
    fake.failNextSend = 'chat-send-failed';
    await typeAndSend(el, 'important note');
    await until(() => $$(el, '[part~="message"][data-status="failed"]').length === 1, 'failed message shown');
    const failed = $(el, '[part~="message"][data-status="failed"]')!;
    expect(failed.textContent, 'text kept').to.contain('important note');
    expect(failed.textContent).to.contain('Not sent');
    failed.querySelector<HTMLButtonElement>('[data-action="retry"]')!.click();
    await until(() => $$(el, '[part~="message"][data-status="sent"]').length === 1, 'sent after retry');
    expect(fake.calls.filter((c) => c.method === 'retryChatMessage')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('Discard removes a failed message only when the visitor asks', async () => {
    const { el, fake } = await mount();
    fake.failNextSend = 'chat-send-failed';
    await typeAndSend(el, 'oops');
    await until(() => $$(el, '[data-status="failed"] [data-action="discard"]').length === 1, 'discard offered');
    $<HTMLButtonElement>(el, '[data-action="discard"]')!.click();
    await until(() => $$(el, '[part~="message"]').length === 0, 'discarded');
  });

  it('when sendChatMessage rejects, the text goes back into the box with an explanation', async () => {
    const { el, fake } = await mount();
    fake.sendChatMessage = async () => {
      throw new TmjError('chat-send-failed');
    };
    await typeAndSend(el, 'do not lose me');
    await until(() => $<HTMLTextAreaElement>(el, 'textarea')!.value === 'do not lose me', 'text restored');
    expect($(el, '[role="alert"]')?.textContent).to.contain('could not be sent');
  });

  it('shows the remaining length near the limit and blocks sending over it', async () => {
    const { el, fake } = await mount({ maxLength: 20 });
    $<HTMLTextAreaElement>(el, 'textarea')!.focus();
    await typeText('0123456789012345');
    await el.updateComplete;
    expect($(el, '#chat-counter')?.textContent?.trim()).to.equal('4 characters left');
    await typeText('0123456789');
    await el.updateComplete;
    expect($(el, '#chat-counter')?.textContent?.trim()).to.equal('6 characters over the limit');
    expect($<HTMLButtonElement>(el, '[part~="send-button"]')!.disabled).to.equal(true);
    await press('Enter');
    expect(fake.calls.filter((c) => c.method === 'sendChatMessage'), 'over-long text not sent').to.have.length(0);
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value, 'and not lost').to.have.length(26);
  });

  it('shows who is typing and tells the session the visitor types', async () => {
    const { el, fake } = await mount({ typing: ['Alex'] });
    expect($(el, '[part~="typing"]')?.textContent).to.equal('Alex is typing…');
    el.chat = { ...el.chat, typing: ['Alex', 'Bea'] };
    await el.updateComplete;
    expect($(el, '[part~="typing"]')?.textContent).to.equal('Alex and Bea are typing…');
    $<HTMLTextAreaElement>(el, 'textarea')!.focus();
    await typeText('abc');
    expect(fake.calls.filter((c) => c.method === 'sendTyping'), 'typing sent once (throttled)').to.have.length(1);
  });

  const reasons: Array<[ChatUnavailableReason, string]> = [
    ['not-joined', 'once you are in the meeting'],
    ['teams-identity', 'Teams account'],
    ['disabled', 'turned off'],
    ['no-endpoint', 'not configured'],
    ['error', 'could not be started'],
  ];
  for (const [reason, text] of reasons) {
    it(`unavailable (${reason}): explains why and disables the box`, async () => {
      const { el } = await mount({ available: false, reason });
      expect($(el, '[part~="unavailable"]')?.textContent).to.contain(text);
      const box = $<HTMLTextAreaElement>(el, 'textarea')!;
      expect(box.disabled).to.equal(true);
      expect(box.getAttribute('aria-describedby')).to.equal('chat-unavailable');
      await expect(el).to.be.accessible();
    });
  }

  it('a channel meeting shows only its explanation: no empty state, no message log, no send box', async () => {
    const { el } = await mount({ available: false, reason: 'channel-meeting' });
    expect($(el, '[part~="unavailable"]')?.textContent).to.contain('Teams channel');
    expect($(el, 'textarea'), 'no send box').to.equal(null);
    expect($(el, '[part~="messages"]'), 'no log').to.equal(null);
    expect(el.shadowRoot!.textContent, 'no "No messages yet"').to.not.contain('No messages yet');
    await expect(el).to.be.accessible();
  });

  it('a message that sanitises to nothing says so, muted, instead of an empty bubble', async () => {
    const { el } = await mount({
      messages: [
        message({ format: 'html', content: '<svg><circle r="4"></circle></svg>' }),
        message({ format: 'html', content: '<iframe src="https://example.com"></iframe>' }),
        message({ format: 'html', content: '<p>fine</p>' }),
      ],
    });
    const bubbles = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="message"]')];
    expect(bubbles.map((b) => b.textContent!.trim())).to.deep.equal(["This message can’t be shown here", "This message can’t be shown here", 'fine']);
    const hidden = bubbles[0]!.querySelector('.hidden-message')!;
    expect(getComputedStyle(hidden).fontStyle, 'muted: italic').to.equal('italic');
    await expect(el).to.be.accessible();
  });

  it('mentions in both Teams formats render as mentions; the visitor’s own name is highlighted', async () => {
    const { el } = await mount({
      messages: [
        message({ format: 'html', content: '<p>Hi <at id="0">Ada Lovelace</at> and <at id="1">Bob</at></p>' }),
        message({ format: 'html', content: '<p><span itemscope itemtype="http://schema.skype.com/Mention" itemid="0">Ada Lovelace</span>, see this</p>' }),
        message({ format: 'html', content: '<p><span itemscope itemtype="http://example.com/Other">not a mention</span></p>' }),
      ],
    });
    el.selfName = 'Ada Lovelace';
    await el.updateComplete;
    const mentions = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-mention]')];
    expect(mentions.map((m) => m.textContent)).to.deep.equal(['Ada Lovelace', 'Bob', 'Ada Lovelace']);
    expect(mentions.map((m) => m.hasAttribute('data-self'))).to.deep.equal([true, false, true]);
    expect(mentions[0]!.getAttribute('part')).to.equal('mention mention-self');
    expect(getComputedStyle(mentions[0]!).backgroundColor, 'own name highlighted').to.not.equal(getComputedStyle(mentions[1]!).backgroundColor);
    expect(mentions.every((m) => !m.hasAttribute('itemtype')), 'microdata attributes stripped').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('sticks to the bottom when at the bottom, offers "New messages" when scrolled up', async () => {
    const many = Array.from({ length: 40 }, (_, i) => message({ senderId: `s${i % 2}`, senderDisplayName: `S${i % 2}` }));
    const { el } = await mount({ messages: many });
    const log = $(el, '[part~="messages"]')!;
    await until(() => log.scrollHeight - log.scrollTop - log.clientHeight < 40, 'starts at the bottom');
    el.chat = { ...el.chat, messages: [...el.chat.messages, message({ senderId: 'z' })] };
    await el.updateComplete;
    expect(log.scrollHeight - log.scrollTop - log.clientHeight, 'still at the bottom').to.be.lessThan(40);
    log.scrollTop = 0;
    log.dispatchEvent(new Event('scroll'));
    el.chat = { ...el.chat, messages: [...el.chat.messages, message({ senderId: 'y' })] };
    await el.updateComplete;
    await el.updateComplete;
    const jump = $<HTMLButtonElement>(el, '[part~="jump-button"]');
    expect(jump, 'jump button offered').to.exist;
    expect(log.scrollTop, 'did not yank the reader down').to.equal(0);
    await expect(el).to.be.accessible();
    jump!.click();
    await el.updateComplete;
    expect(log.scrollHeight - log.scrollTop - log.clientHeight).to.be.lessThan(40);
    expect($(el, '[part~="jump-button"]')).to.equal(null);
  });

  it('opens at the newest message when groups are taller than their size estimate, and stays pinned while the box changes until the visitor scrolls up', async () => {
    // Groups taller than content-visibility's 72 px estimate: the real heights arrive only once each is laid out.
    const long = 'Could everyone check the agenda before Thursday? I added the budget review and a few open questions. '.repeat(3);
    const many = Array.from({ length: 40 }, (_, i) =>
      message({ senderId: `s${i % 3}`, senderDisplayName: `Sender ${i % 3}`, content: i % 2 ? long : `Message ${i + 1}` }),
    );
    const { el } = await mount({ messages: many });
    const log = $(el, '[part~="messages"]')!;
    const gap = () => log.scrollHeight - log.scrollTop - log.clientHeight;
    const lastVisible = () => {
      const last = $$(el, '[part~="message"]').at(-1)!.getBoundingClientRect();
      const box = log.getBoundingClientRect();
      return last.bottom <= box.bottom + 1 && last.bottom > box.top;
    };
    // Settled: several frames in a row at the bottom with the newest message on screen.
    let stable = 0;
    await until(() => (gap() <= 2 && lastVisible() ? ++stable >= 5 : (stable = 0) > 0), 'settles at the newest message');
    expect(log.scrollHeight, 'the log really scrolls').to.be.greaterThan(log.clientHeight * 2);
    // The box shrinks (the send box grows, the page resizes the widget): a pinned list follows.
    el.style.height = '260px';
    await until(() => gap() <= 2 && lastVisible(), 'still at the newest message after the box shrank');
    // The visitor scrolls up: a later change of the box no longer moves the list.
    log.scrollTop = 40;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    el.style.height = '380px';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await new Promise((r) => requestAnimationFrame(r));
    // (Scroll anchoring may move it a little to keep the same message in view; it must not pull the reader down.)
    expect(log.scrollTop, 'the reader stays where they scrolled').to.be.lessThan(200);
    expect(gap(), 'not pulled to the newest message').to.be.greaterThan(200);
    // Back at the bottom: pinned again.
    log.scrollTop = log.scrollHeight;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    el.style.height = '240px';
    await until(() => gap() <= 2, 'pinned again once back at the bottom');
  });

  it('long histories: the window counts messages, not sender groups, with "Show earlier messages"', async () => {
    const many = Array.from({ length: CHAT_WINDOW + 50 }, (_, i) => message({ senderId: `s${i % 2}` }));
    const { el } = await mount({ messages: many });
    expect($$(el, '[part~="message"]'), 'alternating senders: the newest window of messages').to.have.length(CHAT_WINDOW);
    expect($$(el, '[part~="message-group"]')).to.have.length(CHAT_WINDOW);
    $<HTMLButtonElement>(el, '.earlier')!.click();
    await until(() => $$(el, '[part~="message"]').length === CHAT_WINDOW + 50, 'earlier messages rendered');
    expect($(el, '.earlier'), 'nothing left to load: no button').to.equal(null);
    expect(getComputedStyle($(el, '[part~="message-group"]')!).contentVisibility, 'off-screen groups skip rendering').to.equal('auto');
  });

  it('10,000 messages from one sender render 200 messages\' nodes; the history stays complete', async () => {
    const history = Array.from({ length: 10_000 }, (_, i) => message({ id: `h${i}`, senderId: 'solo', content: `line ${i}` }));
    const { el, fake } = await mount({ messages: history });
    const rendered = $$(el, '[part~="message"]');
    expect(rendered, 'one sender: still only the newest 200 messages').to.have.length(CHAT_WINDOW);
    expect(rendered[0]!.dataset['messageId']).to.equal(`h${10_000 - CHAT_WINDOW}`);
    expect(rendered.at(-1)!.dataset['messageId']).to.equal('h9999');
    const nodes = el.shadowRoot!.querySelectorAll('*').length;
    expect(nodes, `elements in the panel (${nodes}): bounded by the window, not the history`).to.be.below(CHAT_WINDOW * 3 + 60);
    expect(el.chat.messages, 'the chat keeps every message; only rendering is bounded').to.have.length(10_000);
    expect($(el, '.earlier')?.dataset['hidden']).to.equal(String(10_000 - CHAT_WINDOW));

    // A new message while following the newest: the window slides, still 200.
    fake.update({ chat: { ...fake.state.chat, messages: [...fake.state.chat.messages, message({ id: 'new1', senderId: 'solo' })] } });
    await until(() => $$(el, '[part~="message"]').at(-1)?.dataset['messageId'] === 'new1', 'the new message is shown');
    expect($$(el, '[part~="message"]')).to.have.length(CHAT_WINDOW);
  });

  it('scrolling to the top loads earlier messages and keeps the reader\'s place; new ones while reading do not move it', async () => {
    const history = Array.from({ length: 1000 }, (_, i) => message({ id: `h${i}`, senderId: i % 7 === 0 ? 'b' : 'a' }));
    const { el, fake } = await mount({ messages: history });
    const log = $(el, '[part~="messages"]')!;
    const firstId = $$(el, '[part~="message"]')[0]!.dataset['messageId']!;
    log.scrollTop = 0;
    await until(() => $$(el, '[part~="message"]').length === 2 * CHAT_WINDOW, 'scrolling to the top loaded 200 more');
    const anchor = $(el, `[data-message-id="${firstId}"]`)!;
    await until(() => log.scrollTop > 8, 'the log did not stay at the top (which would load again at once)');
    const top = anchor.getBoundingClientRect().top - log.getBoundingClientRect().top;
    expect(Math.abs(top), `the message that was at the top is still near the top (${top}px)`).to.be.below(log.clientHeight);

    // Reading older messages: arrivals don't scroll or trim what the visitor reads; the jump button appears.
    const firstShown = $$(el, '[part~="message"]')[0]!.dataset['messageId'];
    fake.update({ chat: { ...fake.state.chat, messages: [...fake.state.chat.messages, message({ id: 'late', senderId: 'c' })] } });
    await until(() => $(el, '[data-message-id="late"]') !== null, 'the arrival is rendered');
    expect($$(el, '[part~="message"]')[0]!.dataset['messageId'], 'the top of what the visitor reads stays').to.equal(firstShown);
    expect($$(el, '[part~="message"]')).to.have.length(2 * CHAT_WINDOW + 1);
    const jump = $<HTMLButtonElement>(el, '[part~="jump-button"]');
    expect(jump, 'jump button offered').to.exist;
    jump!.click();
    await until(() => $$(el, '[part~="message"]').length === CHAT_WINDOW, 'jumping to the newest goes back to 200');
    try {
      await until(() => log.scrollHeight - log.scrollTop - log.clientHeight < 40, 'at the bottom');
    } catch (e) {
      throw new Error(`${String(e)} h=${log.scrollHeight} top=${log.scrollTop} ch=${log.clientHeight} n=${$$(el, '[part~="message"]').length}`);
    }
    await expect(el).to.be.accessible();
  });

  it('marks the newest received message read while open and at the bottom', async () => {
    const { fake } = await mount({ messages: [message({ id: 'r1' }), message({ id: 'r2' })] });
    await until(() => fake.calls.some((c) => c.method === 'markRead'), 'markRead sent');
    expect(fake.calls.filter((c) => c.method === 'markRead').map((c) => c.args[0])).to.deep.equal(['r2']);
  });
});
