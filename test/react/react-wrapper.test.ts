/**
 * `teams-meeting-join/react` rendered by react-dom in the browser: props reach the element as properties or
 * attributes, and every event the manifest lists reaches its `onTmj…` callback — the real ones from a join, a
 * leave and a configuration error driven through the element (with the FakeSession test double standing in for
 * the meeting), and each of the eight dispatched once to prove the wiring. Hostile prop values stay text.
 */
import { expect } from '@open-wc/testing';
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { TeamsMeetingJoin, events, type TeamsMeetingJoinElement, type TeamsMeetingJoinProps } from '../../src/react/index.js';
import { fakeSessionFactory } from '../helpers/fake-session.js';
import { jwtExpiringIn } from '../core/jwt-fixture.js';

const LINK =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_REACT%40thread.v2/0?context=%7b%22Tid%22%3a%2200000000-0000-0000-0000-000000000002%22%2c%22Oid%22%3a%2200000000-0000-0000-0000-000000000003%22%7d';
const provider = async () => ({ token: jwtExpiringIn(3600), expiresOn: new Date(Date.now() + 3600_000) });

/** The manifest's event list, as the build wrote it (the dev server serves the repository root). */
async function manifestEvents(): Promise<string[]> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.tagName === 'teams-meeting-join') return d.events.map((e: { name: string }) => e.name);
  throw new Error('no <teams-meeting-join> in custom-elements.json');
}

async function until(check: () => boolean, what: string, timeout = 10000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  host.style.cssText = 'width: 640px; height: 480px';
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  root.unmount();
  host.remove();
});

function render(props: TeamsMeetingJoinProps): TeamsMeetingJoinElement {
  const ref = React.createRef<TeamsMeetingJoinElement>();
  flushSync(() => root.render(React.createElement(TeamsMeetingJoin, { ...props, ref })));
  expect(ref.current, 'the ref is the custom element').to.be.instanceOf(HTMLElement);
  return ref.current!;
}

describe('teams-meeting-join/react', () => {
  it('maps one onTmj… prop to every event custom-elements.json lists, and nothing else', async () => {
    const listed = await manifestEvents();
    expect(Object.values(events).sort()).to.deep.equal([...listed].sort());
    for (const [prop, name] of Object.entries(events)) {
      expect(prop, `${name}'s prop`).to.equal(`on${name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}`);
    }
  });

  it('sets props as properties (functions and objects included) and the element renders them', async () => {
    const factory = fakeSessionFactory();
    const el = render({ meetingLink: LINK, displayName: 'Ada Lovelace', noChat: true, theme: 'dark', tokenProvider: provider, sessionFactory: factory, lang: 'fr' });
    expect(el.localName).to.equal('teams-meeting-join');
    expect(el.meetingLink).to.equal(LINK);
    expect(el.noChat, 'boolean prop is a property').to.equal(true);
    expect(el.theme).to.equal('dark');
    expect(el.tokenProvider, 'function prop passes as it is').to.equal(provider);
    expect(el.sessionFactory).to.equal(factory);
    expect(el.lang, 'lang (an HTMLElement property) reaches the element').to.equal('fr');
    await el.updateComplete;
    await until(() => !!el.shadowRoot?.querySelector('tmj-prejoin'), 'the pre-join screen');
    const prejoin = el.shadowRoot!.querySelector('tmj-prejoin')!;
    await prejoin.updateComplete;
    const name = prejoin.shadowRoot!.querySelector<HTMLInputElement>('input[type="text"], input:not([type])');
    expect(name?.value, 'displayName reached the pre-join name field').to.equal('Ada Lovelace');
    // French strings load on demand: wait for them rather than for a fixed time.
    await until(() => /Rejoindre/.test(prejoin.shadowRoot!.textContent ?? ''), 'lang="fr" switching the pre-join screen to French');

    // A re-render with a changed prop updates the same element.
    flushSync(() => root.render(React.createElement(TeamsMeetingJoin, { meetingLink: LINK, noChat: false, tokenProvider: provider, sessionFactory: factory })));
    expect(host.querySelector('teams-meeting-join')).to.equal(el);
    expect(el.noChat).to.equal(false);
  });

  it('real events reach their callbacks: state changes, joined and left from a join and leave, tmj-error from a bad link', async () => {
    const seen: Array<[string, unknown]> = [];
    const rec = (type: string) => (e: CustomEvent) => seen.push([type, e.detail]);
    const el = render({
      meetingLink: LINK,
      displayName: 'Grace Hopper',
      tokenProvider: provider,
      sessionFactory: fakeSessionFactory(),
      onTmjStateChange: rec('state'),
      onTmjJoined: rec('joined'),
      onTmjLeft: rec('left'),
      onTmjError: rec('error'),
    });
    await until(() => !!el.shadowRoot?.querySelector('tmj-prejoin'), 'the pre-join screen');
    await el.join();
    await until(() => seen.some(([t]) => t === 'joined'), 'onTmjJoined');
    expect(seen.find(([t]) => t === 'joined')![1]).to.deep.equal({ displayName: 'Grace Hopper' });
    expect(seen.filter(([t]) => t === 'state').map(([, d]) => (d as { state: string }).state)).to.include('connected');
    await el.leave();
    await until(() => seen.some(([t]) => t === 'left'), 'onTmjLeft');
    expect((seen.find(([t]) => t === 'left')![1] as { reason: string }).reason).to.equal('left');

    const errors: Array<{ code: string }> = [];
    flushSync(() =>
      root.render(React.createElement(TeamsMeetingJoin, { key: 'new-element', meetingLink: 'javascript:alert(1)', tokenProvider: provider, sessionFactory: fakeSessionFactory(), onTmjError: (e) => errors.push(e.detail) })),
    );
    await until(() => errors.length > 0, 'onTmjError');
    expect(errors[0]!.code).to.equal('link-unsafe-scheme');
  });

  it('every one of the eight events reaches its own callback, and a replaced callback replaces the listener', async () => {
    const calls: string[] = [];
    const handlers = Object.fromEntries(Object.entries(events).map(([prop, name]) => [prop, (e: Event) => calls.push(`${prop}:${name}:${e.type}`)]));
    const el = render({ meetingLink: LINK, tokenProvider: provider, sessionFactory: fakeSessionFactory(), ...handlers });
    const names = await manifestEvents();
    await el.updateComplete;
    calls.length = 0; // the element's own first events (its initial state change) are not part of this count
    for (const name of names) el.dispatchEvent(new CustomEvent(name, { detail: {}, bubbles: true, composed: true }));
    expect(calls, 'each dispatched event called exactly its own prop, once, in order').to.deep.equal(
      names.map((name) => {
        const prop = Object.entries(events).find(([, n]) => n === name)![0];
        return `${prop}:${name}:${name}`;
      }),
    );

    const second: string[] = [];
    flushSync(() => root.render(React.createElement(TeamsMeetingJoin, { meetingLink: LINK, tokenProvider: provider, sessionFactory: fakeSessionFactory(), onTmjJoined: () => second.push('new') })));
    el.dispatchEvent(new CustomEvent('tmj-joined', { detail: { displayName: 'x' } }));
    expect(second, 'the new callback runs').to.deep.equal(['new']);
    expect(calls.filter((c) => c.startsWith('onTmjJoined')).length, 'the old one no longer does').to.equal(1);
  });

  it('hostile prop values stay values: markup in the name is text, a javascript: link is refused', async () => {
    const hostile = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = render({ meetingLink: LINK, displayName: hostile, tokenProvider: provider, sessionFactory: fakeSessionFactory() });
    await until(() => !!el.shadowRoot?.querySelector('tmj-prejoin'), 'the pre-join screen');
    const prejoin = el.shadowRoot!.querySelector('tmj-prejoin')!;
    await prejoin.updateComplete;
    const name = prejoin.shadowRoot!.querySelector<HTMLInputElement>('input[type="text"], input:not([type])');
    expect(name?.value, 'the name is the literal string').to.equal(hostile);
    expect(el.shadowRoot!.querySelector('img') ?? prejoin.shadowRoot!.querySelector('img'), 'no injected <img>').to.equal(null);
    expect(host.querySelectorAll('img, script').length, 'no element created from the value').to.equal(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
