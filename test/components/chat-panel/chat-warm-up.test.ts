/**
 * The chat panel's module warms the sanitiser while the page is idle after it loaded (issue 10 req 6;
 * src/components/chat-panel/chat-panel.component.ts, core/sanitize.ts warmChatSanitizer), in a page of its own:
 * once the page had idle time, every warm-up round has run (the sanitiser says there is nothing left to warm)
 * without the test calling it, and no Trusted Types policy was made by it.
 */
import { expect } from '@open-wc/testing';
import { warmChatSanitizer } from '../../../src/core/sanitize.js';

const created: string[] = [];
const tt = (globalThis as { trustedTypes?: { createPolicy: (name: string, rules: object) => unknown } }).trustedTypes;
if (tt && typeof tt.createPolicy === 'function') {
  const real = tt.createPolicy.bind(tt);
  tt.createPolicy = (name, rules) => (created.push(name), real(name, rules));
}
// Imported after the spy is in place (a dynamic import: static ones would run first).
const loaded = import('../../../src/components/chat-panel/chat-panel.js');

const idle = (): Promise<number> =>
  new Promise((r) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback((d) => r(d.timeRemaining()), { timeout: 500 }) : setTimeout(() => r(0), 50),
  );

describe('chat panel: sanitiser warm-up when the module loads', () => {
  it('has run every round once the page was idle, and made no Trusted Types policy', async () => {
    await loaded;
    // Idle time (WebKit has no requestIdleCallback: the warm-up then runs on timers), 60 idle periods (a few are enough: 40 short rounds in slices of ≤ 12 ms).
    for (let i = 0; i < 60; i++) await idle();
    expect(warmChatSanitizer(), 'nothing left to warm: the module ran all its rounds').to.equal(false);
    expect(created.filter((n) => n === 'dompurify'), 'the warm-up made no dompurify policy').to.deep.equal([]);
  });
});
