/**
 * Hostile Teams-chat HTML and the check that a sanitised tree holds nothing of it (shared by the sanitiser's
 * suites: test/core/sanitize.test.ts, test/core/sanitize-warm-up.test.ts).
 */
import { expect } from '@open-wc/testing';
import { SANITIZE_ALLOW_LIST } from '../../src/core/sanitize.js';
import type { ChatMessage } from '../../src/session/types.js';

export const P = 'window.__pwned=1';

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

export function html5Message(id: string, content: string): ChatMessage {
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

export function assertClean(root: ParentNode, label: string): void {
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

