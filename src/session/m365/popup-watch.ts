/**
 * Notices the visitor closing the sign-in popup. MSAL.js 5 waits for the popup's answer on a BroadcastChannel
 * and does not look at the window meanwhile (msal-browser 5.30 `PopupClient.waitForPopupResponse` →
 * `waitForBridgeResponse`, no `closed` check), so a closed popup left the widget on "Joining…" until MSAL's
 * `popupBridgeTimeout` (60 s by default). MSAL opens its popup through the request's `popupWindowParent`
 * (documented in `PopupRequest`); we hand it a parent that records the window it opens, and watch that window.
 *
 * Closed before MSAL answered → rejects like MSAL's own cancel (`errorCode: 'user_cancelled'`, mapped to
 * `m365-cancelled` by msal-errors.ts), after a grace period that lets a successful sign-in (whose redirect page
 * closes the popup itself) settle first.
 */
export interface PopupWatch {
  /** What to pass as `popupWindowParent`. */
  readonly parent: Window;
  /** `run`'s result, or a user_cancelled rejection once the popup is closed without an answer. */
  watch<T>(run: Promise<T>): Promise<T>;
}

export const POPUP_POLL_MS = 250;
export const CLOSE_GRACE_MS = 1500;

export function popupWatch(win: Window = window): PopupWatch {
  let popup: Window | null = null;
  const parent = new Proxy(win, {
    get(target, key) {
      if (key === 'open') return (...args: Parameters<Window['open']>) => (popup = target.open(...args));
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    parent,
    watch<T>(run: Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        let grace: ReturnType<typeof setTimeout> | undefined;
        const poll = setInterval(() => {
          if (!popup?.closed || grace) return;
          grace = setTimeout(
            () => reject(Object.assign(new Error('The sign-in window was closed'), { errorCode: 'user_cancelled' })),
            CLOSE_GRACE_MS,
          );
        }, POPUP_POLL_MS);
        run.then(resolve, reject).finally(() => {
          clearInterval(poll);
          clearTimeout(grace);
        });
      });
    },
  };
}
