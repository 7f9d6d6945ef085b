declare const __TMJ_DEV__: boolean | undefined;

/**
 * Development mode: on when running from source (tests, dev server); in built bundles the build replaces
 * `__TMJ_DEV__` with `false`, so it is on only when the page opts in with `window.TMJ_DEV = true`
 * before loading the script (the demo page does).
 */
export const DEV: boolean =
  typeof __TMJ_DEV__ === 'undefined'
    ? true
    : __TMJ_DEV__ || (globalThis as { TMJ_DEV?: unknown }).TMJ_DEV === true;
