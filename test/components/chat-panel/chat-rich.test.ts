/**
 * Rich chat in the panel: inline images fetched through the session (the chat token, the endpoint's host only),
 * shown as blob URLs and revoked when their message leaves the window or the panel goes away; Giphy, emoji,
 * quoted replies and file cards as Teams sends them; hostile attachments.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/chat-panel/chat-panel.js';
import { CHAT_WINDOW, type TmjChatPanel } from '../../../src/components/chat-panel/chat-panel.component.js';
import type { ChatMessage, ChatState } from '../../../src/session/types.js';
import { FakeSession } from '../../helpers/fake-session.js';
import { callWith, message, until } from '../call-view/call-fixtures.js';

const ENDPOINT = 'https://contoso.communication.azure.com';
// A real 2×2 PNG.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

/** The session double: what the ACS/emulator session exposes for images (fetch from its endpoint only). */
class RichSession extends FakeSession {
  readonly chatEndpoint = ENDPOINT;
  readonly fetched: string[] = [];
  fail = false;
  async fetchChatAttachment(url: string): Promise<Blob> {
    this.fetched.push(url);
    if (this.fail) throw new Error('503');
    return new Blob([PNG], { type: 'image/png' });
  }
}

const created: string[] = [];
const revoked: string[] = [];
const realCreate = URL.createObjectURL.bind(URL);
const realRevoke = URL.revokeObjectURL.bind(URL);
before(() => {
  URL.createObjectURL = (b: Blob | MediaSource) => {
    const u = realCreate(b);
    created.push(u);
    return u;
  };
  URL.revokeObjectURL = (u: string) => {
    revoked.push(u);
    realRevoke(u);
  };
});
after(() => {
  URL.createObjectURL = realCreate;
  URL.revokeObjectURL = realRevoke;
});
beforeEach(() => {
  created.length = 0;
  revoked.length = 0;
});

async function mount(messages: ChatMessage[], session = new RichSession()) {
  const base = callWith(2);
  session.update({ ...base, chat: { ...base.chat, messages } });
  const el = await fixture<TmjChatPanel>(html`<tmj-chat-panel style="height: 500px; width: 360px" open .session=${session} .chat=${session.state.chat}></tmj-chat-panel>`);
  await el.updateComplete;
  return { el, session };
}
const $$ = (el: TmjChatPanel, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];

function imageMessage(id = 'att1', url = `${ENDPOINT}/chat/threads/t/images/${id}/views/original`): ChatMessage {
  return message({
    format: 'html',
    content: `<p>Look <img id="${id}" alt="whiteboard" src="${url}" itemscope="png"></p>`,
    attachments: [{ id, kind: 'image', name: 'whiteboard.png', url, previewUrl: url }],
  });
}

describe('<tmj-chat-panel> rich chat', () => {
  it('an inline image loads from the endpoint as a blob URL with its alt text, lazily, then shows', async () => {
    const { el, session } = await mount([imageMessage()]);
    const figure = $$(el, '[part~="chat-image"]')[0]!;
    await until(() => figure.dataset['state'] === 'loaded', 'image loaded');
    const img = figure.querySelector('img')!;
    expect(img.src.startsWith('blob:')).to.equal(true);
    expect(img.alt).to.equal('whiteboard');
    expect(session.fetched).to.deep.equal([`${ENDPOINT}/chat/threads/t/images/att1/views/original`]);
    expect(created).to.deep.equal([img.src]);
    await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });
  });

  it('refuses an image on another host, an id without attachment and a failed fetch — each says so', async () => {
    const session = new RichSession();
    const evil = 'https://evil.example/steal.png';
    const { el } = await mount(
      [
        imageMessage('a1', evil),
        message({ format: 'html', content: '<p><img id="nope" src="x" alt="ghost"></p>' }),
      ],
      session,
    );
    const figures = $$(el, '[part~="chat-image"]');
    expect(figures.map((f) => f.dataset['state'])).to.deep.equal(['failed', 'failed']);
    expect(figures[0]!.textContent).to.contain('Couldn’t load this image');
    expect(session.fetched, 'no request at all, the token never leaves').to.deep.equal([]);
    session.fail = true;
    el.chat = { ...el.chat, messages: [...el.chat.messages, imageMessage('a2')] };
    await el.updateComplete;
    const last = $$(el, '[part~="chat-image"]').at(-1)!;
    await until(() => last.dataset['state'] === 'failed', 'fetch failure shown');
    expect(created).to.deep.equal([]);
  });

  it('revokes the blob URL when the message leaves the window and on disconnect', async () => {
    const first = imageMessage('old');
    const { el } = await mount([first]);
    await until(() => created.length === 1, 'blob created');
    const more: ChatMessage[] = [];
    for (let i = 0; i < CHAT_WINDOW + 1; i++) more.push(message({ content: `filler ${i}` }));
    el.chat = { ...el.chat, messages: [first, ...more] } as ChatState;
    await el.updateComplete;
    expect(revoked, 'left the window').to.deep.equal(created);
    // A fresh one, then dispose.
    el.chat = { ...el.chat, messages: [imageMessage('new')] };
    await el.updateComplete;
    await until(() => created.length === 2, 'second blob');
    el.remove();
    expect(revoked).to.deep.equal(created);
  });

  it('file cards: name, type, a new tab with noopener; hostile URLs and names are not links or markup', async () => {
    const { el } = await mount([
      message({
        format: 'html',
        content: '<p>Agenda attached</p>',
        attachments: [
          // Teams' shape: the SharePoint page is `previewUrl`, there is no `url` (file-attachment tutorial).
          { id: 'f1', kind: 'file', name: 'Agenda.pdf', previewUrl: 'https://contoso.sharepoint.com/:b:/g/Agenda.pdf' },
          { id: 'f2', kind: 'file', name: 'x.html', url: 'javascript:alert(1)' },
          { id: 'f3', kind: 'file', name: 'y.txt', url: 'data:text/html,<script>alert(1)</script>' },
          { id: 'f4', kind: 'file', name: '<img src=x onerror=alert(1)>.docx', url: 'http://contoso.sharepoint.com/plain-http.docx' },
          // previewUrl is the link when present: a hostile one is not rescued by a good-looking url.
          { id: 'f5', kind: 'file', name: 'z.pdf', previewUrl: 'javascript:alert(1)', url: 'https://contoso.sharepoint.com/z.pdf' },
        ],
      }),
    ]);
    const cards = $$(el, '[part~="file-card"]');
    expect(cards.length).to.equal(5);
    const link = cards[0] as HTMLAnchorElement;
    expect(link.tagName).to.equal('A');
    expect(link.href).to.equal('https://contoso.sharepoint.com/:b:/g/Agenda.pdf');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent).to.contain('Agenda.pdf').and.contain('PDF').and.contain('Opens in a new tab');
    for (const blocked of cards.slice(1)) {
      expect(blocked.tagName, blocked.textContent ?? '').to.equal('DIV');
      expect(blocked.textContent).to.contain('This file can’t be opened from here');
    }
    expect(el.shadowRoot!.querySelector('.files img'), 'a file name is text').to.equal(null);
    expect(cards[3]!.textContent).to.contain('<img src=x onerror=alert(1)>.docx');
    link.focus();
    expect(el.shadowRoot!.activeElement).to.equal(link);
  });

  it('quoted replies, emoji and Giphy as Teams sends them', async () => {
    const { el } = await mount([
      message({
        format: 'html',
        content:
          '<blockquote itemscope="" itemtype="http://schema.skype.com/Reply" itemid="1700000000000"><strong itemprop="mri" itemid="8:orgid:1">Alex</strong><span itemprop="time" itemid="1700000000000"></span><p itemprop="preview">Can you share the deck?</p></blockquote><p>Sure <span class="animated-emoticon-50-cool" title="Cool" type="(cool)" itemtype="http://schema.skype.com/Emoji"><img itemscope="" itemtype="http://schema.skype.com/Emoji" src="https://statics.teams.cdn.office.net/evergreen-assets/personal-expressions/v2/assets/emoticons/cool/default/50_f.png" title="Cool" alt="😎" style="width:20px;height:20px;"></span></p>' +
          '<img itemtype="http://schema.skype.com/Giphy" src="https://media4.giphy.com/media/abc/giphy.gif" alt="thumbs up">',
      }),
    ]);
    const quote = el.shadowRoot!.querySelector('blockquote[data-reply]')!;
    expect(quote.textContent).to.contain('Alex').and.contain('Can you share the deck?');
    const emoji = el.shadowRoot!.querySelector('[data-emoji] [data-emoji], [data-emoji]')!;
    expect(el.shadowRoot!.querySelector('.content')!.textContent).to.contain('😎');
    expect(emoji).to.exist;
    expect(el.shadowRoot!.querySelector('img[src*="statics.teams"]'), 'no image from the Teams CDN').to.equal(null);
    const gif = el.shadowRoot!.querySelector<HTMLImageElement>('[data-kind="giphy"] img')!;
    expect(gif.src).to.equal('https://media4.giphy.com/media/abc/giphy.gif');
    expect(gif.alt).to.equal('thumbs up');
    expect(gif.referrerPolicy).to.equal('no-referrer');
  });
});
