import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/chat-panel/chat-panel.js';
import type { TmjChatPanel } from '../../src/components/chat-panel/chat-panel.component.js';
import { SANITIZE_ALLOW_LIST, sanitizeChatHtml } from '../../src/core/sanitize.js';
import type { ChatMessage } from '../../src/session/types.js';
import { INITIAL_SESSION_STATE } from '../../src/session/types.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const P = 'window.__pwned=1';

/** Hostile Teams-chat HTML. Every entry would set `window.__pwned` (or escape the bubble) if it got through. */
export const HOSTILE_CORPUS: ReadonlyArray<readonly [string, string]> = [
  ['img onerror', `<img src=x onerror="${P}">`],
  ['svg onload', `<svg onload="${P}"></svg>`],
  ['svg with nested script', `<svg><script>${P}</script></svg>`],
  ['script tag', `<script>${P}</script>`],
  ['script with src', `<script src="data:text/javascript,${P}"></script>`],
  ['javascript: link', `<a href="javascript:${P}">click</a>`],
  ['entity-encoded javascript: link', `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${P}">x</a>`],
  ['hex-entity javascript: link', `<a href="&#x6A;avascript&#x3A;${P}">x</a>`],
  ['whitespace-obfuscated javascript: link', `<a href=" &#09;java&#10;script:${P}">x</a>`],
  ['mixed-case JaVaScRiPt link', `<a href="JaVaScRiPt:${P}">x</a>`],
  ['vbscript link', `<a href="vbscript:msgbox(1)">x</a>`],
  ['data: URL link', `<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+">x</a>`],
  ['iframe srcdoc', `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`],
  ['iframe javascript src', `<iframe src="javascript:parent.__pwned=1"></iframe>`],
  ['object data', `<object data="javascript:${P}"></object>`],
  ['embed src', `<embed src="javascript:${P}">`],
  ['form with javascript action', `<form action="javascript:${P}"><input type=submit autofocus onfocus="${P}"></form>`],
  ['input autofocus onfocus', `<input autofocus onfocus="${P}">`],
  ['details ontoggle', `<details open ontoggle="${P}">x</details>`],
  ['body onload', `<body onload="${P}">`],
  ['style tag escaping the bubble', `<style>:host{display:none} *{position:fixed!important}</style>hi`],
  ['style attribute position fixed', `<div style="position:fixed;inset:0;z-index:99999;background:red">cover</div>`],
  ['meta refresh', `<meta http-equiv="refresh" content="0;url=javascript:${P}">`],
  ['base href', `<base href="javascript:${P}//"><a href="/x">rel</a>`],
  ['link stylesheet', `<link rel="stylesheet" href="https://evil.example/x.css">`],
  ['mXSS noscript', `<noscript><p title="</noscript><img src=x onerror=${P}>">`],
  ['mXSS svg/style', `<svg></p><style><a id="</style><img src=1 onerror=${P}>">`],
  ['mXSS math/mglyph', `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=${P}&gt;">`],
  ['template content', `<template><img src=x onerror="${P}"></template>`],
  ['nested unclosed tags', `<<img src=x onerror=${P}//<`],
  ['event handler on allowed tag', `<b onmouseover="${P}" onclick="${P}">bold</b>`],
  ['mention with handler', `<at id="0" onclick="${P}">Alex</at>`],
  ['a with target _top and formaction', `<a href="https://ok.example" target="_top" formaction="javascript:${P}">ok</a>`],
  ['video poster/onerror', `<video poster=x onerror="${P}"><source onerror="${P}"></video>`],
  ['audio src onerror', `<audio src=x onerror="${P}"></audio>`],
  ['DOM clobbering id/name', `<img name="getElementById"><form id="__pwned"></form><a id="__pwned" href="https://x">x</a>`],
  ['srcset tracker image', `<img srcset="https://tracker.example/p.png 1x">`],
  ['marquee/blink', `<marquee onstart="${P}">x</marquee>`],
  ['xlink href in svg', `<svg><a xlink:href="javascript:${P}"><text>x</text></a></svg>`],
  ['css expression in style attr', `<span style="background:url(javascript:${P})">x</span>`],
];

const FORBIDDEN_TAGS = [
  'script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'meta', 'base', 'link', 'svg', 'math',
  'img', 'template', 'noscript', 'video', 'audio', 'source', 'details', 'marquee', 'body', 'at',
];

function html5Message(id: string, content: string): ChatMessage {
  return {
    id,
    senderId: 'teams-1',
    senderDisplayName: 'Teams user',
    isOwn: false,
    format: 'html',
    content,
    createdOn: new Date(Date.UTC(2026, 0, 1, 10, 0, 0)),
    status: 'received',
  };
}

function assertClean(root: ParentNode, label: string): void {
  for (const tag of FORBIDDEN_TAGS) {
    expect(root.querySelector(tag), `${label}: no <${tag}> survives`).to.equal(null);
  }
  for (const el of root.querySelectorAll('*')) {
    expect(
      (SANITIZE_ALLOW_LIST.tags as readonly string[]).includes(el.localName),
      `${label}: <${el.localName}> is on the allow-list`,
    ).to.equal(true);
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `${label}: no event handler attribute (${attr.name})`).to.equal(false);
      expect(
        (SANITIZE_ALLOW_LIST.attributes as readonly string[]).includes(attr.name),
        `${label}: attribute ${attr.name} is on the allow-list`,
      ).to.equal(true);
    }
    if (el.localName === 'a' && el.hasAttribute('href')) {
      expect(/^(https?:|mailto:)/i.test((el as HTMLAnchorElement).href), `${label}: link scheme is http(s)/mailto`).to.equal(true);
      expect(el.getAttribute('target'), `${label}: link opens a new tab`).to.equal('_blank');
      expect(el.getAttribute('rel'), `${label}: link rel`).to.equal('noopener noreferrer');
    }
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
    await new Promise((r) => setTimeout(r, 300));
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
