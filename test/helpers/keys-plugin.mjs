// The test runner's side of test/helpers/keyboard.ts: real key presses through whichever driver runs the
// browser, with the same key names everywhere. @web/test-runner's own sendKeys passes names through to each
// driver, and they disagree: puppeteer over WebDriver BiDi (Firefox) rejects "Space" and "Shift+Enter",
// WebKitWebDriver drops spaces in typed text and types "Shift+Enter" literally. Here "Shift+Enter" is held
// modifiers around one key in every driver, and a typed space or newline is the Space or Enter key.
//
// Names accepted: single characters, Enter, Tab, Escape, Space, Backspace, Delete, Home, End, PageUp, PageDown,
// ArrowUp/Down/Left/Right, F1–F12, with modifiers Shift, Control, Alt, Meta joined by "+" ("Shift+Tab").

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);
/** WebDriver key code points (W3C WebDriver, "Keyboard actions"), by the names the tests use. */
export const WEBDRIVER_KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
  Escape: '\uE00C', Space: '\uE00D', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017',
  Meta: '\uE03D',
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`F${i + 1}`, String.fromCharCode(0xe031 + i)])),
};

/** "Shift+Enter" → { modifiers: ['Shift'], key: 'Enter' }; a lone "+" is the plus key. */
export function parseCombo(/** @type {string} */ combo) {
  const parts = combo === '+' ? ['+'] : combo.split('+');
  const key = parts.pop() || '+';
  for (const m of parts) if (!MODIFIERS.has(m)) throw new Error(`tmj-keys: unknown modifier "${m}" in "${combo}"`);
  if (key.length !== 1 && !(key in WEBDRIVER_KEYS)) throw new Error(`tmj-keys: unknown key "${key}" in "${combo}"`);
  return { modifiers: parts, key };
}

/** A typed character as a key name: space and newline are the Space and Enter keys. */
const charKey = (/** @type {string} */ c) => (c === ' ' ? 'Space' : c === '\n' ? 'Enter' : c);

async function pressWithPage(/** @type {any} */ page, /** @type {string} */ combo, /** @type {boolean} */ isPuppeteer) {
  const { modifiers, key } = parseCombo(combo);
  // puppeteer's BiDi keyboard knows the space key only as " ".
  const k = isPuppeteer && key === 'Space' ? ' ' : key;
  for (const m of modifiers) await page.keyboard.down(m);
  await page.keyboard.press(k);
  for (const m of [...modifiers].reverse()) await page.keyboard.up(m);
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function keysPlugin() {
  return {
    name: 'tmj-keys',
    async executeCommand({ command, payload, session }) {
      if (command !== 'tmj-keys') return undefined;
      const { type, press } = /** @type {{ type?: string, press?: string }} */ (payload ?? {});
      if ((type === undefined) === (press === undefined)) throw new Error('tmj-keys: pass exactly one of {type} or {press}');
      const browser = /** @type {any} */ (session.browser);
      if (browser.type === 'playwright' || browser.type === 'puppeteer') {
        const page = browser.getPage(session.id);
        if (press !== undefined) await pressWithPage(page, press, browser.type === 'puppeteer');
        else await page.keyboard.type(type); // both type " " and "\n" as the Space and Enter keys
        return true;
      }
      if (browser.type === 'webdriver') {
        // webdriverio's keys(): modifiers stay down until the end of the sequence, then are released.
        if (press !== undefined) {
          const { modifiers, key } = parseCombo(press);
          await browser.sendKeys(session.id, [...modifiers, key].map((k) => WEBDRIVER_KEYS[k] ?? k));
        } else {
          for (const c of /** @type {string} */ (type)) await browser.sendKeys(session.id, [WEBDRIVER_KEYS[charKey(c)] ?? c]);
        }
        return true;
      }
      throw new Error(`tmj-keys: no keyboard for browser type ${browser.type}`);
    },
  };
}
