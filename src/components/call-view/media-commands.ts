/**
 * The call view's media commands, kept out of call-view.component.ts: a toggle asked for by a button, menu
 * item or shortcut (microphone, camera, screen share, raise hand, captions) is carried out on the session and
 * its new state said; commands in flight are kept in `busy`, so a double press does not send two opposite ones.
 */
import type { ReactiveControllerHost } from 'lit';
import type { MeetingSession } from '../../session/types.js';
import type { SelectDeviceDetail, ToggleDetail } from '../call-controls/call-controls.component.js';
import type { CallStrings } from '../shared/call-strings.js';

export interface MediaCommandsHost extends ReactiveControllerHost {
  readonly session: MeetingSession | undefined;
  announce(text: string): void;
}

export class MediaCommands {
  /** Commands in flight (`mic`, `camera`, `share`, `hand`, `captions`). */
  busy: ReadonlySet<string> = new Set();

  constructor(
    private readonly host: MediaCommandsHost,
    private readonly strings: () => CallStrings,
    /** Captions go through the guest controller, which says the result (on/off, or why not). */
    private readonly setCaptions: (on: boolean) => Promise<unknown>,
  ) {}

  #setBusy(busy: ReadonlySet<string>): void {
    this.busy = busy;
    this.host.requestUpdate();
  }

  async toggle({ control, on }: Pick<ToggleDetail, 'control' | 'on'>): Promise<void> {
    const session = this.host.session;
    if (!session || this.busy.has(control)) return;
    this.#setBusy(new Set(this.busy).add(control));
    try {
      if (control === 'captions') {
        await this.setCaptions(on);
        return;
      }
      if (control === 'mic') await session.setMicrophone(on);
      else if (control === 'camera') await session.setCamera(on);
      else if (control === 'share') await session.setScreenShare(on);
      else await session.setHandRaised(on);
      this.host.announce(this.strings()[`${control}${on ? 'On' : 'Off'}Announce`]);
    } catch {
      // The session reports failures as state/warnings (shown as notices); the control just re-enables.
    } finally {
      const next = new Set(this.busy);
      next.delete(control);
      this.#setBusy(next);
    }
  }

  /** Runs another command (background effects, noise suppression) with its controls waiting meanwhile. */
  async busyWhile(key: string, run: () => Promise<void>): Promise<void> {
    if (this.busy.has(key)) return;
    this.#setBusy(new Set(this.busy).add(key));
    try {
      await run();
    } finally {
      const next = new Set(this.busy);
      next.delete(key);
      this.#setBusy(next);
    }
  }

  selectDevice({ kind, id }: SelectDeviceDetail): void {
    void this.host.session?.selectDevice(kind, id).catch(() => undefined);
  }
}
