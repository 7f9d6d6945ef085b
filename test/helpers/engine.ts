/**
 * What the browser running a test lacks, for tests that cannot run in every engine. A skip is never silent:
 * the reason is part of the reported test title ("… — skipped in this browser: …").
 */

/** Why WebRTC calls cannot run here, or '' when they can (Debian's WebKitGTK is built without WebRTC). */
export const noWebRtc =
  typeof RTCPeerConnection === 'undefined'
    ? 'no RTCPeerConnection (this WebKitGTK build has no WebRTC; the widget refuses such browsers before loading any SDK, see meeting-join capability tests)'
    : '';

/** `it(title, fn)`, or, when `reason` is set, `it.skip` with the reason in the title. */
export function itUnless(reason: string, title: string, fn: Mocha.Func | Mocha.AsyncFunc): Mocha.Test {
  if (!reason) return it(title, fn);
  // The runner's summary only counts skips; the browser log (printed per file) names the test and the reason.
  console.info(`[skipped] ${title} — ${reason}`);
  return it.skip(`${title} — skipped in this browser: ${reason}`, fn);
}
