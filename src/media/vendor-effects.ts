/**
 * Where Microsoft documents ACS background effects (`@azure/communication-calling-effects`) to run: desktop Chrome and
 * Edge (Windows, Mac) and Safari on Mac (Microsoft Learn, "Quickstart: Add video effects to your video calls" and
 * "Adding visual effects to a video call"); never a mobile browser (the rule). A first guess, so the choices
 * can be offered without downloading the 4.3 MB package; the SDK's own `isSupported` decides on the first pick.
 * Dependency-free: the pre-join chunk and the ACS session both import it.
 */
export function backgroundPlatform(nav: Pick<Navigator, 'userAgent'> & { userAgentData?: { mobile?: boolean } } = navigator): boolean {
  const ua = nav.userAgent;
  if (nav.userAgentData?.mobile === true || /Mobi|Android|iPhone|iPad/i.test(ua)) return false;
  const chromium = /Chrome\/|Edg\//.test(ua) && !/OPR\//.test(ua);
  const safari = /Macintosh/.test(ua) && /Safari\//.test(ua) && !/Chrome\/|Chromium\/|Firefox\//.test(ua);
  return chromium || safari;
}
