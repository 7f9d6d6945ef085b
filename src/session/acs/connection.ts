/**
 * The ACS session's connection to the service: calling SDK loading, `CallClient`, token credential with the
 * refresher, and the call agent (`createCallAgent` / `createTeamsCallAgent`) with its time bound. Released agent
 * first, then the client after a settle delay (see `release`).
 */
import type { BackgroundDeps } from './background-binding.js';
import { TmjError } from '../../core/errors.js';
import type { ChatControllerOptions } from '../chat/index.js';
import type { JoinRequest, TokenSource } from '../types.js';
import type { SessionChat } from './chat-start.js';
import { mapSdkError } from './end-reasons.js';
import { listen, type Off } from './listen.js';
import type { CallingSdk, SessionAgent, SessionCallClient } from './sdk-types.js';
import { attempt, rawIdFromToken, withTimeout } from './sdk-util.js';
import { createTokenRefresher } from '../token-refresher.js';

export interface AcsSessionDeps {
  /** Loads the calling SDK (default: `import('./calling-sdk.js')`). */
  readonly loadSdk?: (() => Promise<CallingSdk>) | undefined;
  /** Creates the chat (default: a `ChatController` over the real Chat SDK, loaded on demand). */
  readonly createChat?: ((options: ChatControllerOptions) => SessionChat | Promise<SessionChat>) | undefined;
  /** `createCallAgent` may resolve only after ~14 s offline; give up after this. Default 30 s. */
  readonly agentTimeoutMs?: number | undefined;
  /** A call still `connecting` after this is ended as `network`. Default 45 s (lobby is not connecting). */
  readonly connectTimeoutMs?: number | undefined;
  readonly tokenBackoffMs?: readonly number[] | undefined;
  /** How long leave() waits for the SDK to confirm a hang-up before ending the call anyway. Default 5 s. */
  readonly hangUpTimeoutMs?: number | undefined;
  /** Delay between disposing the call agent and the call client (see `Connection.release`). Default 2000 ms. */
  readonly clientDisposeDelayMs?: number | undefined;
  /** The effects package loader and page-policy probe (tests pass doubles; `background-binding.ts`). */
  readonly effects?: Partial<BackgroundDeps> | undefined;
  /** Where `pagehide` is listened for (default `globalThis`); `null` = nowhere. */
  readonly pageEvents?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null | undefined;
}

export type SdkLocator = { meetingLink: string } | { meetingId: string; passcode?: string };

export function toSdkLocator(request: JoinRequest): SdkLocator {
  const locator = request.locator;
  if (locator.kind === 'link' && locator.link) return { meetingLink: locator.link };
  if (locator.kind === 'meeting-id' && locator.meetingId) {
    return locator.passcode ? { meetingId: locator.meetingId, passcode: locator.passcode } : { meetingId: locator.meetingId };
  }
  throw new TmjError('missing-locator');
}

/** An error the SDK threw, as a `TmjError` mapped by its code/subCode (`end-reasons.ts`). */
export function sdkError(error: unknown, fallback: Parameters<typeof mapSdkError>[1]): TmjError {
  const mapped = mapSdkError(error, fallback);
  return new TmjError(mapped.code, mapped.detail, { cause: error });
}

export async function loadCallingSdk(deps: AcsSessionDeps): Promise<CallingSdk> {
  try {
    return deps.loadSdk ? await deps.loadSdk() : (await import('./calling-sdk.js')).callingSdk;
  } catch (error) {
    throw new TmjError('sdk-load-failed', 'calling', { cause: error });
  }
}

export interface ConnectHooks {
  readonly tokenSource: TokenSource;
  readonly deps: AcsSessionDeps;
  readonly signal: AbortSignal;
  /** Throws when the visitor left or the session was disposed meanwhile. */
  checkAlive(): void;
  /** Token refresh is retrying. */
  onRefreshWarning(): void;
  /** Token refresh gave up: the token will expire. */
  onTokenExpired(): void;
  /** The agent lost its connection because the service rejected the token. */
  onInvalidToken(): void;
}

export class Connection {
  client: SessionCallClient | undefined;
  credential: ReturnType<CallingSdk['createCredential']> | undefined;
  agent: SessionAgent | undefined;
  /** The visitor's raw id from the token (`8:acs:…`). */
  selfId = '';
  #offAgent: Off | undefined;

  /** Creates client, credential and agent; each is kept as soon as it exists so `release` can dispose it. */
  async open(
    sdk: CallingSdk,
    request: JoinRequest,
    hooks: ConnectHooks,
  ): Promise<{ client: SessionCallClient; agent: SessionAgent }> {
    let client: SessionCallClient;
    try {
      client = sdk.createCallClient();
    } catch (error) {
      throw sdkError(error, 'unsupported-browser');
    }
    this.client = client;

    const initial = await hooks.tokenSource.getToken({ signal: hooks.signal });
    hooks.checkAlive();
    this.selfId = rawIdFromToken(initial.token);
    const refresher = createTokenRefresher({
      source: hooks.tokenSource,
      initial,
      backoffMs: hooks.deps.tokenBackoffMs,
      signal: hooks.signal,
      onWarning: hooks.onRefreshWarning,
      onExpired: hooks.onTokenExpired,
    });
    const credential = sdk.createCredential(initial.token, refresher);
    this.credential = credential;

    const agent = await withTimeout(
      request.identity === 'teams'
        ? client.createTeamsCallAgent(credential)
        : client.createCallAgent(credential, { displayName: request.displayName }),
      hooks.deps.agentTimeoutMs ?? 30_000,
      'call-agent-timeout',
      // An agent that arrives after we gave up must not linger (it holds a connection and the token).
      (late) => void late.dispose().catch(() => undefined),
    ).catch((error: unknown) => {
      if (error instanceof TmjError) throw error;
      throw sdkError(error, 'join-failed');
    });
    this.agent = agent;
    hooks.checkAlive();
    this.#offAgent = listen(agent, 'connectionStateChanged', (args: { newValue: string; reason?: string | undefined }) => {
      if (args.newValue === 'Disconnected' && args.reason === 'invalidToken') hooks.onInvalidToken();
    });
    return { client, agent };
  }

  /** Disposes agent, client and credential. Safe to call repeatedly. */
  release(clientDisposeDelayMs: number): void {
    this.#offAgent?.();
    this.#offAgent = undefined;
    const agent = this.agent;
    this.agent = undefined;
    const client = this.client;
    this.client = undefined;
    // Agent first, then the client (which owns the device manager and the SDK's workers). Measured with SDK
    // 2.0.0: disposing the client right after a call ends races the SDK's own post-call audio work (an uncaught
    // "reading 'updateDevices'" TypeError inside the SDK), so the client goes after a short settle time.
    const agentGone = agent ? agent.dispose().catch(() => undefined) : Promise.resolve();
    if (client) {
      void agentGone.then(() => {
        setTimeout(() => void client.dispose().catch(() => undefined), clientDisposeDelayMs);
      });
    }
    attempt(() => this.credential?.dispose());
    this.credential = undefined;
  }
}
