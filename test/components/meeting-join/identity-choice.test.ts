/**
 * identity="choice": the pre-join screen offers "Join as a guest" and "Sign in with a work or school account",
 * operable by keyboard (real key presses through the test runner), and joins with the chosen identity and its own
 * token source. Also the configuration rules of Microsoft 365 sign-in and the typed m365-* errors of a
 * `teamsTokenProvider`. Sessions come from the FakeSession test double.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { press } from '../../helpers/keyboard.js';
import '../../../src/components/meeting-join/meeting-join.js';
import type { TeamsMeetingJoin } from '../../../src/components/meeting-join/meeting-join.component.js';
import type { TmjPrejoin } from '../../../src/components/prejoin/prejoin.component.js';
import identityEn from '../../../src/i18n/en/identity.js';
import identityFr from '../../../src/i18n/fr/identity.js';
import identityDe from '../../../src/i18n/de/identity.js';
import { validateConfig } from '../../../src/components/meeting-join/meeting-join.config.js';
import { SAFE_EXCHANGE_URL } from '../../../src/components/meeting-join/meeting-join.m365.js';
import { ERROR_CODES } from '../../../src/core/errors.js';
import coreConfigErrorsEn from '../../../src/i18n/en/core-config.js';
import coreEndEn from '../../../src/i18n/en/core-end.js';
import coreEndFr from '../../../src/i18n/fr/core-end.js';
import coreEndDe from '../../../src/i18n/de/core-end.js';
import { fakeSessionFactory } from '../../helpers/fake-session.js';
import { jwtExpiringIn } from '../../core/jwt-fixture.js';
import { trackMedia, until, type MediaTracker } from './media-tracker.js';

const LINK =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjU4ZjYxYjctMzI1Ny00YjA5LWE3NWUtNTQ4NzhiNjM4ODY0%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%22a6d1d5d0-5e9c-4b56-9c1b-1a2b3c4d5e6f%22%7d';

let media: MediaTracker;
beforeEach(() => (media = trackMedia()));
afterEach(() => media.restore());

const guestToken = jwtExpiringIn(3600);
const teamsToken = jwtExpiringIn(7200);

async function settle(el: TeamsMeetingJoin): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}

async function mount(attrs: Record<string, string>, teams?: TeamsMeetingJoin['teamsTokenProvider']) {
  const factory = fakeSessionFactory((session) => (session.fetchToken = true));
  const el = document.createElement('teams-meeting-join');
  for (const [k, v] of Object.entries({ 'meeting-link': LINK, ...attrs })) el.setAttribute(k, v);
  el.tokenProvider = async () => guestToken;
  if (teams) el.teamsTokenProvider = teams;
  el.sessionFactory = factory;
  const errors: Array<{ code: string; message: string }> = [];
  el.addEventListener('tmj-error', (e) => errors.push(e.detail));
  const holder = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
  holder.append(el);
  await settle(el);
  return { el, factory, errors };
}

function prejoin(el: TeamsMeetingJoin): TmjPrejoin {
  return el.shadowRoot!.querySelector('tmj-prejoin')!;
}
const q = <T extends Element = HTMLElement>(el: TeamsMeetingJoin, sel: string) =>
  prejoin(el).shadowRoot!.querySelector<T & HTMLElement>(sel);

async function chooser(el: TeamsMeetingJoin): Promise<HTMLFieldSetElement> {
  await until(() => !!q(el, '[part~="identity"]'), 'identity chooser loaded');
  return q<HTMLFieldSetElement>(el, '[part~="identity"]')!;
}

describe('identity="choice" on the pre-join screen', () => {
  it('offers both ways as a named radio group; guest is chosen first and shows the name field', async () => {
    const { el } = await mount({ identity: 'choice', 'display-name': 'Ada' }, async () => teamsToken);
    const group = await chooser(el);
    expect(group.tagName).to.equal('FIELDSET');
    expect(group.querySelector('legend')!.textContent).to.equal(identityEn.legend);
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.closest('label')!.querySelector('b')!.textContent)).to.deep.equal([
      'Join as a guest',
      'Sign in with a work or school account',
    ]);
    expect(radios.map((r) => r.checked)).to.deep.equal([true, false]);
    expect(radios.every((r) => r.name === radios[0]!.name), 'one group').to.equal(true);
    // Each option's explanation is its accessible description.
    for (const r of radios) expect(prejoin(el).shadowRoot!.getElementById(r.getAttribute('aria-describedby')!)).to.exist;
    expect(q(el, '#name'), 'guest name field').to.exist;
    await expect(prejoin(el)).shadowDom.to.be.accessible();
  });

  it('is operable by keyboard: arrow keys choose, the join button then signs in under the account', async () => {
    const { el, factory } = await mount({ identity: 'choice' }, async () => teamsToken);
    const group = await chooser(el);
    const [guest] = group.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    guest!.focus();
    await press('ArrowDown');
    await settle(el);
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.checked), 'm365 chosen by the arrow key').to.deep.equal([false, true]);
    expect(q(el, '#name'), 'no name field: the account brings the name').to.equal(null);
    const join = q<HTMLButtonElement>(el, '[part~="join-button"]')!;
    expect(join.textContent).to.equal(identityEn.signInJoin);
    // Tab leaves the group for the next control, then Enter on the join button.
    join.focus();
    await press('Enter');
    await until(() => !!factory.sessions[0]?.lastJoin, 'joined');
    const session = factory.sessions[0]!;
    expect(session.lastJoin!.identity).to.equal('teams');
    expect(session.lastJoin!.displayName, 'no typed name').to.equal('');
    const token = await session.options!.tokenSource.getToken({});
    expect(token.token, 'the Teams token provider, not the guest one').to.equal(teamsToken);
  });

  it('joins as a guest with the typed name and the guest token source when guest stays chosen', async () => {
    const { el, factory } = await mount({ identity: 'choice', 'display-name': 'Grace' }, async () => teamsToken);
    await chooser(el);
    await el.join();
    await until(() => !!factory.sessions[0]?.lastJoin, 'joined');
    const session = factory.sessions[0]!;
    expect(session.lastJoin!.identity).to.equal('acs');
    expect(session.lastJoin!.displayName).to.equal('Grace');
    expect((await session.options!.tokenSource.getToken({})).token).to.equal(guestToken);
    expect(session.options!.graph, 'no Graph chat for guests').to.equal(undefined);
  });

  it('passes a Graph token source and the relay URL for Microsoft 365 visitors', async () => {
    const graphToken = jwtExpiringIn(600);
    const factory = fakeSessionFactory();
    const el = document.createElement('teams-meeting-join');
    el.setAttribute('meeting-link', LINK);
    el.setAttribute('identity', 'teams');
    el.setAttribute('chat-events-url', '/api/chat-events');
    el.teamsTokenProvider = async () => teamsToken;
    el.graphTokenProvider = async () => graphToken;
    el.sessionFactory = factory;
    (await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`)).append(el);
    await settle(el);
    expect(el.phase, 'identity="teams" with only teamsTokenProvider is a valid setup').to.equal('prejoin');
    await el.join();
    await until(() => !!factory.sessions[0]?.lastJoin, 'joined');
    const graph = factory.sessions[0]!.options!.graph!;
    expect(graph.eventsUrl).to.equal('/api/chat-events');
    expect((await graph.tokenSource.getToken({})).token).to.equal(graphToken);
  });

  it('speaks French and German', async () => {
    const { el } = await mount({ identity: 'choice', lang: 'fr' }, async () => teamsToken);
    const group = await chooser(el);
    await until(() => group.querySelector('legend')!.textContent === identityFr.legend, 'French legend');
    el.lang = 'de';
    await settle(el);
    await until(() => q(el, 'legend')!.textContent === identityDe.legend, 'German legend');
  });

  it('applies the site\'s string overrides from all three sources, per language, as text', async () => {
    const factory = fakeSessionFactory((session) => (session.fetchToken = true));
    const el = document.createElement('teams-meeting-join');
    for (const [k, v] of Object.entries({ 'meeting-link': LINK, identity: 'choice', lang: 'fr', 'strings-url': '/test/fixtures/identity-overrides.json' })) el.setAttribute(k, v);
    // The property: a French legend and a hostile value, which must stay text.
    el.strings = { fr: { 'identity.legend': 'Comment voulez-vous participer ?' }, 'identity.guestHint': '<img src=x onerror=alert(1)>' };
    // The slotted JSON: the sign-in join button's label.
    const script = document.createElement('script');
    script.type = 'application/json';
    script.slot = 'strings';
    script.textContent = JSON.stringify({ 'identity.signInJoin': 'Continuer avec Microsoft' });
    el.append(script);
    el.tokenProvider = async () => guestToken;
    el.teamsTokenProvider = async () => teamsToken;
    el.sessionFactory = factory;
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    holder.append(el);
    await settle(el);
    const group = await chooser(el);
    const legend = () => group.querySelector('legend')!.textContent;
    const option = (n: number) => group.querySelectorAll('[part~="identity-option"] b')[n]!.textContent;
    await until(() => legend() === 'Comment voulez-vous participer ?', 'property override (fr)');
    await until(() => option(1) === 'Se connecter avec votre compte Contoso', 'strings-url override (its fr table)');
    expect(option(0), 'keys nobody overrode keep the catalog').to.equal(identityFr.guest);
    const hint = q(el, '#identity-guest-hint')!;
    expect(hint.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(hint.querySelector('img'), 'an override is text, never markup').to.equal(null);
    q<HTMLInputElement>(el, 'input[value="m365"]')!.click();
    await settle(el);
    const join = q<HTMLButtonElement>(el, '[part~="join-button"]')!;
    await until(() => join.textContent!.trim() === 'Continuer avec Microsoft', 'slotted JSON override on the join button');
    // Another language: the fr-only keys give way to that language's catalog, the global ones stay.
    el.lang = 'de';
    await settle(el);
    await until(() => legend() === identityDe.legend, 'German catalog legend (the fr override is French only)');
    await until(() => option(1) === 'Sign in with your Contoso account', 'global strings-url override in German');
  });
});

describe('Microsoft 365 configuration', () => {
  const base = { meetingLink: LINK, tokenProvider: () => 't' };
  it('needs a Microsoft 365 token source for choice', () => {
    expect(validateConfig({ ...base, identity: 'choice' })).to.deep.equal({ ok: false, code: 'invalid-m365-setup' });
    expect(validateConfig({ ...base, identity: 'choice', aadClientId: ' app ' })).to.deep.include({
      ok: true,
      identity: 'choice',
    });
    // identity="teams" keeps working with only the site's own token source (its own MSAL code)…
    expect(validateConfig({ ...base, identity: 'teams' })).to.deep.include({ ok: true, identity: 'teams' });
    // …or with only Microsoft 365 settings.
    expect(validateConfig({ meetingLink: LINK, identity: 'teams', teamsTokenProvider: () => 't' })).to.include({ ok: true });
    // choice still needs the guest token source.
    expect(validateConfig({ meetingLink: LINK, identity: 'choice', teamsTokenProvider: () => 't' })).to.deep.equal({
      ok: false,
      code: 'missing-token-source',
    });
    expect(validateConfig({ ...base, identity: 'both' })).to.deep.equal({ ok: false, code: 'invalid-identity' });
  });

  it('posts the Entra token only to https, same-origin or loopback exchange URLs', () => {
    for (const good of ['/api/teams-token', 'https://tokens.example.com/x', 'http://localhost:8080/api/teams-token', 'http://127.0.0.1:9/x']) {
      expect(SAFE_EXCHANGE_URL.test(good), good).to.equal(true);
    }
    for (const bad of ['http://tokens.example.com/x', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'data:,x', 'api/x', '', 'http://localhost.evil.example/x']) {
      expect(SAFE_EXCHANGE_URL.test(bad), bad).to.equal(false);
    }
  });

  it('a missing or unsafe teams-token-url fails the sign-in with invalid-m365-setup before any window opens', async () => {
    const opened: unknown[] = [];
    const open = window.open;
    window.open = (...args: unknown[]) => (opened.push(args), null);
    try {
      for (const attrs of [{ 'teams-token-url': 'http://tokens.example.com/x' }, {}] as Array<Record<string, string>>) {
        const { el, errors } = await mount({ identity: 'teams', 'aad-client-id': 'app', ...attrs });
        await el.join();
        await until(() => el.phase === 'failed', 'failed');
        expect(el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!.dataset.code).to.equal('invalid-m365-setup');
        await until(() => errors.some((e) => e.code === 'invalid-m365-setup'), 'typed tmj-error');
      }
      expect(opened).to.deep.equal([]);
    } finally {
      window.open = open;
    }
  });

  it('renders invalid-m365-setup as a localized configuration error', async () => {
    const { el, errors } = await mount({ identity: 'choice' });
    const error = el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!;
    expect(error.dataset.code).to.equal('invalid-m365-setup');
    await until(() => error.textContent!.includes(coreConfigErrorsEn['invalid-m365-setup']), 'the lazy message');
    await until(() => errors.length > 0, 'tmj-error');
    expect(errors[0]!.code).to.equal('invalid-m365-setup');
    // Fixing the attributes recovers.
    el.setAttribute('aad-client-id', 'app');
    await settle(el);
    expect(el.phase).to.equal('prejoin');
  });

  it('every m365-* code has its own message in en, fr and de', () => {
    const codes = ERROR_CODES.filter((c) => c.startsWith('m365-'));
    expect(codes.length).to.equal(6);
    for (const table of [coreEndEn.errors, coreEndFr.errors, coreEndDe.errors] as Array<Record<string, string>>) {
      const texts = codes.map((c) => table[c]);
      expect(texts.every((t) => typeof t === 'string' && t.length > 20)).to.equal(true);
      expect(new Set(texts).size, 'distinct messages').to.equal(codes.length);
    }
  });

  it('a teamsTokenProvider can say why sign-in failed (m365-* code), shown on the error screen', async () => {
    const refusal = Object.assign(new Error('declined'), { code: 'm365-consent-refused' });
    const { el, errors } = await mount({ identity: 'teams' }, async () => Promise.reject(refusal));
    await el.join();
    await until(() => el.phase === 'failed', 'failed');
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!.dataset.code).to.equal('m365-consent-refused');
    await until(() => errors.some((e) => e.code === 'm365-consent-refused'), 'typed tmj-error');
    // Anything else a provider throws stays a generic token failure, with no text of its own leaking.
    const other = await mount({ identity: 'teams' }, async () => Promise.reject(Object.assign(new Error('x'), { code: 'EVIL <b>' })));
    await other.el.join();
    await until(() => other.el.phase === 'failed', 'failed');
    expect(other.el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!.dataset.code).to.equal('token-network');
  });
});
