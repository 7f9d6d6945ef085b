/**
 * <teams-meeting-join> in a browser that cannot call (issue 17): no RTCPeerConnection, no getUserMedia or no
 * secure context. Joining must end at once on the specific `unsupported-browser` message (what is missing,
 * what to use instead), in the visitor's language, with a tmj-error carrying the same text — and neither the
 * session chunk nor the calling SDK may be fetched. The browser's globals are hidden per test; in WebKit here
 * RTCPeerConnection is really missing, so that case runs against the real thing too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/meeting-join/meeting-join.js';
import type { TeamsMeetingJoin } from '../../../src/components/meeting-join/meeting-join.component.js';
import coreEndStringsEn from '../../../src/i18n/en/core-end.js';
import coreStringsDe from '../../../src/i18n/de/core-end.js';
import coreStringsFr from '../../../src/i18n/fr/core-end.js';
import { jwtExpiringIn } from '../../core/jwt-fixture.js';
import { until } from './media-tracker.js';

const LINK =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_CAPS%40thread.v2/0?context=%7b%22Tid%22%3a%2200000000-0000-0000-0000-000000000002%22%2c%22Oid%22%3a%2200000000-0000-0000-0000-000000000003%22%7d';

/** Hides globals for one test (own properties shadowing the real ones), and puts them back. */
const undo: Array<() => void> = [];
function hide(target: object, key: string, value: unknown = undefined): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  undo.push(() => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<string, unknown>)[key];
  });
}
afterEach(() => {
  while (undo.length) undo.pop()!();
});

// The dev server serves every module as its own request: with the default 250-entry resource timing buffer a
// late session fetch could go unrecorded and "nothing fetched" would pass vacuously.
performance.setResourceTimingBufferSize(100_000);

/** Module requests for a session or an SDK made by this page so far. */
const sessionFetches = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /\/src\/session\/(acs|emulator)\/|@azure\/communication-(calling|chat)/.test(n));

async function mountAndJoin(attrs: Record<string, string> = {}) {
  const el = document.createElement('teams-meeting-join') as TeamsMeetingJoin;
  for (const [k, v] of Object.entries({ 'meeting-link': LINK, 'display-name': 'Wanda WebKit', ...attrs })) el.setAttribute(k, v);
  el.tokenProvider = async () => jwtExpiringIn(3600);
  const errors: Array<{ code: string; message: string }> = [];
  el.addEventListener('tmj-error', (e) => errors.push((e as CustomEvent).detail));
  const holder = await fixture<HTMLDivElement>(html`<div style="width: 640px; height: 480px"></div>`);
  holder.append(el);
  // (With `emulator` set the configuration is validated by a lazy chunk first: wait for it.)
  await until(() => el.phase !== 'idle', 'the configuration validated');
  expect(el.phase, 'the pre-join screen still shows: the visitor can see and set up').to.equal('prejoin');
  await el.join();
  await until(() => el.phase === 'failed', 'the join to fail at once');
  await until(() => errors.length > 0, 'tmj-error');
  await el.updateComplete;
  const error = el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]');
  expect(error, 'the failure screen').to.exist;
  return { el, error: error!, errors };
}

describe('<teams-meeting-join> in a browser that cannot call', () => {
  it('no RTCPeerConnection: names WebRTC and the browsers to use, fires tmj-error with that text, fetches no session or SDK', async () => {
    hide(window, 'RTCPeerConnection');
    const { el, error, errors } = await mountAndJoin();
    const en = coreEndStringsEn.unsupported;
    expect(error.dataset.code).to.equal('unsupported-browser');
    const text = error.querySelector('[part~="message"]')?.textContent ?? '';
    expect(text).to.contain(en.webrtc).and.to.contain(en.advice);
    expect(text, 'getUserMedia is there, so it is not blamed').not.to.contain('getUserMedia');
    expect(error.querySelector('[role="alert"]'), 'announced as an alert').to.exist;
    expect(el.shadowRoot!.querySelector('[part~="rejoin-button"]'), 'no "Try again": it cannot work in this browser').to.equal(null);
    expect(errors).to.deep.equal([{ code: 'unsupported-browser', message: text.trim() }]);
    expect(sessionFetches(), 'no session chunk or SDK fetched').to.deep.equal([]);
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('/src/components/meeting-join/meeting-join.call')), 'while the join driver itself was fetched (the check sees this page\'s module requests)').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('no getUserMedia: names camera/microphone access', async () => {
    hide(navigator.mediaDevices, 'getUserMedia');
    hide(window, 'RTCPeerConnection', function RTCPeerConnection() {});
    const { error } = await mountAndJoin();
    const text = error.querySelector('[part~="message"]')?.textContent ?? '';
    expect(text).to.contain(coreEndStringsEn.unsupported['media-devices']).and.not.to.contain('RTCPeerConnection');
    expect(sessionFetches()).to.deep.equal([]);
  });

  it('not a secure context: says https, in French with lang="fr"', async () => {
    hide(window, 'isSecureContext', false);
    hide(window, 'RTCPeerConnection', function RTCPeerConnection() {});
    const { error, errors } = await mountAndJoin({ lang: 'fr' });
    const text = error.querySelector('[part~="message"]')?.textContent?.trim() ?? '';
    expect(text).to.equal(coreStringsFr.unsupported.insecure);
    expect(errors[0]).to.deep.equal({ code: 'unsupported-browser', message: text });
    expect(sessionFetches()).to.deep.equal([]);
  });

  it('both missing, in German: one sentence naming both, joined the German way', async () => {
    hide(navigator.mediaDevices, 'getUserMedia');
    hide(window, 'RTCPeerConnection');
    const { error } = await mountAndJoin({ lang: 'de' });
    const de = coreStringsDe.unsupported;
    const text = error.querySelector('[part~="message"]')?.textContent ?? '';
    expect(text).to.contain(`${de.webrtc} und ${de['media-devices']}`).and.to.contain(de.advice);
  });

  it('with the emulator selected too: the same answer, nothing fetched', async () => {
    hide(window, 'RTCPeerConnection');
    const { error } = await mountAndJoin({ emulator: 'http://localhost:9' });
    expect(error.dataset.code).to.equal('unsupported-browser');
    expect(sessionFetches()).to.deep.equal([]);
  });
});
