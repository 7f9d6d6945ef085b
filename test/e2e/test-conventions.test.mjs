// Conventions the three-engine suite depends on, checked over the test sources (no browser):
// tests type and press keys through test/helpers/keyboard.ts, never @web/test-runner's sendKeys, whose key names
// mean different things per driver (WebDriver BiDi rejects "Space" and "Shift+Enter"; WebKitWebDriver drops typed
// spaces and types "Shift+Enter" literally), so a sendKeys test passes in Chromium and fails or lies elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEST_DIR = join(ROOT, 'test');

/** @returns {string[]} */
function testSources(dir = TEST_DIR) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'e2e' ? [] : testSources(path);
    return /\.(ts|js|mjs)$/.test(e.name) ? [path] : [];
  });
}

test('unit and element tests press keys through test/helpers/keyboard.ts, not sendKeys', () => {
  const offenders = testSources()
    .filter((p) => !p.endsWith(join('helpers', 'keyboard.ts')) && !p.endsWith(join('helpers', 'keys-plugin.mjs')))
    .filter((p) => /\bsendKeys\s*\(/.test(readFileSync(p, 'utf8')))
    .map((p) => relative(ROOT, p));
  assert.deepEqual(offenders, [], `use typeText()/press() from test/helpers/keyboard.ts instead of sendKeys in: ${offenders.join(', ')}`);
});
