/**
 * popup-watch.ts: the sign-in popup closed by the visitor before MSAL answers becomes MSAL's own `user_cancelled`
 * (MSAL.js 5 does not look at the window while it waits on its BroadcastChannel). The window here is a stand-in
 * for the popup (named for what it is): an object with `closed`, returned by the watched parent's `open`.
 */
import { expect } from '@open-wc/testing';
import { CLOSE_GRACE_MS, POPUP_POLL_MS, popupWatch } from '../../../src/session/m365/popup-watch.js';
import { msalErrorCode } from '../../../src/session/m365/msal-errors.js';

const stubPopupHost = () => {
  const popup = { closed: false };
  const opened: unknown[][] = [];
  const host = { open: (...args: unknown[]) => (opened.push(args), popup), screenX: 5, innerWidth: 800 } as unknown as Window;
  return { popup, opened, host };
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('popupWatch', () => {
  it('the parent MSAL gets opens through the real window and reads its other properties', () => {
    const { host, opened } = stubPopupHost();
    const w = popupWatch(host);
    w.parent.open('about:blank', 'msal', 'width=400');
    expect(opened).to.deep.equal([['about:blank', 'msal', 'width=400']]);
    expect(w.parent.screenX).to.equal(5);
    expect(w.parent.innerWidth).to.equal(800);
  });

  it('closed before an answer → user_cancelled (m365-cancelled) after the grace period', async () => {
    const { host, popup } = stubPopupHost();
    const w = popupWatch(host);
    w.parent.open('about:blank');
    const result = w.watch(new Promise(() => undefined)).then(
      () => undefined,
      (e: unknown) => e,
    );
    popup.closed = true;
    const error = await result;
    expect(msalErrorCode(error)).to.equal('m365-cancelled');
  });

  it('a sign-in that answers within the grace period after its popup closed itself wins', async () => {
    const { host, popup } = stubPopupHost();
    const w = popupWatch(host);
    w.parent.open('about:blank');
    let answer!: (v: string) => void;
    const run = w.watch(new Promise<string>((r) => (answer = r)));
    popup.closed = true;
    await wait(POPUP_POLL_MS * 2);
    answer('signed in');
    expect(await run).to.equal('signed in');
    await wait(CLOSE_GRACE_MS);
  });

  it("MSAL's own errors pass through unchanged", async () => {
    const { host } = stubPopupHost();
    const w = popupWatch(host);
    const refused = Object.assign(new Error('AADSTS65004'), { errorCode: 'access_denied' });
    const error = await w.watch(Promise.reject(refused)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.equal(refused);
  });
});
