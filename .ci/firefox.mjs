// One place for Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (Playwright's
// Firefox needs Playwright's own patched build; geckodriver is not packaged). Never a downloaded browser.
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/**
 * Prefs that give fake camera/microphone without prompts and a working loopback call. Without
 * `media.peerconnection.ice.loopback` ICE to the emulator's 127.0.0.1 TURN relay fails ("ICE failed, your
 * TURN server appears to be broken"). The rest keep Firefox off the network.
 */
export const FIREFOX_PREFS = {
  'media.navigator.streams.fake': true,
  'media.navigator.permission.disabled': true,
  'media.autoplay.default': 0,
  'media.peerconnection.ice.loopback': true,
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
};

/** puppeteer-core launch options for Firefox (headless). */
export const FIREFOX_LAUNCH = {
  browser: /** @type {const} */ ('firefox'),
  protocol: /** @type {const} */ ('webDriverBiDi'),
  executablePath: FIREFOX_PATH,
  headless: true,
  extraPrefsFirefox: FIREFOX_PREFS,
};
