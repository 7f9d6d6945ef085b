/**
 * The call view's keyboard, kept out of call-view.component.ts: Escape (closes the side panel when focus is in
 * it and returns focus to its control, or leaves the expanded fallback of full screen) and the Teams shortcuts
 * (src/components/shared/shortcuts.ts), which act only while focus is inside the call view.
 */
import type { JoinState } from '../../core/join-state.js';
import type { SessionState } from '../../session/types.js';
import type { TmjCallControls, ToggleDetail } from '../call-controls/call-controls.component.js';
import { shortcutFor } from '../shared/shortcuts.js';
import type { SidePanel } from './call-view.component.js';

/** What a key press may act on (the call view's state and private commands, handed over as closures). */
export interface KeyboardTarget {
  readonly phase: JoinState['phase'];
  readonly panel: SidePanel | undefined;
  readonly expanded: boolean;
  readonly controls: TmjCallControls | null;
  readonly self: SessionState['self'];
  readonly video: boolean;
  /** Closes the open side panel and returns focus to the control that opened it. */
  closePanel(): void;
  /** Opens `panel` (focusing it) or closes it when it is open. */
  togglePanel(panel: SidePanel): void;
  collapse(): void;
  toggle(detail: Pick<ToggleDetail, 'control' | 'on'>): void;
  leave(): void;
}

export function onCallKeydown(event: KeyboardEvent, t: KeyboardTarget): void {
  if (event.key === 'Escape') {
    if (t.panel && event.composedPath().some((n) => n instanceof HTMLElement && n.dataset.panel)) {
      event.preventDefault();
      t.closePanel();
      return;
    }
    if (t.expanded) {
      t.collapse();
      return;
    }
  }
  const action = shortcutFor(event);
  if (!action) return;
  const phase = t.phase;
  if (action === 'leave') {
    if (phase === 'lobby' || phase === 'connecting' || phase === 'connected' || phase === 'reconnecting') {
      event.preventDefault();
      t.leave();
    }
    return;
  }
  if (phase === 'lobby' && (action === 'mic' || action === 'camera')) {
    // The lobby has its own two toggles: the same commands and announcements as in the call.
    event.preventDefault();
    if (action === 'mic') t.toggle({ control: 'mic', on: !t.self.microphoneOn });
    else if (t.video) t.toggle({ control: 'camera', on: !t.self.cameraOn });
    return;
  }
  const controls = t.controls;
  if (!controls) return;
  event.preventDefault();
  switch (action) {
    case 'mic':
      controls.toggleMic('keyboard');
      break;
    case 'camera':
      controls.toggleCamera('keyboard');
      break;
    case 'share':
      controls.toggleShare('keyboard');
      break;
    case 'hand':
      controls.toggleHand('keyboard');
      break;
    case 'chat':
    case 'people':
      t.togglePanel(action);
      break;
  }
}
