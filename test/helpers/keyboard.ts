/**
 * Real key presses that mean the same in Chromium, Firefox and WebKit (see keys-plugin.mjs for why the
 * runner's own `sendKeys` does not). Use these, not `sendKeys`, in any test that types or presses keys.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** Types `text` into the focused element, one key per character (space and newline are real key presses). */
export async function typeText(text: string): Promise<void> {
  await executeServerCommand('tmj-keys', { type: text });
}

/** Presses one key, optionally with held modifiers: `press('Enter')`, `press('Shift+Enter')`, `press('Space')`. */
export async function press(combo: string): Promise<void> {
  await executeServerCommand('tmj-keys', { press: combo });
}
