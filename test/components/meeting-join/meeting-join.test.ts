/**
 * Element tests of <teams-meeting-join>: every state it renders, its events, and that it releases every
 * camera/microphone track and session it started. Sessions come from the FakeSession test double.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/meeting-join/meeting-join.js';
import type { TeamsMeetingJoin } from '../../../src/components/meeting-join/meeting-join.component.js';
import type { TmjPrejoin } from '../../../src/components/prejoin/prejoin.component.js';
import type { ErrorCode } from '../../../src/core/errors.js';
import coreEn from '../../../src/i18n/en/core.js';
import coreConfigErrorsEn from '../../../src/i18n/en/core-config.js';
import coreEndStringsEn from '../../../src/i18n/en/core-end.js';
import type { FullCoreStrings } from '../../../src/i18n/types.js';
import coreStringsFr from '../../../src/i18n/fr/core.js';
import configDe from '../../../src/i18n/de/core-config.js';
import type { EndOutcome } from '../../../src/session/types.js';
import { fakeSessionFactory, type FakeSession } from '../../helpers/fake-session.js';
import { jwtExpiringIn } from '../../core/jwt-fixture.js';
import { trackMedia, until, type MediaTracker } from './media-tracker.js';

/** English as the element holds it once the join driver (with the end-screen strings) has loaded. */
const coreStringsEn = {
  ...coreEn,
  ...coreEndStringsEn,
  errors: { ...coreEn.errors, ...coreConfigErrorsEn, ...coreEndStringsEn.errors },
} as FullCoreStrings;

const LINK =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjU4ZjYxYjctMzI1Ny00YjA5LWE3NWUtNTQ4NzhiNjM4ODY0%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%22a6d1d5d0-5e9c-4b56-9c1b-1a2b3c4d5e6f%22%7d';
const provider = async () => jwtExpiringIn(3600);

type Recorded = { type: string; detail: unknown; event: CustomEvent };

function record(el: EventTarget, types: string[]): Recorded[] {
  const seen: Recorded[] = [];
  for (const type of types) {
    el.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail, event: e as CustomEvent }));
  }
  return seen;
}

const ALL_EVENTS = [
  'tmj-state-change',
  'tmj-joined',
  'tmj-left',
  'tmj-error',
  'tmj-compliance-change',
  'tmj-chat-message',
  'tmj-request-leave',
];

function shadow(el: TeamsMeetingJoin): ShadowRoot {
  return el.shadowRoot!;
}
function prejoinOf(el: TeamsMeetingJoin): TmjPrejoin {
  const p = shadow(el).querySelector('tmj-prejoin');
  if (!p) throw new Error(`no pre-join screen (phase ${el.phase})`);
  return p;
}
function part(el: TeamsMeetingJoin, name: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}
async function settle(el: TeamsMeetingJoin): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** Asks to leave the way the visitor does: the in-call view's event if it is loaded, else the fallback button. */
async function leaveFromUi(el: TeamsMeetingJoin): Promise<void> {
  const view = shadow(el).querySelector('tmj-call-view');
  if (view) view.dispatchEvent(new CustomEvent('tmj-call-leave', { detail: { source: 'button' }, bubbles: true }));
  else part(el, 'leave-button')!.click();
  await settle(el);
}

let media: MediaTracker;
beforeEach(() => {
  media = trackMedia();
});
afterEach(() => {
  media.restore();
});

async function mount(
  opts: { name?: string; setup?: (s: FakeSession) => void; attrs?: Record<string, string>; seen?: Recorded[] } = {},
) {
  const factory = fakeSessionFactory(opts.setup);
  const seen: Recorded[] = [];
  const el = document.createElement('teams-meeting-join');
  for (const [k, v] of Object.entries({ 'meeting-link': LINK, 'display-name': opts.name ?? 'Ada Lovelace', ...opts.attrs })) {
    if (v !== '') el.setAttribute(k, v);
  }
  el.tokenProvider = provider;
  el.sessionFactory = factory;
  seen.push(...[]);
  for (const type of ALL_EVENTS) {
    el.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail, event: e as CustomEvent }));
  }
  const holder = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
  holder.append(el);
  await settle(el);
  return { el, factory, seen };
}

async function joinNow(el: TeamsMeetingJoin): Promise<void> {
  await el.join();
  await settle(el);
}

describe('<teams-meeting-join> configuration errors', () => {
  const cases: Array<{ name: string; attrs: Record<string, string>; noToken?: boolean; code: ErrorCode }> = [
    { name: 'no locator', attrs: { 'meeting-link': '' }, code: 'missing-locator' },
    { name: 'link and meeting id', attrs: { 'meeting-id': '123456789012', passcode: 'abc' }, code: 'conflicting-locators' },
    { name: 'non-https link', attrs: { 'meeting-link': LINK.replace('https:', 'http:') }, code: 'link-not-https' },
    { name: 'non-Teams host', attrs: { 'meeting-link': 'https://example.com/l/meetup-join/x' }, code: 'link-not-teams' },
    { name: 'javascript: link', attrs: { 'meeting-link': 'javascript:alert(1)' }, code: 'link-unsafe-scheme' },
    { name: 'GCC link', attrs: { 'meeting-link': LINK.replace('teams.microsoft.com', 'gov.teams.microsoft.us') }, code: 'link-gcc-unsupported' },
    { name: 'bad meeting id', attrs: { 'meeting-link': '', 'meeting-id': '12', passcode: 'x' }, code: 'invalid-meeting-id' },
    { name: 'no token source', attrs: {}, noToken: true, code: 'missing-token-source' },
    { name: 'bad identity', attrs: { identity: 'guest' }, code: 'invalid-identity' },
    { name: 'non-loopback emulator', attrs: { emulator: 'http://example.com:8080' }, code: 'invalid-emulator-url' },
    { name: 'emulator without port', attrs: { emulator: 'http://localhost' }, code: 'invalid-emulator-url' },
  ];
  for (const c of cases) {
    it(`${c.name} renders the ${c.code} message as an alert and fires tmj-error`, async () => {
      const el = document.createElement('teams-meeting-join');
      for (const [k, v] of Object.entries({ 'meeting-link': LINK, ...c.attrs })) if (v) el.setAttribute(k, v);
      if (!c.noToken) el.tokenProvider = provider;
      el.sessionFactory = fakeSessionFactory();
      const seen = record(el, ['tmj-error']);
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      holder.append(el);
      // Links the pasted script's quick parser cannot decide wait for the full parser (a lazy chunk) first.
      await until(() => seen.length > 0, 'tmj-error');
      await settle(el);
      const error = part(el, 'error');
      expect(error, 'error region rendered').to.exist;
      expect(error!.dataset.code, 'data-code').to.equal(c.code);
      expect(error!.querySelector('[role="alert"]'), 'message is an alert').to.exist;
      expect(error!.textContent, 'localized message shown').to.contain(coreStringsEn.errors[c.code]);
      expect(shadow(el).querySelector('tmj-prejoin'), 'no pre-join while misconfigured').to.equal(null);
      expect(seen.map((s) => s.detail), 'one tmj-error with code and message').to.deep.equal([
        { code: c.code, message: coreStringsEn.errors[c.code] },
      ]);
      expect(el.phase).to.equal('failed');
      await expect(el).to.be.accessible();
    });
  }

  it('fires tmj-error with the message in the widget language (lang="de")', async () => {
    const el = document.createElement('teams-meeting-join');
    el.setAttribute('lang', 'de');
    el.sessionFactory = fakeSessionFactory();
    const seen = record(el, ['tmj-error']);
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.append(el);
    await until(() => seen.length === 1, 'error event');
    await settle(el);
    expect(seen[0]!.detail, 'German message').to.deep.equal({ code: 'missing-locator', message: configDe['missing-locator'] });
    expect(part(el, 'error')!.textContent, 'German text shown').to.contain(configDe['missing-locator']);
  });

  it('a link as Teams writes it shows the pre-join in the first update (no parser chunk to wait for)', async () => {
    for (const link of [LINK, 'https://teams.microsoft.com/meet/345678901234?p=Ab3cD4']) {
      const el = document.createElement('teams-meeting-join');
      el.setAttribute('meeting-link', link);
      el.tokenProvider = provider;
      el.sessionFactory = fakeSessionFactory();
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      holder.append(el);
      await el.updateComplete;
      expect(el.phase, link).to.equal('prejoin');
      expect(shadow(el).querySelector('tmj-prejoin'), link).to.exist;
      el.remove();
    }
  });

  it('a wrapped link (Outlook Safe Links) waits for the full parser, then shows the pre-join and joins with the unwrapped link', async () => {
    const wrapped = `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(LINK)}&data=05%7C02&reserved=0`;
    const { el, factory } = await mount({ attrs: { 'meeting-link': wrapped } });
    await until(() => el.phase === 'prejoin', 'pre-join after the full parser loaded');
    await settle(el);
    expect(shadow(el).querySelector('tmj-prejoin')).to.exist;
    await joinNow(el);
    await until(() => factory.sessions.length === 1, 'session created');
    expect(factory.sessions[0]!.lastJoin?.locator.link, 'the unwrapped, canonical link').to.match(
      /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3Ameeting_/,
    );
  });

  it('recovers to the pre-join screen when a late attribute fixes the configuration', async () => {
    const el = document.createElement('teams-meeting-join');
    el.sessionFactory = fakeSessionFactory();
    const seen = record(el, ['tmj-state-change', 'tmj-error']);
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.append(el);
    await settle(el);
    expect(part(el, 'error')!.dataset.code).to.equal('missing-locator');
    el.setAttribute('meeting-link', LINK);
    await settle(el);
    expect(part(el, 'error')!.dataset.code, 'next problem reported').to.equal('missing-token-source');
    el.tokenProvider = provider;
    await settle(el);
    expect(el.phase, 'recovered').to.equal('prejoin');
    expect(shadow(el).querySelector('tmj-prejoin'), 'pre-join rendered').to.exist;
    expect(seen.map((s) => [s.type, s.detail]), 'events in order').to.deep.equal([
      ['tmj-state-change', { state: 'failed', previous: 'idle' }],
      ['tmj-error', { code: 'missing-locator', message: coreStringsEn.errors['missing-locator'] }],
      ['tmj-state-change', { state: 'failed', previous: 'failed' }],
      ['tmj-error', { code: 'missing-token-source', message: coreStringsEn.errors['missing-token-source'] }],
      ['tmj-state-change', { state: 'prejoin', previous: 'failed' }],
    ]);
  });

  it('accepts meeting-id + passcode, a loopback emulator and identity="teams"', async () => {
    const { el, factory } = await mount({
      attrs: { 'meeting-link': '', 'meeting-id': '345 678 901 234', passcode: 'aB3xY', emulator: 'http://localhost:8080', identity: 'teams' },
    });
    expect(el.phase).to.equal('prejoin');
    await joinNow(el);
    const request = factory.sessions[0]!.lastJoin!;
    expect(request.locator, 'meeting-id locator').to.include({ kind: 'meeting-id', meetingId: '345678901234', passcode: 'aB3xY' });
    expect(request.identity).to.equal('teams');
    expect(factory.sessions[0]!.options!.emulatorUrl, 'emulator url passed to the session').to.equal('http://localhost:8080');
  });
});

describe('<teams-meeting-join> pre-join', () => {
  it('prefills the name from display-name, trimmed, and is accessible', async () => {
    const { el } = await mount({ name: '   Ada Lovelace  ' });
    const input = prejoinOf(el).shadowRoot!.querySelector('input')!;
    expect(input.value, 'trimmed prefill').to.equal('Ada Lovelace');
    expect(el.getAttribute('theme'), 'theme reflected').to.equal('light');
    await until(() => media.tracks.length >= 2, 'preview started');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('refuses an empty name with a linked error and creates no session', async () => {
    const { el, factory, seen } = await mount({ name: '   ' });
    const root = prejoinOf(el).shadowRoot!;
    (root.querySelector('[part~="join-button"]') as HTMLButtonElement).click();
    await settle(el);
    await prejoinOf(el).updateComplete;
    const input = root.querySelector('input')!;
    const error = root.querySelector('[part~="field-error"]');
    expect(error?.textContent?.trim(), 'error text').to.equal(coreStringsEn.nameRequired);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')!.split(' '), 'error linked').to.include(error!.id);
    expect(factory.sessions.length, 'no session').to.equal(0);
    expect(el.phase).to.equal('prejoin');
    expect(seen.filter((s) => s.type === 'tmj-error'), 'button press is form validation, not an error event').to.have.length(0);
    await el.join();
    expect(seen.filter((s) => s.type === 'tmj-error').map((s) => s.detail), 'join() reports the invalid name').to.deep.equal([
      { code: 'invalid-display-name', message: coreStringsEn.errors['invalid-display-name'] },
    ]);
    await expect(el).to.be.accessible();
  });

  it('limits the name to 256 characters and shows the count', async () => {
    const { el, factory } = await mount({ name: 'x'.repeat(300) });
    const root = prejoinOf(el).shadowRoot!;
    const input = root.querySelector('input')!;
    expect(input.maxLength, 'maxlength').to.equal(256);
    expect(input.value.length, 'prefill cut to the limit').to.equal(256);
    expect(root.querySelector('[part~="hint"]')!.textContent).to.contain('256 of 256');
    await joinNow(el);
    expect(factory.sessions[0]!.lastJoin!.displayName.length).to.equal(256);
  });

  it('carries the toggles into JoinRequest.media, with device ids and labels', async () => {
    const { el, factory } = await mount();
    await until(() => media.tracks.length >= 2, 'preview started');
    const root = prejoinOf(el).shadowRoot!;
    const mic = root.querySelector<HTMLButtonElement>('[part~="mic-toggle"]')!;
    expect(mic.getAttribute('aria-pressed'), 'mic on by default').to.equal('true');
    mic.click();
    await prejoinOf(el).updateComplete;
    expect(mic.getAttribute('aria-pressed'), 'mic toggled off').to.equal('false');
    await joinNow(el);
    const m = factory.sessions[0]!.lastJoin!.media;
    expect(m.microphoneOn, 'mic off carried').to.equal(false);
    expect(m.cameraOn, 'camera on carried').to.equal(true);
    expect(m.cameraId, 'camera id carried').to.be.a('string').and.not.empty;
    expect(m.cameraLabel, 'camera label carried').to.be.a('string').and.not.empty;
  });

  it('with no-video never asks for the camera and hides its controls', async () => {
    const { el, factory } = await mount({ attrs: { 'no-video': 'no-video' } });
    await until(() => media.tracks.length >= 1, 'microphone started');
    await media.settled();
    expect(media.requests.every((r) => !r.video), 'camera never requested').to.equal(true);
    const root = prejoinOf(el).shadowRoot!;
    expect(root.querySelector('[part~="camera-toggle"]'), 'no camera toggle').to.equal(null);
    expect(root.querySelector('video'), 'no preview').to.equal(null);
    await joinNow(el);
    expect(factory.sessions[0]!.lastJoin!.media.cameraOn).to.equal(false);
  });

  it('loads French strings for lang="fr-CA"', async () => {
    const { el } = await mount({ attrs: { lang: 'fr-CA' } });
    await until(() => prejoinOf(el).shadowRoot!.textContent!.includes(coreStringsFr.join), 'French join button');
    expect(prejoinOf(el).shadowRoot!.querySelector('label')!.textContent).to.contain(coreStringsFr.nameLabel);
  });

  it('prefetches on intent without a second session', async () => {
    const { el, factory } = await mount();
    const button = prejoinOf(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="join-button"]')!;
    button.dispatchEvent(new PointerEvent('pointerenter'));
    button.focus();
    await settle(el);
    expect(factory.sessions.length, 'intent creates no session').to.equal(0);
  });
});

describe('<teams-meeting-join> joining and in call', () => {
  it('joins: connecting → connected, fires state changes and tmj-joined, sends the request', async () => {
    const { el, factory, seen } = await mount({ attrs: { 'no-chat': 'no-chat' } });
    await joinNow(el);
    const session = factory.sessions[0]!;
    expect(session.lastJoin, 'joined').to.exist;
    expect(session.lastJoin!.displayName).to.equal('Ada Lovelace');
    expect(session.lastJoin!.locator.kind).to.equal('link');
    expect(session.lastJoin!.identity).to.equal('acs');
    expect(session.lastJoin!.chatEnabled, 'no-chat').to.equal(false);
    expect(el.phase).to.equal('connected');
    expect(seen.filter((s) => s.type === 'tmj-state-change').map((s) => s.detail)).to.deep.equal([
      { state: 'prejoin', previous: 'idle' },
      { state: 'connecting', previous: 'prejoin' },
      { state: 'connected', previous: 'connecting' },
    ]);
    expect(seen.filter((s) => s.type === 'tmj-joined').map((s) => s.detail)).to.deep.equal([{ displayName: 'Ada Lovelace' }]);
    expect(part(el, 'call'), 'call view rendered').to.exist;
    expect(shadow(el).querySelector('[role="status"]')!.textContent, 'announced').to.contain(coreStringsEn.connected);
    for (const s of seen) expect(s.event.bubbles && s.event.composed, `${s.type} bubbles and is composed`).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows joining, lobby and reconnecting from the session state', async () => {
    const { el, factory } = await mount({ setup: (s) => (s.joinBehaviour = { kind: 'pending' }) });
    await joinNow(el);
    const session = factory.sessions[0]!;
    expect(el.phase).to.equal('connecting');
    expect(shadow(el).querySelector('[data-phase="connecting"]'), 'joining shown').to.exist;
    await expect(el).to.be.accessible();
    session.update({ call: 'lobby' });
    await settle(el);
    expect(el.phase).to.equal('lobby');
    if (!shadow(el).querySelector('tmj-call-view')) expect(part(el, 'call')!.textContent).to.contain(coreStringsEn.lobby);
    await expect(el).to.be.accessible();
    session.update({ call: 'connected' });
    session.update({ call: 'reconnecting' });
    await settle(el);
    expect(el.phase).to.equal('reconnecting');
    if (!shadow(el).querySelector('tmj-call-view')) expect(part(el, 'call')!.textContent).to.contain(coreStringsEn.reconnecting);
    await expect(el).to.be.accessible();
    session.update({ call: 'connected' });
    await settle(el);
    expect(el.phase).to.equal('connected');
  });

  it('ignores impossible phase changes instead of applying them', async () => {
    const { el, factory } = await mount({ setup: (s) => (s.joinBehaviour = { kind: 'pending' }) });
    await joinNow(el);
    factory.sessions[0]!.update({ call: 'idle' });
    await settle(el);
    expect(el.phase).to.equal('connecting');
  });

  const JOIN_NAME = 'Typed Name';
  const ends: Array<{ outcome: EndOutcome; code: ErrorCode | 'left'; part: string }> = [
    { outcome: 'left', code: 'left', part: 'end' },
    { outcome: 'ended', code: 'meeting-ended', part: 'end' },
    { outcome: 'removed', code: 'removed', part: 'end' },
    { outcome: 'denied', code: 'denied', part: 'end' },
    { outcome: 'denied', code: 'lobby-timeout', part: 'end' },
    { outcome: 'failed', code: 'network', part: 'error' },
  ];
  for (const end of ends) {
    it(`renders the ${end.outcome}/${end.code} end screen (icon, title, a sentence, the right action), fires tmj-left and rejoins with the typed name`, async () => {
      const { el, factory, seen } = await mount();
      const input = shadow(el).querySelector('tmj-prejoin')!.shadowRoot!.querySelector<HTMLInputElement>('#name')!;
      input.value = JOIN_NAME;
      input.dispatchEvent(new Event('input'));
      await joinNow(el);
      const session = factory.sessions[0]!;
      session.update({ call: 'ended', end: { outcome: end.outcome, code: end.code } });
      await settle(el);
      expect(el.phase).to.equal(end.outcome);
      const screen = part(el, end.part)!;
      expect(screen, `${end.part} screen`).to.exist;
      expect(screen.dataset.code).to.equal(end.code);
      const title = screen.querySelector('[part~="title"]')!.textContent!.trim();
      const message = screen.querySelector('[part~="message"]')?.textContent?.trim() ?? '';
      expect(message, 'one sentence that adds information').to.not.equal('');
      expect(message.replace(/\.$/, ''), 'never the title again').to.not.equal(title);
      expect(screen.querySelector('.screen-icon svg'), 'an icon').to.exist;
      expect(seen.filter((s) => s.type === 'tmj-left').map((s) => s.detail)).to.deep.equal([
        { reason: end.outcome, code: end.code, unsent: 0 },
      ]);
      expect(seen.some((s) => s.type === 'tmj-error'), 'only failures are errors').to.equal(end.outcome === 'failed');
      expect(session.disposed, 'session disposed').to.equal(true);
      expect(session.listenerCount, 'unsubscribed').to.equal(0);
      const rejoin = part(el, 'rejoin-button');
      if (end.code === 'meeting-ended') {
        // Nothing to rejoin once the meeting ended: no button, focus on the title.
        expect(rejoin, 'no Rejoin after the meeting ended').to.equal(null);
        expect(shadow(el).activeElement, 'focus on the title').to.equal(screen.querySelector('[part~="title"]'));
        await expect(el).to.be.accessible();
        return;
      }
      expect(rejoin!.textContent!.trim(), 'the action for the outcome').to.equal(end.outcome === 'failed' ? 'Try again' : 'Rejoin');
      expect(shadow(el).activeElement === rejoin, `focus on the rejoin button, not ${shadow(el).activeElement?.outerHTML}`).to.equal(true);
      await expect(el).to.be.accessible();
      rejoin!.click();
      await settle(el);
      expect(el.phase).to.equal('prejoin');
      const name = shadow(el).querySelector('tmj-prejoin')!.shadowRoot!.querySelector<HTMLInputElement>('#name')!;
      expect(name.value, 'Rejoin keeps the name the visitor joined with').to.equal(JOIN_NAME);
      await joinNow(el);
      expect(factory.sessions.length, 'a fresh session for the rejoin').to.equal(2);
      expect(el.phase).to.equal('connected');
    });
  }

  it('a canceled tmj-request-leave keeps the call; an uncanceled one leaves', async () => {
    const { el, factory, seen } = await mount();
    await joinNow(el);
    const session = factory.sessions[0]!;
    const veto = (e: Event) => e.preventDefault();
    el.addEventListener('tmj-request-leave', veto);
    await leaveFromUi(el);
    expect(el.phase, 'still in the call').to.equal('connected');
    expect(session.calls.some((c) => c.method === 'leave'), 'leave not called').to.equal(false);
    el.removeEventListener('tmj-request-leave', veto);
    await leaveFromUi(el);
    expect(el.phase).to.equal('left');
    const requests = seen.filter((s) => s.type === 'tmj-request-leave');
    expect(requests.length).to.equal(2);
    expect(requests[0]!.event.cancelable, 'cancelable').to.equal(true);
    expect(requests[0]!.detail).to.deep.equal({ source: 'button' });
    expect(seen.filter((s) => s.type === 'tmj-left').map((s) => s.detail)).to.deep.equal([{ reason: 'left', code: 'left', unsent: 0 }]);
  });

  it('unsent messages survive the end (issue 10 req 4): listed with Copy, counted in tmj-left; a lost connection is titled so', async () => {
    const { el, factory, seen } = await mount();
    await joinNow(el);
    const session = factory.sessions[0]!;
    const own = (id: string, content: string, status: 'sent' | 'failed' | 'sending') => ({
      id, senderId: 'me', senderDisplayName: 'Me', isOwn: true, format: 'text' as const, content, createdOn: new Date(), status,
    });
    session.update({
      call: 'ended',
      end: { outcome: 'failed', code: 'network' },
      chat: { ...session.state.chat, messages: [own('1', 'went out', 'sent'), own('local:1', 'typed <b>last</b>', 'failed'), own('local:2', 'still sending', 'sending')] },
    });
    await settle(el);
    const screen = part(el, 'error')!;
    expect(part(el, 'title')!.textContent, 'not "could not join"').to.contain(coreStringsEn.connectionLostTitle);
    expect(part(el, 'message')!.textContent!.trim(), 'a sentence that adds what to do, not the title again').to.equal(coreStringsEn.connectionLostHint);
    const items = [...shadow(el).querySelectorAll('[part~="unsent-message"]')];
    expect(items.map((li) => li.querySelector('[data-unsent-text]')!.textContent)).to.deep.equal(['typed <b>last</b>', 'still sending']);
    expect(screen.querySelector('b'), 'text, never parsed as HTML').to.equal(null);
    expect(items.every((li) => li.querySelector('button')!.textContent!.trim() === coreStringsEn.copy)).to.equal(true);
    expect(seen.filter((s) => s.type === 'tmj-left').map((s) => s.detail)).to.deep.equal([{ reason: 'failed', code: 'network', unsent: 2 }]);
    await expect(el).to.be.accessible();
  });

  it('leave() leaves at once without a cancelable request', async () => {
    const { el, factory, seen } = await mount();
    await joinNow(el);
    el.addEventListener('tmj-request-leave', (e) => e.preventDefault());
    await el.leave();
    await settle(el);
    expect(el.phase).to.equal('left');
    expect(factory.sessions[0]!.calls.some((c) => c.method === 'leave')).to.equal(true);
    expect(seen.some((s) => s.type === 'tmj-request-leave'), 'no request event for the page’s own call').to.equal(false);
  });

  it('cancel while joining leaves the half-made call', async () => {
    const { el, factory } = await mount({ setup: (s) => (s.joinBehaviour = { kind: 'pending' }) });
    await joinNow(el);
    await leaveFromUi(el);
    expect(el.phase).to.equal('left');
    expect(factory.sessions[0]!.disposed).to.equal(true);
  });

  it('a join rejected with a TmjError shows that code and "Try again"', async () => {
    const { el, factory, seen } = await mount({ setup: (s) => (s.joinBehaviour = { kind: 'reject', code: 'token-http' }) });
    await joinNow(el);
    expect(el.phase).to.equal('failed');
    expect(part(el, 'error')!.dataset.code).to.equal('token-http');
    expect(part(el, 'error')!.textContent).to.contain(coreStringsEn.errors['token-http']);
    expect(seen.filter((s) => s.type === 'tmj-error').map((s) => s.detail)).to.deep.equal([
      { code: 'token-http', message: coreStringsEn.errors['token-http'] },
    ]);
    expect(factory.sessions[0]!.disposed).to.equal(true);
    await expect(el).to.be.accessible();
    part(el, 'rejoin-button')!.click();
    await settle(el);
    expect(el.phase, 'try again returns to pre-join').to.equal('prejoin');
  });

  it('a foreign error while creating the session becomes join-failed', async () => {
    const { el } = await mount();
    el.sessionFactory = {
      kind: 'acs',
      create() {
        throw new TypeError('boom');
      },
    };
    await joinNow(el);
    expect(part(el, 'error')!.dataset.code).to.equal('join-failed');
  });

  it('fires tmj-error compliance-unobservable once when the session cannot observe recording, and carries consentRequired', async () => {
    const { el, factory, seen } = await mount();
    await joinNow(el);
    const session = factory.sessions[0]!;
    session.update({ compliance: { recording: false, transcription: false, unobservable: true } });
    session.update({ compliance: { recording: true, transcription: false, unobservable: true } });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    const errors = seen.filter((s) => s.type === 'tmj-error').map((s) => (s.detail as { code: string }).code);
    expect(errors, 'one tmj-error with the fail-safe code').to.deep.equal(['compliance-unobservable']);
    session.update({ consentRequired: { recording: true, transcription: false } });
    const last = seen.filter((s) => s.type === 'tmj-compliance-change').at(-1)!.detail;
    expect(last, 'consent requirement in tmj-compliance-change').to.deep.equal({
      recording: true,
      transcription: false,
      consentRequired: { recording: true, transcription: false },
    });
  });

  it('fires one typed tmj-error background-effects-blocked, with its localized message, when the page policy refuses ACS background effects', async () => {
    const { el, factory, seen } = await mount();
    await joinNow(el);
    const session = factory.sessions[0]!;
    const effects = session.state.effects;
    session.update({ effects: { ...effects, backgroundSupported: true, error: 'background-blocked' } });
    session.update({ effects: { ...effects, backgroundSupported: true, error: 'background-blocked', noiseSuppression: true } });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    const errors = seen.filter((s) => s.type === 'tmj-error').map((s) => s.detail as { code: string; message: string });
    expect(errors, 'one tmj-error').to.deep.equal([
      { code: 'background-effects-blocked', message: coreEndStringsEn.errors['background-effects-blocked'] },
    ]);
  });

  it('fires tmj-compliance-change and tmj-chat-message (not for own messages)', async () => {
    const { el, factory, seen } = await mount();
    await joinNow(el);
    const session = factory.sessions[0]!;
    session.update({ compliance: { recording: true, transcription: false } });
    session.update({ compliance: { recording: true, transcription: false } });
    session.update({ compliance: { recording: false, transcription: true } });
    const message = {
      id: 'm1',
      senderId: 'u1',
      senderDisplayName: 'Grace',
      isOwn: false,
      format: 'html' as const,
      content: '<p>hi</p>',
      createdOn: new Date(1),
      status: 'received' as const,
    };
    session.emit({ type: 'chat-message', message });
    session.emit({ type: 'chat-message', message: { ...message, id: 'm2', isOwn: true } });
    expect(seen.filter((s) => s.type === 'tmj-compliance-change').map((s) => s.detail)).to.deep.equal([
      { recording: true, transcription: false, consentRequired: null },
      { recording: false, transcription: true, consentRequired: null },
    ]);
    expect(seen.filter((s) => s.type === 'tmj-chat-message').map((s) => s.detail)).to.deep.equal([
      { id: 'm1', senderDisplayName: 'Grace', format: 'html', content: '<p>hi</p>', createdOn: new Date(1) },
    ]);
  });

  it('never puts the token in the DOM, attributes or event details', async () => {
    const token = jwtExpiringIn(3600, { marker: 'SECRET-MARKER' });
    const { el, seen } = await mount({
      setup: (s) => {
        void s.options!.tokenSource.getToken({});
      },
    });
    el.tokenProvider = async () => token;
    await joinNow(el);
    await settle(el);
    const dom = [
      el.outerHTML,
      shadow(el).innerHTML,
      ...[...shadow(el).querySelectorAll('*')].map((n) => n.shadowRoot?.innerHTML ?? ''),
    ].join('\n');
    expect(dom.includes(token), 'token not in the DOM').to.equal(false);
    for (const s of seen) expect(JSON.stringify(s.detail).includes(token), `${s.type} detail`).to.equal(false);
  });
});

describe('<teams-meeting-join> releases media and sessions', () => {
  it('stops every preview track when removed from the page', async () => {
    const { el } = await mount();
    await until(() => media.tracks.length >= 2, 'preview started');
    el.remove();
    await media.settled();
    expect(media.tracks.length).to.be.greaterThan(0);
    expect(media.live(), 'no live track after removal').to.have.length(0);
  });

  it('stops preview tracks when removed while getUserMedia is still pending', async () => {
    const { el } = await mount();
    el.remove();
    await media.settled();
    expect(media.live(), 'late tracks stopped').to.have.length(0);
  });

  it('stops preview tracks before the session joins, and after leaving', async () => {
    let liveAtJoin = -1;
    const { el } = await mount({
      setup: (s) => {
        const join = s.join.bind(s);
        s.join = (request) => {
          liveAtJoin = media.live().length;
          return join(request);
        };
      },
    });
    await until(() => media.tracks.length >= 2, 'preview started');
    await joinNow(el);
    expect(liveAtJoin, 'no preview track live when session.join runs').to.equal(0);
    await el.leave();
    await settle(el);
    await media.settled();
    expect(media.live(), 'no live track after leaving').to.have.length(0);
  });

  it('leaves and disposes the session when removed during a call', async () => {
    const { el, factory } = await mount();
    await joinNow(el);
    const session = factory.sessions[0]!;
    el.remove();
    expect(session.calls.some((c) => c.method === 'leave'), 'left').to.equal(true);
    expect(session.disposed, 'disposed').to.equal(true);
    expect(session.listenerCount).to.equal(0);
    await media.settled();
    expect(media.live()).to.have.length(0);
  });

  it('leaves the call on pagehide', async () => {
    const { el, factory } = await mount();
    await joinNow(el);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await settle(el);
    expect(factory.sessions[0]!.calls.some((c) => c.method === 'leave')).to.equal(true);
    expect(el.phase).to.equal('left');
  });
});
