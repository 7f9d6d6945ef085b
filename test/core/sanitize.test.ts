import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/chat-panel/chat-panel.js';
import type { TmjChatPanel } from '../../src/components/chat-panel/chat-panel.component.js';
import { sanitizeChatHtml } from '../../src/core/sanitize.js';
import { HOSTILE_CORPUS, P, assertClean, html5Message } from '../helpers/hostile-html.js';
import { INITIAL_SESSION_STATE } from '../../src/session/types.js';

export { HOSTILE_CORPUS };

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

describe('sanitizeChatHtml (allow-list)', () => {
  it(`has a corpus of at least 25 hostile payloads (has ${HOSTILE_CORPUS.length})`, () => {
    expect(HOSTILE_CORPUS.length).to.be.at.least(25);
  });

  for (const [name, payload] of HOSTILE_CORPUS) {
    it(`neutralises: ${name}`, () => {
      const fragment = sanitizeChatHtml(payload);
      const box = document.createElement('div');
      box.append(fragment);
      assertClean(box, name);
    });
  }

  it('keeps Teams formatting: paragraphs, bold, lists, code, quotes, safe links', () => {
    const box = document.createElement('div');
    box.append(
      sanitizeChatHtml(
        '<p>Hi <b>all</b> <em>there</em></p><ul><li>one</li></ul><blockquote>q</blockquote><pre><code>x=1</code></pre><a href="https://contoso.com/a?b=1">doc</a>',
      ),
    );
    expect(box.querySelector('p b')?.textContent).to.equal('all');
    expect(box.querySelector('ul li')?.textContent).to.equal('one');
    expect(box.querySelector('blockquote')).to.exist;
    expect(box.querySelector('pre code')?.textContent).to.equal('x=1');
    const a = box.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('https://contoso.com/a?b=1');
    expect(a.target).to.equal('_blank');
    expect(a.rel).to.equal('noopener noreferrer');
  });

  it('turns <at> mentions into styled spans and images into a placeholder', () => {
    const box = document.createElement('div');
    box.append(
      sanitizeChatHtml('<at id="0">Alex Wilber</at> see <img src="https://graph.microsoft.com/x.png" alt="pic">', {
        imagePlaceholder: '[image]',
      }),
    );
    expect(box.querySelector('span[data-mention]')?.textContent, 'mention span').to.equal('Alex Wilber');
    expect(box.querySelector('[data-image-placeholder]')?.textContent, 'image placeholder').to.equal('[image]');
    expect(box.querySelector('img'), 'no image loads').to.equal(null);
  });

  it('drops the content of style/script but keeps the text of unknown wrappers', () => {
    const box = document.createElement('div');
    box.append(sanitizeChatHtml('<font color=red>kept</font><style>p{}</style><script>gone()</script>'));
    expect(box.textContent).to.equal('kept');
  });
});

describe('chat panel renders the hostile corpus with zero script execution', () => {
  beforeEach(() => {
    delete window.__pwned;
  });

  it('control: the canary does detect execution when HTML is inserted unsanitised', async () => {
    const box = document.createElement('div');
    box.innerHTML = HOSTILE_CORPUS[0]![1];
    document.body.append(box);
    // Until the handler ran (the broken image's error comes after its request failed: late on a loaded machine,
    // and a late one would set the canary in the next test), at most 5 s.
    for (let i = 0; i < 100 && window.__pwned === undefined; i++) await new Promise((r) => setTimeout(r, 50));
    box.remove();
    expect(window.__pwned, 'the unsanitised img onerror ran, so the canary works').to.equal(1);
  });

  it('sets no canary and leaves no forbidden element or attribute in the DOM', async () => {
    const messages = HOSTILE_CORPUS.map(([, payload], i) => html5Message(`h${i}`, payload));
    const el = await fixture<TmjChatPanel>(html`<tmj-chat-panel
      style="height: 600px"
      open
      .chat=${{ ...INITIAL_SESSION_STATE.chat, available: true, reason: undefined, messages }}
    ></tmj-chat-panel>`);
    // Give any smuggled handler (onerror, onload, onfocus, meta refresh) time to run.
    await new Promise((r) => setTimeout(r, 300));
    await new Promise((r) => requestAnimationFrame(r));
    expect(window.__pwned, 'canary untouched: no script ran').to.equal(undefined);
    const bubbles = el.shadowRoot!.querySelectorAll('[part~="message"] .content');
    expect(bubbles.length, 'every message rendered').to.equal(HOSTILE_CORPUS.length);
    bubbles.forEach((bubble, i) => assertClean(bubble, HOSTILE_CORPUS[i]![0]));
    expect(getComputedStyle(el).display, 'a <style> payload did not hide the panel').to.not.equal('none');
    for (const node of el.shadowRoot!.querySelectorAll('[part~="message"] *')) {
      expect(getComputedStyle(node).position, 'nothing escapes the bubble with fixed positioning').to.not.equal('fixed');
    }
  });

  it('never parses plain-text messages as HTML', async () => {
    const text = `<img src=x onerror="${P}"><b>not bold</b>`;
    const el = await fixture<TmjChatPanel>(html`<tmj-chat-panel
      open
      .chat=${{
        ...INITIAL_SESSION_STATE.chat,
        available: true,
        reason: undefined,
        messages: [{ ...html5Message('t1', text), format: 'text' as const }],
      }}
    ></tmj-chat-panel>`);
    await new Promise((r) => setTimeout(r, 200));
    const content = el.shadowRoot!.querySelector('[part~="message"] .content')!;
    expect(content.textContent?.trim(), 'shown literally').to.equal(text);
    expect(content.querySelector('img, b'), 'no element created from text').to.equal(null);
    expect(window.__pwned).to.equal(undefined);
  });
});
