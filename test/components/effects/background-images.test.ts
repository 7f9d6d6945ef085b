/**
 * `background-images` validation (src/components/effects/background-images.ts): hostile values are refused one
 * by one with a reason and a localized message, the valid entries are still offered, and the site hears each
 * refusal once as a typed `tmj-error`.
 */
import { expect } from '@open-wc/testing';
import {
  MAX_BACKGROUND_IMAGES,
  MAX_REPORTED,
  checkBackgroundImages,
  parseBackgroundImages,
  refusalMessage,
  type BackgroundImageErrorDetail,
} from '../../../src/components/effects/background-images.js';
import guestEn from '../../../src/i18n/en/guest.js';
import guestDe from '../../../src/i18n/de/guest.js';

const BASE = 'https://site.example/pages/meeting.html';
const reasons = (value: unknown) => parseBackgroundImages(value, BASE).refused.map((r) => r.reason);

describe('background-images validation', () => {
  it('offers https, http, blob and data:image URLs; relative ones resolve against the page', () => {
    const r = parseBackgroundImages('a.jpg, /img/b.png https://cdn.example/c.webp http://x.example/d.gif data:image/png;base64,AAAA', BASE);
    expect(r.urls).to.deep.equal([
      'https://site.example/pages/a.jpg',
      'https://site.example/img/b.png',
      'https://cdn.example/c.webp',
      'http://x.example/d.gif',
      'data:image/png;base64,AAAA',
    ]);
    expect(r.refused, 'nothing refused').to.deep.equal([]);
    // A relative entry against a blob: or about: base is not a URL: refused, not thrown.
    expect(parseBackgroundImages('a.jpg', 'about:blank').refused.map((x) => x.reason)).to.deep.equal(['invalid-url']);
  });

  it('refuses javascript:, other schemes and non-image data: URLs, one reason each, and keeps the valid ones', () => {
    const r = parseBackgroundImages(
      ['javascript:alert(1)', 'https://ok.example/1.jpg', 'JaVaScRiPt:alert(2)', 'data:text/html,<script>x</script>', 'file:///etc/passwd', 'ftp://x/y.png', 'data:image/svg+xml,<svg/>', 'vbscript:x'],
      BASE,
    );
    expect(r.urls).to.deep.equal(['https://ok.example/1.jpg']);
    expect(r.refused.map((x) => [x.index, x.reason])).to.deep.equal([
      [0, 'scheme'],
      [2, 'scheme'],
      [3, 'scheme'],
      [4, 'scheme'],
      [5, 'scheme'],
      [6, 'scheme'],
      [7, 'scheme'],
    ]);
  });

  it('refuses a huge data: URL as too long, and carries at most 200 characters of it', () => {
    const huge = `data:image/png;base64,${'A'.repeat(600 * 1024)}`;
    const r = parseBackgroundImages([huge, 'https://ok.example/1.jpg'], BASE);
    expect(r.urls).to.deep.equal(['https://ok.example/1.jpg']);
    expect(r.refused).to.have.length(1);
    expect(r.refused[0]!.reason).to.equal('too-long');
    expect(r.refused[0]!.value.length, 'shortened value').to.be.at.most(200);
  });

  it('refuses non-string property values (a number, an object, null, a symbol inside the array) without throwing', () => {
    expect(reasons(42)).to.deep.equal(['not-text']);
    expect(reasons({ url: 'https://ok.example/1.jpg' })).to.deep.equal(['not-text']);
    const hostile = { toString: () => { throw new Error('no'); } };
    const r = parseBackgroundImages([1, null, hostile, Symbol('s'), 'https://ok.example/1.jpg'], BASE);
    expect(r.urls).to.deep.equal(['https://ok.example/1.jpg']);
    expect(r.refused.map((x) => [x.index, x.reason])).to.deep.equal([
      [0, 'not-text'],
      [1, 'not-text'],
      [2, 'not-text'],
      [3, 'not-text'],
    ]);
    expect(parseBackgroundImages(undefined, BASE)).to.deep.equal({ urls: [], refused: [] });
    expect(parseBackgroundImages('  ,, ', BASE)).to.deep.equal({ urls: [], refused: [] });
  });

  it('1000 entries: the first 12 valid ones are offered, the rest is one too-many refusal; repeats merge', () => {
    const list = Array.from({ length: 1000 }, (_, i) => `https://ok.example/${i % 500}.jpg`);
    const r = parseBackgroundImages(list, BASE);
    expect(r.urls).to.have.length(MAX_BACKGROUND_IMAGES);
    expect(r.refused.map((x) => [x.reason, x.index, x.count])).to.deep.equal([['too-many', 12, 488]]);
  });

  it('1000 bad entries: the first 12 refusals one by one, the others summed up in one', () => {
    const r = parseBackgroundImages(Array.from({ length: 1000 }, (_, i) => `javascript:${i}`), BASE);
    expect(r.urls).to.deep.equal([]);
    expect(r.refused).to.have.length(MAX_REPORTED + 1);
    expect(r.refused.at(-1)).to.include({ reason: 'more', index: MAX_REPORTED, count: 1000 - MAX_REPORTED });
  });

  it('messages are specific and localized', () => {
    const [scheme] = parseBackgroundImages('https://ok.example/a.jpg javascript:x', BASE).refused;
    expect(refusalMessage(guestEn, scheme!)).to.equal(
      'Background image 2 cannot be used: only https, http, blob and data:image addresses are allowed.',
    );
    expect(refusalMessage(guestDe, scheme!)).to.contain('Hintergrundbild 2');
    const [over] = parseBackgroundImages(Array.from({ length: 14 }, (_, i) => `/${i}.png`), BASE).refused;
    expect(refusalMessage(guestEn, over!)).to.equal('Only 12 background images can be offered: 2 more were left out.');
  });

  it('fires one typed tmj-error per refusal on the host, once per value', () => {
    const host = document.createElement('div');
    const seen: BackgroundImageErrorDetail[] = [];
    host.addEventListener('tmj-error', (e) => seen.push((e as CustomEvent<BackgroundImageErrorDetail>).detail));
    const value = 'javascript:alert(1) https://ok.example/a.jpg ::bad::';
    const r = checkBackgroundImages(host, value, 'about:blank', guestEn);
    expect(r.urls).to.deep.equal(['https://ok.example/a.jpg']);
    expect(seen.map((d) => [d.code, d.detail.index, d.detail.reason])).to.deep.equal([
      ['background-image-invalid', 0, 'scheme'],
      ['background-image-invalid', 2, 'invalid-url'],
    ]);
    expect(seen[0]!.message).to.contain('Background image 1');
    checkBackgroundImages(host, value, 'about:blank', guestEn);
    expect(seen, 'the same value again: no second report').to.have.length(2);
    checkBackgroundImages(host, 'javascript:2', 'about:blank', guestEn);
    expect(seen, 'a new value is reported').to.have.length(3);
  });
});
