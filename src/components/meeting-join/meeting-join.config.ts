/**
 * Validation of the host element's configuration (DOM-free). Runs on connect and whenever a configuration
 * attribute or property changes, so a CMS that sets attributes late recovers from an early error.
 */
import type { ErrorCode } from '../../core/errors.js';
import {
  meetingIdLocator,
  quickMeetingLink,
  type MeetingLocator,
} from '../../core/meeting-link-core.js';
import type { IdentityMode } from '../../session/types.js';

export interface JoinConfigInput {
  readonly meetingLink?: string | undefined;
  readonly meetingId?: string | undefined;
  readonly passcode?: string | undefined;
  readonly tokenUrl?: string | undefined;
  /** The site's token callback (only whether it is a function matters here). */
  readonly tokenProvider?: unknown;
  readonly identity?: string | undefined;
  readonly emulator?: string | undefined;
  /** Microsoft 365 sign-in by attributes: `aad-client-id` (`teams-token-url`, `aad-authority` are read when signing in). */
  readonly aadClientId?: string | undefined;
  /** The site's Microsoft 365 token callback (only whether it is a function matters here). */
  readonly teamsTokenProvider?: unknown;
}

/** `choice` lets the visitor pick on the pre-join screen: guest (`acs`) or Microsoft 365 (`teams`). */
export type ConfigIdentity = IdentityMode | 'choice';

export type JoinConfig =
  | {
      readonly ok: true;
      readonly locator: MeetingLocator;
      readonly identity: ConfigIdentity;
      /** Set only when the `emulator` attribute selects the development emulator session. */
      readonly emulatorUrl?: string | undefined;
    }
  | { readonly ok: false; readonly code: ErrorCode };

const present = (value: string | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/** The lazy half of validation (`meeting-join.config-full.ts`). */
export type FullValidation = typeof import('./meeting-join.config-full.js');

/**
 * Checks, in order: locator, token source, identity, Microsoft 365 setup, emulator URL. The first problem wins.
 * Without `full` it
 * decides what the pasted script can (`quickMeetingLink`) and returns `undefined` for a link only the full parser
 * reads or an `emulator` attribute (development only): validate again with `full`.
 */
export function validateConfig(input: JoinConfigInput, full?: FullValidation): JoinConfig | undefined {
  const hasLink = present(input.meetingLink);
  const hasId = present(input.meetingId);
  if (hasLink && hasId) return { ok: false, code: 'conflicting-locators' };
  if (!hasLink && !hasId) return { ok: false, code: 'missing-locator' };
  const parsed = hasLink
    ? (full?.parseMeetingLink ?? quickMeetingLink)(input.meetingLink!.trim())
    : meetingIdLocator(input.meetingId!, input.passcode ?? '');
  if (!parsed) return undefined;
  if (!parsed.ok) return { ok: false, code: parsed.code };
  const identity = ((input.identity ?? 'acs').trim() || 'acs') as ConfigIdentity;
  // Microsoft 365 sign-in is set up by `teamsTokenProvider`, or `aad-client-id` (+ `teams-token-url`, checked when
  // signing in by the lazy driver chunk: this file is in the size-budgeted pasted script).
  const m365 = typeof input.teamsTokenProvider === 'function' || present(input.aadClientId);
  // Guests need the general token source; `teams` does too unless Microsoft 365 sign-in is set up.
  if (typeof input.tokenProvider !== 'function' && !present(input.tokenUrl) && !(identity === 'teams' && m365)) {
    return { ok: false, code: 'missing-token-source' };
  }
  if (identity !== 'acs' && identity !== 'teams' && identity !== 'choice') return { ok: false, code: 'invalid-identity' };
  if (!m365 && identity === 'choice') return { ok: false, code: 'invalid-m365-setup' };
  if (present(input.emulator)) {
    if (!full) return undefined;
    if (!full.isLoopbackOrigin(input.emulator.trim())) return { ok: false, code: 'invalid-emulator-url' };
    return { ok: true, locator: parsed.locator, identity, emulatorUrl: input.emulator.trim().replace(/\/+$/, '') };
  }
  return { ok: true, locator: parsed.locator, identity };
}
