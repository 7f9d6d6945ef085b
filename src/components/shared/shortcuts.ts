/**
 * Keyboard shortcuts, active only while focus is inside the call view (never page-wide: the widget lives on
 * someone else's page). Teams' own keys where the browser leaves them alone; Ctrl+Shift+C and Ctrl+Shift+P are
 * browser keys (developer tools, private window), so the panels use Alt+Shift.
 */
export const SHORTCUTS = {
  mic: { ctrl: true, alt: false, key: 'm', aria: 'Control+Shift+M' },
  camera: { ctrl: true, alt: false, key: 'o', aria: 'Control+Shift+O' },
  share: { ctrl: true, alt: false, key: 'e', aria: 'Control+Shift+E' },
  hand: { ctrl: true, alt: false, key: 'k', aria: 'Control+Shift+K' },
  leave: { ctrl: true, alt: false, key: 'h', aria: 'Control+Shift+H' },
  chat: { ctrl: false, alt: true, key: 'c', aria: 'Alt+Shift+C' },
  people: { ctrl: false, alt: true, key: 'p', aria: 'Alt+Shift+P' },
} as const;

export type ShortcutAction = keyof typeof SHORTCUTS;

type KeyLike = Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'key' | 'code'>;

/** Which shortcut a key event means, if any. Cmd counts as Ctrl on macOS. */
export function shortcutFor(event: KeyLike): ShortcutAction | undefined {
  if (!event.shiftKey) return undefined;
  const ctrl = event.ctrlKey || event.metaKey;
  for (const [action, s] of Object.entries(SHORTCUTS) as Array<[ShortcutAction, (typeof SHORTCUTS)[ShortcutAction]]>) {
    if (s.ctrl !== ctrl || s.alt !== event.altKey) continue;
    // `code` keeps it working where Alt/Shift change the produced character (macOS Option, some layouts).
    if (event.key.toLowerCase() === s.key || event.code === `Key${s.key.toUpperCase()}`) return action;
  }
  return undefined;
}
