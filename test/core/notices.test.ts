import { aTimeout, expect } from '@open-wc/testing';
import {
  MAX_VISIBLE_NOTICES,
  NoticeQueue,
  noticeDefaults,
  scheduleNoticeExpiry,
  type NoticeCode,
} from '../../src/core/notices.js';

const codes = (q: NoticeQueue) => q.visible().map((n) => n.code);

describe('notices: queue', () => {
  it('shows at most two notices at once', () => {
    const q = new NoticeQueue();
    q.push({ code: 'muted-by-others' }, 1);
    q.push({ code: 'network' }, 2);
    q.push({ code: 'device-failed' }, 3);
    q.push({ code: 'chat-polling' }, 4);
    expect(q.all().length, 'all four are queued').to.equal(4);
    expect(q.visible().length, 'two visible').to.equal(2);
    expect(MAX_VISIBLE_NOTICES).to.equal(2);
  });

  it('puts errors that need action first, then by severity, then the newest', () => {
    const q = new NoticeQueue();
    q.push({ code: 'muted-by-others' }, 1); // info
    q.push({ code: 'network' }, 2); // warning
    q.push({ code: 'not-permitted', needsAction: false, severity: 'error' }, 3); // error without action
    expect(codes(q), 'error before warning').to.deep.equal(['not-permitted', 'network']);
    q.push({ code: 'denied' }, 4); // error needing action
    expect(codes(q), 'needs-action error first').to.deep.equal(['denied', 'not-permitted']);
  });

  it('among equals, the newest comes first', () => {
    const q = new NoticeQueue();
    q.push({ code: 'network' }, 1);
    q.push({ code: 'device-failed' }, 2);
    expect(codes(q)).to.deep.equal(['device-failed', 'network']);
  });

  it('"reconnected" replaces "reconnecting"', () => {
    const q = new NoticeQueue();
    q.push({ code: 'reconnecting' }, 1);
    q.push({ code: 'reconnected' }, 2);
    expect(q.all().map((n) => n.code)).to.deep.equal(['reconnected']);
  });

  it('the end of a call replaces the lobby and reconnection notices', () => {
    for (const end of ['denied', 'removed', 'meeting-ended', 'lobby-timeout', 'call-failed'] as NoticeCode[]) {
      const q = new NoticeQueue();
      q.push({ code: 'lobby-waiting' }, 1);
      q.push({ code: 'reconnecting' }, 2);
      q.push({ code: 'muted-by-others' }, 3);
      q.push({ code: end }, 4);
      expect(
        q.all().map((n) => n.code),
        `${end} keeps unrelated notices only`,
      ).to.have.members([end, 'muted-by-others']);
    }
  });

  it('pushing a code already queued replaces it instead of stacking duplicates', () => {
    const q = new NoticeQueue();
    const first = q.push({ code: 'network' }, 1);
    const second = q.push({ code: 'network' }, 2);
    expect(q.all().length).to.equal(1);
    expect(q.all()[0]!.id, 'the new one stays').to.equal(second.id);
    expect(second.id).to.not.equal(first.id);
  });

  it('replace(code, …) swaps notices by code', () => {
    const q = new NoticeQueue();
    q.push({ code: 'device-failed' }, 1);
    q.replace('device-failed', { code: 'media-no-device' }, 2);
    expect(q.all().map((n) => n.code)).to.deep.equal(['media-no-device']);
  });

  it('dismiss removes by id; dismissCode by code; both report whether anything changed', () => {
    const q = new NoticeQueue();
    const a = q.push({ code: 'network' }, 1);
    q.push({ code: 'lobby-waiting' }, 2);
    expect(q.dismiss(a.id)).to.equal(true);
    expect(q.dismiss(a.id), 'second dismiss is a no-op').to.equal(false);
    expect(q.dismissCode('lobby-waiting')).to.equal(true);
    expect(q.all()).to.deep.equal([]);
  });

  it('auto-dismisses on time (explicit clock)', () => {
    const q = new NoticeQueue();
    const n = q.push({ code: 'reconnected' }, 1000);
    q.push({ code: 'lobby-waiting' }, 1000);
    expect(q.nextExpiry(), 'expiry = push time + autoDismissMs').to.equal(1000 + n.autoDismissMs!);
    expect(q.expire(1000 + n.autoDismissMs! - 1), 'not early').to.equal(false);
    expect(q.expire(1000 + n.autoDismissMs!)).to.equal(true);
    expect(q.all().map((x) => x.code), 'sticky lobby notice stays').to.deep.equal(['lobby-waiting']);
    expect(q.nextExpiry()).to.equal(null);
  });

  it('notifies subscribers of every change and stops after unsubscribe', () => {
    const q = new NoticeQueue();
    let calls = 0;
    const off = q.subscribe(() => calls++);
    const n = q.push({ code: 'network' }, 1);
    q.dismiss(n.id);
    q.dismiss(n.id);
    expect(calls, 'push + dismiss, not the no-op').to.equal(2);
    off();
    q.push({ code: 'network' }, 2);
    expect(calls).to.equal(2);
  });

  it('scheduleNoticeExpiry removes expiring notices with real timers and stops on abort', async () => {
    const q = new NoticeQueue();
    const controller = new AbortController();
    scheduleNoticeExpiry(q, controller.signal);
    q.push({ code: 'muted-by-others', autoDismissMs: 30 }, Date.now());
    await aTimeout(80);
    expect(q.all(), 'expired').to.deep.equal([]);
    controller.abort();
    q.push({ code: 'muted-by-others', autoDismissMs: 10 }, Date.now());
    await aTimeout(50);
    expect(q.all().length, 'no timer after abort').to.equal(1);
  });
});

describe('notices: defaults for every state a visitor can land in', () => {
  const table: ReadonlyArray<[NoticeCode, string, string | undefined, boolean]> = [
    ['lobby-waiting', 'info', 'cancel', false],
    ['denied', 'error', 'rejoin', true],
    ['removed', 'error', 'rejoin', true],
    ['meeting-ended', 'info', 'rejoin', true],
    ['lobby-timeout', 'error', 'rejoin', true],
    ['reconnecting', 'warning', undefined, false],
    ['reconnected', 'info', 'dismiss', false],
    ['network', 'warning', 'dismiss', false],
    ['device-failed', 'warning', 'retry', false],
    ['muted-by-others', 'info', 'dismiss', false],
    ['permission-denied', 'warning', 'fix-permissions', false],
  ];
  for (const [code, severity, action, needsAction] of table) {
    it(`${code}: ${severity}, action ${action ?? 'none'}, ${needsAction ? 'takes focus' : 'never takes focus'}`, () => {
      const d = noticeDefaults(code);
      expect(d.severity, 'severity').to.equal(severity);
      expect(d.action, 'action').to.equal(action);
      expect(d.needsAction, 'needsAction').to.equal(needsAction);
    });
  }

  it('only notices that need action may take focus (everything else is needsAction: false)', () => {
    const q = new NoticeQueue();
    for (const code of ['lobby-waiting', 'reconnecting', 'network', 'muted-by-others', 'permission-denied'] as const) {
      expect(q.push({ code }, 1).needsAction, code).to.equal(false);
    }
  });

  it('waiting in the lobby and reconnecting cannot be dismissed by the visitor', () => {
    expect(noticeDefaults('lobby-waiting').sticky).to.equal(true);
    expect(noticeDefaults('reconnecting').sticky).to.equal(true);
  });

  it('unknown configuration errors fall back to a dismissible error', () => {
    expect(noticeDefaults('invalid-link')).to.deep.include({ severity: 'error', action: 'dismiss', needsAction: false });
  });
});
