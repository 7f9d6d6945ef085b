// Makes sure Debian's Chromium is there before any browser test runs. Installs the `chromium` package
// when running as root; otherwise stops with the exact command to run. Never downloads a browser build.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { CHROMIUM_PATH } from './chromium.mjs';

if (existsSync(CHROMIUM_PATH)) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`Chromium not found at ${CHROMIUM_PATH}: installing Debian's chromium package…`);
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  } catch {
    /* reported below */
  }
  if (existsSync(CHROMIUM_PATH)) process.exit(0);
}
console.error(
  `Chromium is required for the tests and was not found at ${CHROMIUM_PATH}.\n` +
    `Install it with:\n\n    sudo apt-get update && sudo apt-get install -y chromium\n\n` +
    `or point CHROMIUM_PATH at an existing Chromium/Chrome binary.`,
);
process.exit(1);
