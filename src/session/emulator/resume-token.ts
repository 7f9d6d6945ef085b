/**
 * Which token a resume of the emulator session's socket carries. A token about to expire is refreshed first;
 * a resume the server refused for its token (revoked while the socket was down) fetches a fresh one and tries
 * once more before the session gives up with `token-rejected`.
 */
import { TmjError } from '../../core/errors.js';
import type { SessionCredential } from '../session-credential.js';

/** A token closer than this to its expiry is refreshed before a resume. */
const RESUME_REFRESH_MARGIN_MS = 60_000;

export class ResumeToken {
  private rejected = false;
  private freshTried = false;

  /** The last resume was refused for its token (the session ends with `token-rejected` if it cannot resume). */
  get rejectedOnResume(): boolean {
    return this.rejected;
  }

  /** The server seated us: a later refusal may try a fresh token again. */
  seated(): void {
    this.freshTried = false;
  }

  /** The server refused a token. True when a resume will try once more with a fresh one. */
  refused(whileReconnecting: boolean): boolean {
    if (!whileReconnecting || this.freshTried) return false;
    this.rejected = true;
    return true;
  }

  /** Before a resume: a fresh token when the current one is about to expire or was just refused. */
  async beforeResume(credential: SessionCredential | undefined, gone: boolean): Promise<void> {
    if (!credential || gone) throw new TmjError('join-failed', 'disposed');
    if (this.rejected) {
      if (this.freshTried) throw new TmjError('token-rejected', 'resume');
      this.freshTried = true;
      await credential.refresh();
      this.rejected = false;
      return;
    }
    if (credential.current.expiresOn.getTime() - Date.now() < RESUME_REFRESH_MARGIN_MS) await credential.refresh();
  }
}
