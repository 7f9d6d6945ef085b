/**
 * The sanitiser's warm-up (src/core/sanitize.ts `warmChatSanitizer`, issue 10 req 6), in a page of its own (each
 * test file is one): it runs DOMPurify and our hooks ahead of the chat's first render without creating the
 * `dompurify` Trusted Types policy and without parsing any HTML (so no sink, no CSP report, and a site's own
 * DOMPurify keeps the name until a real Teams message arrives), stops after its rounds, gives way to the real
 * configuration at the first real message, and changes nothing about what is sanitised. The tests run in order:
 * the first one warms the fresh module. Where the engine has no Trusted Types, a recording stand-in is installed
 * (the sanitiser then uses it as it would the browser's).
 */
import { expect } from '@open-wc/testing';
import { WARM_UP_ROUNDS, sanitizeChatHtml, warmChatSanitizer } from '../../src/core/sanitize.js';
import { HOSTILE_CORPUS, assertClean } from '../helpers/hostile-html.js';

interface PolicyRules {
  createHTML: (s: string) => string;
  createScriptURL: (s: string) => string;
}
interface Factory {
  createPolicy(name: string, rules: PolicyRules): unknown;
}

const created: string[] = [];
const htmlInputs: string[] = [];
const g = globalThis as { trustedTypes?: Factory };
const native = g.trustedTypes;
const recording = (rules: PolicyRules): PolicyRules => ({
  createHTML: (s) => (htmlInputs.push(s), rules.createHTML(s)),
  createScriptURL: (s) => rules.createScriptURL(s),
});
if (native && typeof native.createPolicy === 'function') {
  const real = native.createPolicy.bind(native);
  native.createPolicy = (name, rules) => (created.push(name), real(name, recording(rules)));
} else {
  g.trustedTypes = { createPolicy: (name, rules) => (created.push(name), recording(rules)) };
}

/** Counts HTML parsing (DOMParser, innerHTML, contextual fragments) while `run` runs. */
function countParsing(run: () => void): number {
  let parses = 0;
  const restore: (() => void)[] = [];
  const parse = DOMParser.prototype.parseFromString;
  DOMParser.prototype.parseFromString = function (this: DOMParser, ...args: Parameters<DOMParser['parseFromString']>) {
    parses++;
    return parse.apply(this, args);
  };
  restore.push(() => (DOMParser.prototype.parseFromString = parse));
  const fragment = Range.prototype.createContextualFragment;
  Range.prototype.createContextualFragment = function (this: Range, html: string) {
    parses++;
    return fragment.call(this, html);
  };
  restore.push(() => (Range.prototype.createContextualFragment = fragment));
  for (const proto of [Element.prototype, ShadowRoot.prototype]) {
    const inner = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
    if (!inner?.set) continue;
    Object.defineProperty(proto, 'innerHTML', {
      ...inner,
      set(this: Element, value: string) {
        parses++;
        inner.set!.call(this, value);
      },
    });
    restore.push(() => Object.defineProperty(proto, 'innerHTML', inner));
  }
  try {
    run();
  } finally {
    for (const r of restore) r();
  }
  return parses;
}

describe('sanitiser warm-up', () => {
  it(`runs ${WARM_UP_ROUNDS} rounds, then says it is done, creating no Trusted Types policy and parsing no HTML`, () => {
    let rounds = 0;
    const parses = countParsing(() => {
      while (warmChatSanitizer()) {
        rounds++;
        if (rounds > WARM_UP_ROUNDS) break;
      }
    });
    expect(rounds + 1, 'calls until it said it was done (the last round answers false)').to.equal(WARM_UP_ROUNDS);
    expect(warmChatSanitizer(), 'done stays done').to.equal(false);
    expect(created, 'no policy: the dompurify name stays free for the site until a real message').to.deep.equal([]);
    expect(parses, 'no HTML parsed (no Trusted Types sink, no CSP report)').to.equal(0);
  });

  it('the first real message after it goes through our dompurify policy and comes back as a fragment', () => {
    const fragment = sanitizeChatHtml('<p>Hello <b>team</b> <at id="0">Alex</at> <a href="https://contoso.com/x">doc</a></p>');
    expect(fragment, 'a fragment (the warm-up sanitised in place; the real configuration returns fragments)').to.be.instanceOf(DocumentFragment);
    expect(created, 'the policy is made by the first real message, once').to.deep.equal(['dompurify']);
    // ('' is DOMPurify's own empty value, made through the policy when it is configured with it.)
    expect(htmlInputs.filter((s) => s !== ''), 'the message reached DOMPurify through our policy (the warm-up configuration had none)').to.deep.equal([
      '<p>Hello <b>team</b> <at id="0">Alex</at> <a href="https://contoso.com/x">doc</a></p>',
    ]);
    const box = document.createElement('div');
    box.append(fragment);
    expect(box.querySelector('p b')?.textContent).to.equal('team');
    expect(box.querySelector('span[data-mention]')?.textContent, 'mention re-expressed').to.equal('Alex');
    const a = box.querySelector('a')!;
    expect([a.getAttribute('href'), a.target, a.rel]).to.deep.equal(['https://contoso.com/x', '_blank', 'noopener noreferrer']);
  });

  it('does nothing once a real message was sanitised (the real configuration stays)', () => {
    const parses = countParsing(() => expect(warmChatSanitizer(), 'nothing to warm').to.equal(false));
    expect(parses).to.equal(0);
    const before = htmlInputs.length;
    sanitizeChatHtml('<p>again</p>');
    expect(htmlInputs.length, 'still through our policy').to.equal(before + 1);
  });

  it('after the warm-up the hostile corpus is still neutralised', () => {
    for (const [name, payload] of HOSTILE_CORPUS) {
      const box = document.createElement('div');
      box.append(sanitizeChatHtml(payload));
      assertClean(box, name);
    }
  });
});
