// The WordPress recipe (examples/wordpress/teams-meeting-join/) run by php-cli on WordPress's own wp-includes
// (Debian's wordpress package, unpacked by .ci/setup.mjs; see test/wordpress/harness.php for the three stand-ins
// for the database and the script queue). The shortcode goes through WordPress's real shortcode parser and
// escaping; the block's render callback gets block.json's defaults under the saved attributes, as WordPress
// passes them. What the plugin prints is then parsed by Chromium with the built widget loaded: hostile values stay
// inside their attributes (one element, no injected node, nothing runs), unsafe URLs are dropped, and the widget
// shows its own specific message for a javascript: meeting link instead of a blank box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../../.ci/chromium.mjs';
import { WORDPRESS_ROOT, PHP_PATH } from '../../.ci/setup.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PLUGIN = join(root, 'examples/wordpress/teams-meeting-join/teams-meeting-join.php');
const LINK = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_WP%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d';

/** Runs the plugin inside WordPress's code on these shortcodes and block attribute sets. */
function wordpress(/** @type {{shortcodes?: string[], blocks?: object[]}} */ input) {
  assert.ok(existsSync(PHP_PATH), `php-cli at ${PHP_PATH} (node .ci/setup.mjs installs it)`);
  assert.ok(existsSync(join(WORDPRESS_ROOT, 'wp-includes/shortcodes.php')), `WordPress's wp-includes in ${WORDPRESS_ROOT} (node .ci/setup.mjs unpacks it)`);
  const out = execFileSync(PHP_PATH, [join(root, 'test/wordpress/harness.php')], {
    input: JSON.stringify({ shortcodes: [], blocks: [], ...input }),
    env: { ...process.env, WP_ROOT: WORDPRESS_ROOT, PLUGIN_FILE: PLUGIN },
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
});
after(async () => {
  await browser?.close();
});

/** The HTML as a browser parses it, with the built widget loaded: every element, and the widget's attributes. */
async function parse(/** @type {string} */ html) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('http://wp.test/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: `<!doctype html><body><script type="module" src="/cdn/teams-meeting-join.js"></script>${html}</body>` });
    const file = join(root, path);
    if (!path.startsWith('/cdn/') || !existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) });
  });
  await page.goto('http://wp.test/');
  await page.waitForFunction(() => customElements.get('teams-meeting-join'));
  const dom = await page.evaluate(() => ({
    tags: [...document.body.querySelectorAll('*')].map((e) => e.localName),
    widgets: [...document.querySelectorAll('teams-meeting-join')].map((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]))),
    pwned: /** @type {any} */ (window).__pwned,
  }));
  return { page, errors, ...dom };
}

test('the shortcode renders the element with attributes only, and the script as one module', async () => {
  const out = wordpress({ shortcodes: [`[teams_meeting_join meeting_link="${LINK}" token_url="/wp-json/tmj/v1/token" theme="dark" lang="fr" no_chat="true" no_video="false" privacy_policy_url="https://example.com/privacy" height="640"]`] });
  const { widgets, tags, page } = await parse(out.shortcodes[0]);
  assert.deepEqual(tags.filter((t) => t !== 'script'), ['teams-meeting-join']);
  assert.deepEqual(widgets, [
    {
      'meeting-link': LINK,
      'token-url': '/wp-json/tmj/v1/token',
      'privacy-policy-url': 'https://example.com/privacy',
      lang: 'fr',
      theme: 'dark',
      'no-chat': '',
      style: 'display:block;height:640px',
    },
  ]);
  await page.close();
  assert.deepEqual(out.enqueued[0], ['teams-meeting-join', 'https://example.test/wp-content/plugins/teams-meeting-join/cdn/teams-meeting-join.js']);
  assert.match(out.scriptTag, /^<script type="module" /, 'the pasted script is printed as an ES module');
});

test('hostile shortcode values stay inside their attributes; unsafe URLs and unknown values are dropped', async () => {
  const hostile = `"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
  const codes = [
    `[teams_meeting_join meeting_link="${LINK}" display_name='${hostile}' token_url="javascript:window.__pwned=1" privacy_policy_url="data:text/html,<script>window.__pwned=1</script>" theme="dark&quot; onload=&quot;window.__pwned=1" no_chat="0" height="99999"]`,
    `[teams_meeting_join meeting_link="${LINK}" display_name="a' onmouseover='window.__pwned=1" passcode="</teams-meeting-join><script>window.__pwned=1</script>" acs_endpoint="http://insecure.example" token_url="//evil.example/t"]`,
    `[teams_meeting_join meeting_link="${LINK}" onload="window.__pwned=1" style="position:fixed" lang="&lt;/x&gt;"]`,
  ];
  const out = wordpress({ shortcodes: codes });
  for (const [i, html] of out.shortcodes.entries()) {
    const { widgets, tags, pwned, page, errors } = await parse(html);
    assert.deepEqual(tags.filter((t) => t !== 'script'), ['teams-meeting-join'], `shortcode ${i}: one element, nothing injected: ${html}`);
    assert.equal(pwned, undefined, `shortcode ${i}: nothing ran`);
    assert.equal(widgets.length, 1);
    const [w] = widgets;
    assert.ok(!('onload' in w) && !('onmouseover' in w), `shortcode ${i}: no event-handler attribute`);
    assert.match(w.style, /^display:block;height:\d+px$/, `shortcode ${i}: only the plugin's own style`);
    if (i === 0) {
      assert.equal(w['display-name'], hostile, 'the hostile name is the literal text of one attribute');
      assert.equal(w['token-url'], undefined, 'javascript: token URL dropped');
      assert.equal(w['privacy-policy-url'], undefined, 'data: privacy URL dropped');
      assert.doesNotMatch(html, /theme=/, 'a theme other than light/dark/auto is dropped (the element then reflects its default)');
      assert.equal(w['no-chat'], undefined, '"0" is false');
      assert.equal(w.style, 'display:block;height:1200px', 'the height is clamped');
    }
    if (i === 1) {
      assert.equal(w['display-name'], "a' onmouseover='window.__pwned=1");
      assert.equal(w.passcode, '</teams-meeting-join><script>window.__pwned=1</script>');
      assert.equal(w['acs-endpoint'], undefined, 'an http: ACS endpoint is dropped (https only)');
      assert.equal(w['token-url'], undefined, 'a protocol-relative URL to another host is not a site path');
    }
    if (i === 2) assert.equal(w.lang, '</x>', 'entities decode to text, still inside the attribute');
    assert.deepEqual(errors, [], `shortcode ${i}: no page error`);
    await page.close();
  }
});

test('the block: block.json attributes map onto the element, defaults applied, hostile values escaped, and a javascript: link gets the widget\'s own message', async () => {
  const block = JSON.parse(readFileSync(join(root, 'examples/wordpress/teams-meeting-join/block/block.json'), 'utf8'));
  const manifestAttrs = new Set(
    JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'))
      .modules.flatMap((m) => m.declarations ?? [])
      .find((d) => d.tagName === 'teams-meeting-join')
      .attributes.map((a) => a.name),
  );
  for (const name of Object.keys(block.attributes)) {
    if (name === 'height') continue;
    const attr = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    assert.ok(manifestAttrs.has(attr), `block attribute ${name} is the element's ${attr}`);
  }
  assert.equal(block.editorScript, 'file:./editor.js', 'the editor script is plain JS (no build step)');

  const out = wordpress({
    blocks: [
      // (A block's attributes arrive unparsed: a /\\host URL, which browsers read as //host, is not a site path.)
      { meetingLink: LINK, tokenUrl: '/token', noVideo: true, displayName: '<b onclick=x>Bold</b>', privacyPolicyUrl: '/\\evil.example/p' },
      { meetingLink: 'javascript:alert(document.cookie)', tokenUrl: '/token', theme: 'auto' },
    ],
  });
  const first = await parse(out.blocks[0]);
  assert.deepEqual(first.widgets, [{ 'meeting-link': LINK, 'display-name': '<b onclick=x>Bold</b>', 'token-url': '/token', theme: 'light', 'no-video': '', style: 'display:block;height:560px' }]);
  assert.deepEqual(first.tags.filter((t) => t !== 'script'), ['teams-meeting-join']);
  await first.page.close();

  const second = await parse(out.blocks[1]);
  assert.equal(second.widgets[0]['meeting-link'], 'javascript:alert(document.cookie)', 'the link reaches the widget escaped, for it to refuse');
  const error = second.page.locator('teams-meeting-join').locator('[part~="error"][data-code="link-unsafe-scheme"]');
  await error.waitFor({ timeout: 15000 });
  assert.match(await error.innerText(), /\S/, 'the widget shows its specific message, not a blank box');
  assert.equal(second.pwned, undefined);
  await second.page.close();
});
