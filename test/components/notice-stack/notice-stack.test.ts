import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/components/notice-stack/notice-stack.js';
import type { TmjNoticeStack } from '../../../src/components/notice-stack/notice-stack.component.js';
import { NoticeQueue, type NoticeInput } from '../../../src/core/notices.js';
import coreEndStringsEn from '../../../src/i18n/en/core-end.js';
import en from '../../../src/i18n/en/notices.js';
import noticesStringsDe from '../../../src/i18n/de/notices.js';

async function stack(inputs: NoticeInput[], now = 1_000_000, lang = '') {
  const q = new NoticeQueue();
  inputs.forEach((input, i) => q.push(input, now + i));
  const el = await fixture<TmjNoticeStack>(
    html`<tmj-notice-stack .notices=${q.visible()} .clock=${() => now + 125_000} lang=${lang}></tmj-notice-stack>`,
  );
  await el.updateComplete;
  return { el, q };
}

const notices = (el: TmjNoticeStack) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="notice"]')];

describe('<tmj-notice-stack>', () => {
  it('shows the lobby wait with elapsed time and a cancel action, politely, without taking focus', async () => {
    const before = document.activeElement;
    const { el } = await stack([{ code: 'lobby-waiting' }]);
    const [n] = notices(el);
    expect(n!.textContent, 'lobby text').to.contain(en.messages['lobby-waiting']);
    expect(n!.querySelector('[role="timer"]')!.textContent!.trim(), 'elapsed time').to.equal('Waiting for 02:05');
    expect(n!.closest('[role="status"]'), 'polite live region').to.not.equal(null);
    expect(n!.querySelector('[part~="notice-action"]')!.textContent!.trim()).to.equal(en.actions.cancel);
    expect(n!.querySelector('[part~="notice-dismiss"]'), 'lobby notice cannot be dismissed').to.equal(null);
    expect(document.activeElement, 'focus not stolen').to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('moves focus to the action of a notice that needs action (denied → Rejoin) and uses role=alert', async () => {
    const { el } = await stack([{ code: 'denied' }]);
    const [n] = notices(el);
    expect(n!.parentElement!.getAttribute('role'), 'error is an alert').to.equal('alert');
    const button = n!.querySelector('[part~="notice-action"]')!;
    expect(button.textContent!.trim()).to.equal(en.actions.rejoin);
    expect(el.shadowRoot!.activeElement, 'focus on Rejoin').to.equal(button);
    await expect(el).to.be.accessible();
  });

  it('fires tmj-notice-action {id, action} bubbling but not composed', async () => {
    const { el, q } = await stack([{ code: 'removed' }]);
    const id = q.visible()[0]!.id;
    setTimeout(() => el.shadowRoot!.querySelector<HTMLElement>('[part~="notice-action"]')!.click());
    const event = await oneEvent(el, 'tmj-notice-action');
    expect(event.detail).to.deep.equal({ id, action: 'rejoin' });
    expect(event.bubbles, 'bubbles').to.equal(true);
    expect(event.composed, 'not composed').to.equal(false);
  });

  it('fires tmj-notice-dismiss {id} from the dismiss button', async () => {
    const { el, q } = await stack([{ code: 'muted-by-others' }]);
    const id = q.visible()[0]!.id;
    setTimeout(() => el.shadowRoot!.querySelector<HTMLElement>('[part~="notice-dismiss"]')!.click());
    const event = await oneEvent(el, 'tmj-notice-dismiss');
    expect(event.detail).to.deep.equal({ id });
    expect(event.composed).to.equal(false);
  });

  it('shows at most two, the urgent one first, and only the needs-action one takes focus', async () => {
    const { el } = await stack([{ code: 'muted-by-others' }, { code: 'network' }, { code: 'meeting-ended' }]);
    const shown = notices(el).map((n) => n.dataset['code']);
    expect(shown, 'two, highest priority first').to.deep.equal(['meeting-ended', 'network']);
    expect(el.shadowRoot!.activeElement, 'focus on the ended notice action').to.equal(
      notices(el)[0]!.querySelector('[part~="notice-action"]'),
    );
    await expect(el).to.be.accessible();
  });

  it('explains how to fix blocked permissions, with a retry action', async () => {
    const { el } = await stack([{ code: 'permission-denied' }]);
    const [n] = notices(el);
    expect(n!.textContent).to.contain(en.permissionHelp);
    expect(n!.querySelector('[part~="notice-action"]')!.textContent!.trim()).to.equal(en.actions['fix-permissions']);
    await expect(el).to.be.accessible();
  });

  it('falls back to the core error text for codes without a notice string', async () => {
    const { el } = await stack([{ code: 'chat-load-failed' }]);
    expect(notices(el)[0]!.textContent).to.contain(coreEndStringsEn.errors['chat-load-failed']);
  });

  it('renders each in-call state with text and no empty buttons', async () => {
    for (const code of ['reconnecting', 'reconnected', 'device-failed', 'lobby-timeout', 'network'] as const) {
      const { el } = await stack([{ code }]);
      const [n] = notices(el);
      expect(n!.querySelector('.text')!.textContent!.trim().length, `${code} has text`).to.be.greaterThan(5);
      await expect(el, code).to.be.accessible();
    }
  });

  it('does not move focus again when the same notices are re-rendered', async () => {
    const { el, q } = await stack([{ code: 'denied' }]);
    const outside = document.createElement('button');
    outside.textContent = 'outside';
    document.body.append(outside);
    outside.focus();
    el.notices = [...q.visible()];
    await el.updateComplete;
    expect(document.activeElement, 'focus stays where the visitor put it').to.equal(outside);
    outside.remove();
  });

  it('speaks German with lang="de"', async () => {
    const { el } = await stack([{ code: 'reconnecting' }], 0, 'de');
    await waitUntil(() => notices(el)[0]!.textContent!.includes(noticesStringsDe.messages.reconnecting), 'German', {
      timeout: 3000,
    });
  });

});

describe('<tmj-notice-stack> lifecycle', () => {
  it('runs the lobby clock only while the lobby notice is shown and stops it on disconnect', async () => {
    const live = new Set<number>();
    const { setInterval: si, clearInterval: ci } = window;
    window.setInterval = ((fn: TimerHandler, ms?: number) => {
      const id = si(fn, ms);
      live.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) live.delete(id);
      ci(id);
    }) as typeof window.clearInterval;
    try {
      const { el } = await stack([{ code: 'lobby-waiting' }]);
      expect(live.size, 'clock runs for the lobby notice').to.equal(1);
      el.notices = [];
      await el.updateComplete;
      expect(live.size, 'clock stops when the lobby notice goes').to.equal(0);
      const again = await stack([{ code: 'lobby-waiting' }]);
      again.el.remove();
      expect(live.size, 'clock stops on disconnect').to.equal(0);
    } finally {
      window.setInterval = si;
      window.clearInterval = ci;
    }
  });
});
