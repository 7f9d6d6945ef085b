import { expect, fixture, html } from '@open-wc/testing';
import { press, typeText } from '../../helpers/keyboard.js';
import '../../../src/components/call-view/call-view.js';
import type { TmjCallView } from '../../../src/components/call-view/call-view.component.js';
import type { TmjCallControls } from '../../../src/components/call-controls/call-controls.component.js';
import { shortcutFor } from '../../../src/components/call-view/call-view.component.js';
import type { JoinState } from '../../../src/core/join-state.js';
import { callWith, fakeIn, message, participant, until } from './call-fixtures.js';

const connected: JoinState = { phase: 'connected', since: Date.now() };

async function mount(state = callWith(3), join: JoinState = connected) {
  const fake = fakeIn(state);
  const el = await fixture<TmjCallView>(html`<tmj-call-view
    style="width: 900px; height: 600px"
    .session=${fake}
    .sessionState=${fake.state}
    .joinState=${join}
    .features=${{ chat: true, video: true, screenShare: true }}
    .messageAnnounceIntervalMs=${300}
  ></tmj-call-view>`);
  fake.subscribe((e) => {
    if (e.type === 'state') el.sessionState = e.state;
  });
  await el.updateComplete;
  return { el, fake };
}

const q = <T extends Element = HTMLElement>(root: Element, selector: string) =>
  root.shadowRoot!.querySelector<T>(selector);

function controlsOf(el: TmjCallView) {
  const controls = q(el, 'tmj-call-controls')!;
  return (name: string) => controls.shadowRoot!.querySelector<HTMLButtonElement>(`[data-control="${name}"]`)!;
}

describe('<tmj-call-view>', () => {
  it('lobby: shows the waiting text, a ticking elapsed time and a Cancel that asks to leave', async () => {
    const { el } = await mount(callWith(1, { call: 'lobby' }), { phase: 'lobby', since: Date.now() - 65_000 });
    const lobby = q(el, '[part~="lobby"]');
    expect(lobby?.textContent, 'lobby text').to.contain('Waiting for someone to let you in');
    expect(q(el, '[data-elapsed]')?.textContent, 'elapsed time').to.match(/01:0[5-9]/);
    const first = q(el, '[data-elapsed]')!.textContent;
    await until(() => q(el, '[data-elapsed]')!.textContent !== first, 'elapsed time updates every second', 2500);
    const events: CustomEvent[] = [];
    el.addEventListener('tmj-call-leave', (e) => events.push(e as CustomEvent));
    q<HTMLButtonElement>(el, '[part~="lobby-cancel"]')!.click();
    expect(events.map((e) => e.detail.source), 'cancel fires tmj-call-leave').to.deep.equal(['button']);
    expect(events[0]!.composed, 'internal event stays inside the host').to.equal(false);
    expect(q(el, 'tmj-compliance-banner'), 'banner is present in the lobby').to.exist;
    await expect(el).to.be.accessible();
  });

  it("lobby: its buttons are the shared secondary button (Teams' 32 px, 4 px radius, a 1 px stroke that shows on the call surface)", async () => {
    const { el } = await mount(callWith(1, { call: 'lobby' }), { phase: 'lobby', since: Date.now() });
    const surface = getComputedStyle(el).backgroundColor;
    for (const part of ['lobby-cancel', 'lobby-toggle']) {
      const b = q(el, `[part~="${part}"]`)!;
      const style = getComputedStyle(b);
      expect(b.classList.contains('secondary-button'), `${part} uses the shared class`).to.equal(true);
      expect(b.getBoundingClientRect().height, `${part} is 32 px high`).to.equal(32);
      expect(style.borderTopLeftRadius, `${part} radius`).to.equal('4px');
      expect(style.borderTopWidth, `${part} stroke`).to.equal('1px');
      if (part === 'lobby-cancel') expect(style.borderTopColor, 'the stroke differs from the surface').to.not.equal(surface);
    }
  });

  it('lobby timer is cleared when the element is removed', async () => {
    const { el } = await mount(callWith(1, { call: 'lobby' }), { phase: 'lobby', since: Date.now() });
    const before = q(el, '[data-elapsed]')!.textContent;
    el.remove();
    await new Promise((r) => setTimeout(r, 1300));
    expect(q(el, '[data-elapsed]')!.textContent, 'no render after disconnect').to.equal(before);
  });

  it('connected: renders banner, gallery and controls and moves focus into the call', async () => {
    const { el } = await mount(callWith(3), { phase: 'lobby', since: Date.now() });
    el.joinState = connected;
    await el.updateComplete;
    await el.updateComplete;
    expect(q(el, 'tmj-video-gallery'), 'gallery').to.exist;
    expect(q(el, 'tmj-call-controls'), 'controls').to.exist;
    expect(q(el, 'tmj-compliance-banner'), 'banner').to.exist;
    await until(() => {
      const controls = q(el, 'tmj-call-controls')!;
      return controls.shadowRoot!.activeElement?.getAttribute('data-control') === 'mic';
    }, 'focus moves to the microphone button on admission');
    await until(() => q(el, '[part~="live-region"]')!.textContent!.includes('You are in the meeting'), 'admission announced');
    await expect(el).to.be.accessible();
  });

  it('does not pull focus from the page when the call starts', async () => {
    const outside = document.createElement('input');
    outside.setAttribute('aria-label', 'page field');
    document.body.append(outside);
    outside.focus();
    try {
      const { el } = await mount(callWith(3), { phase: 'lobby', since: Date.now() });
      el.joinState = connected;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(document.activeElement, 'focus stays in the page field').to.equal(outside);
    } finally {
      outside.remove();
    }
  });

  it('focus() goes to the lobby heading in the lobby', async () => {
    const { el } = await mount(callWith(1, { call: 'lobby' }), { phase: 'lobby', since: Date.now() });
    el.focus();
    expect(el.shadowRoot!.activeElement?.id).to.equal('lobby-title');
  });

  it('fills the box it is given: the gallery takes what the controls leave, nothing grows past it', async () => {
    const fake = fakeIn(callWith(2));
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px; height: 450px; display: flex; flex-direction: column">
      <tmj-call-view .session=${fake} .sessionState=${fake.state} .joinState=${connected}></tmj-call-view>
    </div>`);
    const el = wrapper.querySelector('tmj-call-view')!;
    await el.updateComplete;
    const gallery = q(el, 'tmj-video-gallery')!;
    await until(() => gallery.getBoundingClientRect().height >= 300, 'the gallery takes most of the 450 px');
    const controls = q(el, 'tmj-call-controls')!.getBoundingClientRect();
    expect(el.getBoundingClientRect().height, 'the call view is exactly the box').to.be.closeTo(450, 0.5);
    expect(controls.bottom, 'controls inside the box').to.be.at.most(wrapper.getBoundingClientRect().bottom + 0.5);
    await until(() => {
      const tile = gallery.shadowRoot!.querySelector('[part~="tile"]');
      return Boolean(tile && tile.getBoundingClientRect().height > 0);
    }, 'tiles are visible');
  });

  it('leave button re-fires tmj-call-leave from the call view', async () => {
    const { el } = await mount();
    const sources: string[] = [];
    el.addEventListener('tmj-call-leave', (e) => sources.push((e as CustomEvent).detail.source));
    controlsOf(el)('leave').click();
    expect(sources, 'one leave request from the button').to.deep.equal(['button']);
  });

  it('chat toggle opens the chat panel, focuses its text box, and is accessible', async () => {
    const { el } = await mount();
    controlsOf(el)('chat').click();
    await el.updateComplete;
    const aside = q(el, 'aside:not([hidden]) tmj-chat-panel');
    expect(aside, 'chat panel visible').to.exist;
    await until(() => aside!.shadowRoot!.activeElement?.tagName === 'TEXTAREA', 'focus in the send box');
    expect(controlsOf(el)('chat').getAttribute('aria-pressed'), 'chat toggle pressed').to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('unread count grows while chat is closed, resets on opening, and new messages are announced throttled', async () => {
    const { el, fake } = await mount();
    // Every text the live region shows, recorded as it changes: the first announcement is replaced by the summary
    // one interval (300 ms) later, which a frame-polling check can miss on a loaded machine.
    const region = q(el, '[part~="live-region"]')!;
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(region.textContent!.trim()));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    for (let i = 0; i < 4; i++) fake.emit({ type: 'chat-message', message: message({ senderDisplayName: 'Alex' }) });
    await el.updateComplete;
    expect(el.unreadCount, 'four unread').to.equal(4);
    const controls = q<TmjCallControls>(el, 'tmj-call-controls')!;
    await controls.updateComplete;
    expect(controls.shadowRoot!.querySelector('[part~="badge"]')?.textContent?.trim(), 'badge shows 4').to.equal('4');
    await until(() => heard.some((t) => t.includes('3 new messages')), 'the rest summarised');
    observer.disconnect();
    const spoken = heard.filter((t) => t !== '');
    expect(spoken[0], 'first announced at once, with its sender').to.include('New message from Alex');
    expect(spoken, 'one announcement, then one summary').to.have.length(2);
    controlsOf(el)('chat').click();
    await el.updateComplete;
    expect(el.unreadCount, 'reset on open').to.equal(0);
  });

  it('at 320 px (a 640 px widget at 200% zoom) the open chat covers the gallery and stays accessible', async () => {
    const { el, fake } = await mount();
    el.style.width = '320px';
    el.style.height = '560px';
    el.showPanel('chat');
    await el.updateComplete;
    const aside = q(el, 'aside:not([hidden])')!;
    await until(() => getComputedStyle(aside).position === 'absolute', 'panel overlays in a narrow widget');
    const box = aside.getBoundingClientRect();
    expect(box.width, 'panel fits the widget').to.be.at.most(320);
    const gallery = q(el, 'tmj-video-gallery')!;
    await until(() => gallery.hasAttribute('inert'), 'covered gallery is inert (no focus behind the panel)');
    await until(() => fake.views.every((v) => v.disposed), 'covered gallery holds no video views');
    await expect(el).to.be.accessible();
    el.showPanel(undefined);
    await el.updateComplete;
    await until(() => fake.views.some((v) => !v.disposed), 'views come back when the panel closes');
  });

  it('people toggle shows the people panel side panel', async () => {
    const { el } = await mount();
    controlsOf(el)('people').click();
    await el.updateComplete;
    expect(q(el, 'tmj-people-panel'), 'people panel rendered').to.exist;
    expect(el.openPanel).to.equal('people');
    await expect(el).to.be.accessible();
  });

  it('announces joins and leaves in the polite live region', async () => {
    const { el, fake } = await mount(callWith(2));
    fake.update({ participants: [...fake.state.participants, participant(7, { displayName: 'Zoe' })] });
    await until(() => q(el, '[part~="live-region"]')!.textContent!.includes('Zoe joined'), 'join announced');
    fake.update({ participants: fake.state.participants.filter((p) => p.id !== 'p7') });
    await until(() => q(el, '[part~="live-region"]')!.textContent!.includes('Zoe left'), 'leave announced');
    expect(q(el, '[part~="live-region"]')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('reconnecting: a notice and a solid overlay over the stage (no dim), the stage inert, still accessible', async () => {
    const { el } = await mount();
    el.joinState = { phase: 'reconnecting', since: Date.now() };
    await el.updateComplete;
    const stack = q(el, 'tmj-notice-stack')!;
    await until(() => Boolean(stack.shadowRoot?.querySelector('[part~="notice"][data-code="reconnecting"]')), 'reconnecting notice shown');
    const overlay = q(el, '[part~="reconnecting"]')!;
    expect(overlay, 'overlay shown').to.exist;
    expect(overlay.textContent).to.contain('Reconnecting').and.contain('picks up again by itself');
    const bg = getComputedStyle(overlay).backgroundColor;
    expect(bg.startsWith('rgb(') || bg.endsWith(', 1)'), `solid background (${bg})`).to.equal(true);
    const box = overlay.getBoundingClientRect();
    const main = q(el, '.main')!.getBoundingClientRect();
    expect(box.width === main.width && box.height === main.height, 'covers the whole stage').to.equal(true);
    expect(q(el, 'tmj-video-gallery')!.hasAttribute('inert'), 'the stage behind it is inert').to.equal(true);
    expect(q(el, 'tmj-call-controls')!.hasAttribute('inert'), 'Leave stays usable').to.equal(false);
    await expect(el).to.be.accessible();
    el.joinState = connected;
    await el.updateComplete;
    await until(() => Boolean(stack.shadowRoot?.querySelector('[part~="notice"][data-code="reconnected"]')), 'reconnected replaces it');
    expect(stack.shadowRoot!.querySelector('[data-code="reconnecting"]'), 'reconnecting notice gone').to.equal(null);
    expect(q(el, '[part~="reconnecting"]'), 'overlay gone').to.equal(null);
  });

  it('session warnings and muted-by-others become notices that can be dismissed', async () => {
    const { el, fake } = await mount();
    fake.emit({ type: 'muted-by-others' });
    fake.emit({ type: 'warning', code: 'chat-polling' });
    await el.updateComplete;
    const stack = q(el, 'tmj-notice-stack')!;
    await until(() => stack.shadowRoot!.querySelectorAll('[part~="notice"]').length === 2, 'two notices');
    expect(el.noticeQueue.all().map((n) => n.code).sort()).to.deep.equal(['chat-polling', 'muted-by-others']);
    stack.shadowRoot!.querySelector<HTMLButtonElement>('[part~="notice-dismiss"]')!.click();
    await el.updateComplete;
    expect(el.noticeQueue.all(), 'one dismissed').to.have.length(1);
  });

  it('chat HTML blocked by the page\'s Trusted Types policy: a visible notice saying why and what to allow', async () => {
    const { el } = await mount();
    const chat = q(el, 'tmj-chat-panel')!;
    chat.dispatchEvent(new CustomEvent('tmj-chat-html-blocked', { bubbles: true }));
    const stack = q(el, 'tmj-notice-stack')!;
    await until(() => Boolean(stack.shadowRoot!.querySelector('[part~="notice"][data-code="chat-html-blocked"]')), 'notice shown');
    const notice = stack.shadowRoot!.querySelector<HTMLElement>('[data-code="chat-html-blocked"]')!;
    expect(notice.textContent, 'says why, and the policy name the site can allow').to.contain('Trusted Types');
    expect(notice.textContent).to.contain('dompurify');
    expect(notice.dataset['severity']).to.equal('warning');
    expect(notice.querySelector('[part~="notice-dismiss"]'), 'can be dismissed').to.exist;
  });

  it('device and network diagnostics in state become notices with their own text, and clear when they recover', async () => {
    const { el, fake } = await mount();
    const stack = q(el, 'tmj-notice-stack')!;
    const shown = (code: string) => stack.shadowRoot!.querySelector(`[part~="notice"][data-code="${code}"]`);
    fake.update({ diagnostics: { ...fake.state.diagnostics, microphoneMutedBySystem: true } });
    await until(() => Boolean(shown('mic-muted-by-system')), 'muted-by-the-system notice');
    expect(shown('mic-muted-by-system')!.textContent).to.contain('Your device muted your microphone');
    fake.update({ diagnostics: { ...fake.state.diagnostics, networkQuality: 'poor' } });
    await until(() => Boolean(shown('network')), 'poor network notice');
    fake.update({ diagnostics: { ...fake.state.diagnostics, microphoneMutedBySystem: false, networkQuality: 'good' } });
    await until(() => !shown('mic-muted-by-system') && !shown('network'), 'both cleared on recovery');
    // A headset unplugged: the selected microphone leaves the list and another one is selected.
    fake.update({
      devices: [
        { id: 'm1', label: 'Headset', kind: 'microphone' },
        { id: 'm2', label: 'Laptop', kind: 'microphone' },
      ],
      self: { ...fake.state.self, microphoneId: 'm1' },
    });
    await el.updateComplete;
    fake.update({ devices: [{ id: 'm2', label: 'Laptop', kind: 'microphone' }], self: { ...fake.state.self, microphoneId: 'm2' } });
    await until(() => Boolean(shown('microphone-switched')), 'switched notice');
    expect(shown('microphone-switched')!.textContent).to.contain('Another microphone is in use now');
  });

  it('keyboard shortcuts work only when focus is inside the call view', async () => {
    const { el, fake } = await mount();
    const key = (init: KeyboardEventInit, target: EventTarget) =>
      target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init }));
    key({ key: 'M', code: 'KeyM', ctrlKey: true, shiftKey: true }, document.body);
    expect(fake.calls.filter((c) => c.method === 'setMicrophone'), 'page-level key ignored').to.have.length(0);
    const mic = controlsOf(el)('mic');
    key({ key: 'M', code: 'KeyM', ctrlKey: true, shiftKey: true }, mic);
    await until(() => fake.calls.some((c) => c.method === 'setMicrophone'), 'Ctrl+Shift+M toggles the microphone');
    key({ key: 'C', code: 'KeyC', altKey: true, shiftKey: true }, mic);
    await el.updateComplete;
    expect(el.openPanel, 'Alt+Shift+C opens chat').to.equal('chat');
    const sources: string[] = [];
    el.addEventListener('tmj-call-leave', (e) => sources.push((e as CustomEvent).detail.source));
    key({ key: 'H', code: 'KeyH', ctrlKey: true, shiftKey: true }, mic);
    expect(sources, 'Ctrl+Shift+H asks to leave').to.deep.equal(['keyboard']);
  });

  it('keyboard only: Tab to chat, Enter opens it, type and Enter sends, Escape closes, Tab to leave and Enter', async () => {
    const { el, fake } = await mount();
    const active = () => {
      let node: Element | null = document.activeElement;
      while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
      return node as HTMLElement | null;
    };
    await until(() => active()?.dataset.control === 'mic', 'starts on the microphone');
    for (let i = 0; i < 10 && active()?.dataset.control !== 'chat'; i++) await press('Tab');
    expect(active()?.dataset.control, 'Tab reaches chat').to.equal('chat');
    await press('Enter');
    await until(() => active()?.tagName === 'TEXTAREA', 'focus in the send box');
    await typeText('hello from the keyboard');
    await press('Enter');
    await until(() => fake.calls.some((c) => c.method === 'sendChatMessage'), 'message sent with Enter');
    await press('Escape');
    await until(() => el.openPanel === undefined, 'Escape closes the panel');
    await until(() => active()?.dataset.control === 'chat', 'focus returns to the chat toggle');
    const sources: string[] = [];
    el.addEventListener('tmj-call-leave', (e) => sources.push((e as CustomEvent).detail.source));
    for (let i = 0; i < 10 && active()?.dataset.control !== 'leave'; i++) await press('Tab');
    expect(active()?.dataset.control, 'Tab reaches leave').to.equal('leave');
    await press('Enter');
    expect(sources).to.deep.equal(['button']);
  });

  it('create and destroy 20 times leaves no session listener behind', async () => {
    const { fake } = await mount();
    const baseline = fake.listenerCount;
    await new Promise((r) => setTimeout(r, 50));
    const aliveBefore = fake.views.filter((v) => !v.disposed).length;
    for (let i = 0; i < 20; i++) {
      const el = await fixture<TmjCallView>(html`<tmj-call-view .session=${fake} .sessionState=${fake.state} .joinState=${connected}></tmj-call-view>`);
      el.remove();
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.listenerCount, 'listeners back to baseline').to.equal(baseline);
    expect(fake.views.length, 'the loop did create views').to.be.greaterThan(aliveBefore);
    expect(fake.views.filter((v) => !v.disposed).length, 'every view of a removed call view is disposed').to.equal(aliveBefore);
  });

  it('full screen: uses the Fullscreen API, or an expanded fallback where it is refused; toggles back', async () => {
    const { el } = await mount();
    const gallery = q(el, 'tmj-video-gallery')!;
    const button = () => gallery.shadowRoot!.querySelector<HTMLButtonElement>('[part~="fullscreen-button"]')!;
    button().click();
    // A synthetic click carries no user activation, so Chromium refuses requestFullscreen: the fallback applies.
    await until(() => el.expanded || document.fullscreenElement === el, 'entered full screen or the fallback');
    if (el.expanded) {
      expect(getComputedStyle(el).position, 'fallback covers the page').to.equal('fixed');
      await until(() => button().getAttribute('aria-pressed') === 'true', 'toggle shows pressed');
    }
    button().click();
    await until(() => !el.expanded && document.fullscreenElement !== el, 'left full screen');
  });

  it('lang="fr" loads the French strings lazily for the call view and its elements', async () => {
    const { el } = await mount(callWith(1, { call: 'lobby' }), { phase: 'lobby', since: Date.now() });
    el.lang = 'fr';
    await until(() => q(el, '[part~="lobby"] h2')!.textContent === 'En attente de quelqu’un pour vous faire entrer', 'French lobby title');
    el.joinState = connected;
    await el.updateComplete;
    await until(() => controlsOf(el)('leave')?.getAttribute('aria-label') === 'Quitter', 'French leave label');
  });

  it('shortcutFor maps keys and ignores plain typing', () => {
    expect(shortcutFor({ key: 'M', code: 'KeyM', ctrlKey: true, shiftKey: true, altKey: false, metaKey: false })).to.equal('mic');
    expect(shortcutFor({ key: 'm', code: 'KeyM', ctrlKey: false, shiftKey: false, altKey: false, metaKey: false })).to.equal(undefined);
    expect(shortcutFor({ key: 'Ç', code: 'KeyC', ctrlKey: false, shiftKey: true, altKey: true, metaKey: false })).to.equal('chat');
  });

  it('unsubscribes from the session when removed', async () => {
    const { el, fake } = await mount();
    const before = fake.listenerCount;
    el.remove();
    expect(fake.listenerCount, 'call view listener removed').to.equal(before - 1);
  });
});
