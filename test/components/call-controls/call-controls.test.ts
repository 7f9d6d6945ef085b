import { expect, fixture, html } from '@open-wc/testing';
import { press } from '../../helpers/keyboard.js';
import '../../../src/components/call-controls/call-controls.js';
import type {
  SelectDeviceDetail,
  TmjCallControls,
  ToggleDetail,
} from '../../../src/components/call-controls/call-controls.component.js';
import type { SessionState } from '../../../src/session/types.js';
import { callWith, fakeIn, until } from '../call-view/call-fixtures.js';

async function mount(state: SessionState = callWith(3), features = { chat: true, video: true, screenShare: true }) {
  const fake = fakeIn(state);
  const el = await fixture<TmjCallControls>(html`<tmj-call-controls
    style="width: 900px"
    .session=${fake}
    .sessionState=${fake.state}
    .features=${features}
  ></tmj-call-controls>`);
  fake.subscribe((e) => {
    if (e.type === 'state') el.sessionState = e.state;
  });
  // The bar only asks; here the test carries the intents out on the fake session, as the call view does.
  el.addEventListener('tmj-toggle', (e) => {
    const { control, on } = (e as CustomEvent<ToggleDetail>).detail;
    if (control === 'mic') void fake.setMicrophone(on);
    else if (control === 'camera') void fake.setCamera(on);
    else if (control === 'share') void fake.setScreenShare(on);
    else void fake.setHandRaised(on);
  });
  el.addEventListener('tmj-select-device', (e) => {
    const { kind, id } = (e as CustomEvent<SelectDeviceDetail>).detail;
    void fake.selectDevice(kind, id);
  });
  await el.updateComplete;
  return { el, fake };
}

const button = (el: TmjCallControls, name: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-control="${name}"]`);
const methods = (fake: ReturnType<typeof fakeIn>) => fake.calls.map((c) => c.method);

describe('<tmj-call-controls>', () => {
  it('shows text labels only while the whole row fits with them; never cuts a control off at either end', async () => {
    const { el } = await mount(callWith(3, { capabilities: { unmuteMic: true, turnVideoOn: true, shareScreen: true, raiseHand: true } }));
    const fits = () => {
      const bar = el.getBoundingClientRect();
      return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="controls"] > li')].every((li) => {
        const r = li.getBoundingClientRect();
        return r.left >= bar.left - 0.5 && r.right <= bar.right + 0.5;
      });
    };
    const labelShown = () => getComputedStyle(button(el, 'mic')!.querySelector('.label')!).display !== 'none';
    for (const [width, labels] of [[1200, true], [760, false], [640, false], [1200, true]] as const) {
      el.style.width = `${width}px`;
      await until(() => labelShown() === labels && fits(), `${width} px: labels ${labels ? 'shown' : 'hidden'}, every control inside the bar`);
    }
  });

  it('every control is a real labelled button; toggles expose aria-pressed', async () => {
    const { el } = await mount(callWith(3, { capabilities: { unmuteMic: true, turnVideoOn: true, shareScreen: true, raiseHand: true } }));
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    const names = buttons.map((b) => b.dataset.control);
    expect(names).to.deep.equal(['mic', 'camera', 'share', 'hand', 'chat', 'people', 'devices', 'leave']);
    for (const b of buttons) {
      expect(b.getAttribute('aria-label'), `${b.dataset.control} has a label`).to.not.be.empty;
      expect(b.type, `${b.dataset.control} is type=button`).to.equal('button');
    }
    for (const name of ['mic', 'camera', 'share', 'hand', 'chat', 'people']) {
      expect(button(el, name)!.hasAttribute('aria-pressed'), `${name} is a toggle`).to.equal(true);
    }
    expect(button(el, 'mic')!.getAttribute('aria-keyshortcuts')).to.equal('Control+Shift+M');
    expect(el.shadowRoot!.querySelector('[part~="leave-button"]'), 'leave part').to.equal(button(el, 'leave'));
    await expect(el).to.be.accessible();
  });

  it('mic, camera, share and hand fire tmj-toggle intents (carried out on the session) and reflect the new state', async () => {
    const { el, fake } = await mount(callWith(3, { capabilities: { unmuteMic: true, turnVideoOn: true, shareScreen: true, raiseHand: true } }));
    button(el, 'mic')!.click();
    await until(() => button(el, 'mic')!.getAttribute('aria-pressed') === 'false', 'mic shows off (pressed = on, like the camera)');
    button(el, 'camera')!.click();
    await until(() => button(el, 'camera')!.getAttribute('aria-pressed') === 'false', 'camera off');
    button(el, 'share')!.click();
    await until(() => button(el, 'share')!.getAttribute('aria-pressed') === 'true', 'sharing');
    button(el, 'hand')!.click();
    await until(() => button(el, 'hand')!.getAttribute('aria-pressed') === 'true', 'hand raised');
    expect(fake.calls.map((c) => [c.method, c.args[0]])).to.deep.include.members([
      ['setMicrophone', false],
      ['setCamera', false],
      ['setScreenShare', true],
      ['setHandRaised', true],
    ]);
  });

  it('hides raise hand without the capability, screen share without browser support or feature, camera with no-video', async () => {
    const { el } = await mount(callWith(3), { chat: false, video: false, screenShare: false });
    expect(button(el, 'hand'), 'no raise hand').to.equal(null);
    expect(button(el, 'share'), 'no share when feature off').to.equal(null);
    expect(button(el, 'camera'), 'no camera with no-video').to.equal(null);
    expect(button(el, 'chat'), 'no chat with no-chat').to.equal(null);
    const original = navigator.mediaDevices.getDisplayMedia;
    try {
      Object.defineProperty(navigator.mediaDevices, 'getDisplayMedia', { value: undefined, configurable: true });
      const { el: el2 } = await mount(callWith(3));
      expect(button(el2, 'share'), 'no share where the browser cannot').to.equal(null);
    } finally {
      Object.defineProperty(navigator.mediaDevices, 'getDisplayMedia', { value: original, configurable: true });
    }
  });

  it('unmute forbidden: the mic stays focusable but disabled with the reason', async () => {
    const base = callWith(3);
    const { el, fake } = await mount({
      ...base,
      self: { ...base.self, microphoneOn: false },
      capabilities: { ...base.capabilities, unmuteMic: false },
    });
    const mic = button(el, 'mic')!;
    expect(mic.getAttribute('aria-disabled')).to.equal('true');
    const reason = el.shadowRoot!.getElementById(mic.getAttribute('aria-describedby')!);
    expect(reason?.textContent).to.equal('The organizer does not allow you to unmute');
    mic.click();
    await el.updateComplete;
    expect(methods(fake), 'no unmute sent').to.not.include('setMicrophone');
    await expect(el).to.be.accessible();
  });

  it('chat shows the unread badge and the count in its label', async () => {
    const { el } = await mount();
    el.unread = 3;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="badge"]')?.textContent?.trim()).to.equal('3');
    expect(button(el, 'chat')!.getAttribute('aria-label')).to.equal('Chat, 3 unread');
    el.chatOpen = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="badge"]'), 'no badge while open').to.equal(null);
  });

  it('panel toggles and leave are events for the call view', async () => {
    const { el } = await mount();
    const seen: string[] = [];
    el.addEventListener('tmj-panel-toggle', (e) => seen.push((e as CustomEvent).detail.panel));
    el.addEventListener('tmj-call-leave', (e) => seen.push(`leave:${(e as CustomEvent).detail.source}`));
    button(el, 'chat')!.click();
    button(el, 'people')!.click();
    button(el, 'leave')!.click();
    expect(seen).to.deep.equal(['chat', 'people', 'leave:button']);
  });

  it('device settings: opens a menu whose selects fire tmj-select-device; Escape closes and returns focus', async () => {
    const { el, fake } = await mount();
    button(el, 'devices')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(button(el, 'devices')!.getAttribute('aria-expanded')).to.equal('true');
    const camera = el.shadowRoot!.querySelector<HTMLSelectElement>('select[data-device="camera"]')!;
    expect(el.shadowRoot!.activeElement, 'focus moves into the menu').to.equal(camera);
    camera.value = 'cam2';
    camera.dispatchEvent(new Event('change'));
    await until(() => fake.calls.some((c) => c.method === 'selectDevice'), 'selectDevice called');
    expect(fake.calls.find((c) => c.method === 'selectDevice')!.args).to.deep.equal(['camera', 'cam2']);
    await expect(el).to.be.accessible();
    await press('Escape');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="device-menu"]'), 'menu closed').to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus back on the settings button').to.equal(button(el, 'devices'));
  });

  it('keyboard only: Tab reaches every control in order, Space and Enter operate them', async () => {
    const { el, fake } = await mount(callWith(3, { capabilities: { unmuteMic: true, turnVideoOn: true, shareScreen: true, raiseHand: true } }));
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await press('Tab');
      reached.push((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.control ?? 'outside');
    }
    expect(reached).to.deep.equal(['mic', 'camera', 'share', 'hand', 'chat', 'people', 'devices', 'leave']);
    button(el, 'mic')!.focus();
    await press('Space');
    await until(() => methods(fake).includes('setMicrophone'), 'Space toggles the mic');
    button(el, 'hand')!.focus();
    await press('Enter');
    await until(() => methods(fake).includes('setHandRaised'), 'Enter raises the hand');
    before.remove();
  });

  it('shows a visible focus ring on keyboard focus', async () => {
    const { el } = await mount();
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await press('Tab');
    const mic = button(el, 'mic')!;
    expect(el.shadowRoot!.activeElement).to.equal(mic);
    const style = getComputedStyle(mic);
    expect(style.outlineStyle, 'outline drawn').to.equal('solid');
    expect(parseFloat(style.outlineWidth), 'outline at least 2px').to.be.at.least(2);
    before.remove();
  });

  it('a 360 px bar keeps one row: share, raise hand and devices move into a "More" menu button', async () => {
    const { el } = await mount(callWith(3, { capabilities: { unmuteMic: true, turnVideoOn: true, shareScreen: true, raiseHand: true } }));
    el.style.width = '360px';
    await until(() => button(el, 'more') !== null, 'the More button appears in a narrow bar');
    const names = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="controls"] > li > button')].map((b) => b.dataset.control);
    expect(names).to.deep.equal(['mic', 'camera', 'chat', 'people', 'more', 'leave']);
    const tops = new Set([...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="controls"] > li > button')].map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(tops.size, 'every control on one row').to.equal(1);
    const more = button(el, 'more')!;
    expect(more.getAttribute('aria-haspopup')).to.equal('menu');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('"More" follows the menu-button pattern: keyboard opens it, arrows move, items act, Escape returns focus', async () => {
    const { el, fake } = await mount(callWith(3, { capabilities: { unmuteMic: true, turnVideoOn: true, shareScreen: true, raiseHand: true } }));
    el.style.width = '360px';
    await until(() => button(el, 'more') !== null, 'More button');
    const more = button(el, 'more')!;
    more.focus();
    await press('ArrowDown');
    await until(() => el.shadowRoot!.querySelector('[role="menu"]') !== null, 'menu open');
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    const items = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="menu"] [role^="menuitem"]')];
    expect(items().map((i) => i.dataset.item)).to.deep.equal(['share', 'hand', 'devices']);
    expect(el.shadowRoot!.activeElement, 'first item focused').to.equal(items()[0]);
    await press('ArrowDown');
    expect(el.shadowRoot!.activeElement, 'ArrowDown moves').to.equal(items()[1]);
    await press('ArrowUp');
    await press('ArrowUp');
    expect(el.shadowRoot!.activeElement, 'ArrowUp wraps to the last').to.equal(items()[2]);
    await expect(el).to.be.accessible();
    await press('Escape');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="menu"]'), 'closed').to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus back on More').to.equal(more);
    await press('Enter');
    await until(() => items().length > 0, 'Enter opens it');
    items()[1]!.focus();
    await press('Enter');
    await until(() => fake.calls.some((c) => c.method === 'setHandRaised'), 'the hand item raises the hand');
    expect(el.shadowRoot!.activeElement, 'focus back on More after acting').to.equal(more);
    more.click();
    await until(() => items().length > 0, 'click opens');
    expect(items()[1]!.getAttribute('role')).to.equal('menuitemcheckbox');
    await until(() => items()[1]!.getAttribute('aria-checked') === 'true', 'the hand item shows it is on');
  });

  it('a 360 px bar opens the device settings inside the bar (anchored to More, the menu ran off its start edge)', async () => {
    const { el } = await mount(callWith(3, { capabilities: { unmuteMic: true, turnVideoOn: true, shareScreen: true, raiseHand: true } }));
    el.style.width = '360px';
    await until(() => button(el, 'more') !== null, 'More button');
    button(el, 'more')!.click();
    await until(() => el.shadowRoot!.querySelector('[data-item="devices"]') !== null, 'menu open');
    el.shadowRoot!.querySelector<HTMLElement>('[data-item="devices"]')!.click();
    await until(() => el.shadowRoot!.querySelector('[part~="device-menu"]') !== null, 'device settings open');
    const bar = el.getBoundingClientRect();
    const menu = el.shadowRoot!.querySelector('[part~="device-menu"]')!.getBoundingClientRect();
    expect(menu.width, 'a real menu').to.be.above(200);
    expect(menu.left, `menu left ${menu.left} inside the bar (${bar.left})`).to.be.at.least(bar.left - 0.5);
    expect(menu.right, `menu right ${menu.right} inside the bar (${bar.right})`).to.be.at.most(bar.right + 0.5);
    expect(menu.bottom, 'above the bar').to.be.at.most(bar.top + 0.5);
  });

});
