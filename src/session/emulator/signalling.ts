/**
 * The emulator session's signalling socket (one WebSocket to demo/server, protocol in ./protocol.ts and
 * demo/server/PROTOCOL.md): connecting with a bound, resuming after a drop within the server's reconnection
 * window with backoff, and telling the session when it is over.
 *
 * - A socket that is not open within `connectTimeoutMs` (default 10 s), or that reports `error`, counts as a
 *   failed connection: before the visitor ever got a seat this ends the join (`network`); afterwards it is one
 *   failed resume attempt.
 * - `close()` is final: no timer or reconnect survives it.
 */
import type { ClientMessage, ServerMessage } from './protocol.js';

/** Backoff between reconnection attempts of the signalling socket. */
export const RECONNECT_DELAYS_MS = [250, 500, 1000, 2000, 3000];
export const CONNECT_TIMEOUT_MS = 10_000;

export interface SignallingOptions {
  /** The emulator origin (http/https; the socket uses ws/wss). */
  readonly base: URL;
  readonly connectTimeoutMs?: number | undefined;
  /** The `hello` to send when the socket opens (`resume` after a drop). Undefined = close instead. */
  hello(resume: boolean): ClientMessage | undefined;
  onMessage(message: ServerMessage): void;
  /** The socket dropped after the visitor got a seat: resuming starts (`reconnecting`). */
  onReconnecting(): void;
  /** Before a resume attempt: make sure the token is fresh. Rejecting counts as a failed attempt. */
  beforeResume(): Promise<void>;
  /** It is over: `detail` says why (`connect-timeout`, `no-welcome`, `closed`, `signalling lost`, `websocket`). */
  onFailed(detail: string): void;
}

export class Signalling {
  private readonly options: SignallingOptions;
  private ws: WebSocket | undefined;
  private closed = false;
  private seated = false;
  private reconnecting = false;
  private reconnectStarted = 0;
  private reconnectAttempt = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private connectTimer: ReturnType<typeof setTimeout> | undefined;
  /** The server's reconnection window (from `welcome`). */
  reconnectWindowMs = 10_000;

  constructor(options: SignallingOptions) {
    this.options = options;
  }

  /** The server gave this visitor a seat (`welcome`): from now on a drop is resumed, not failed. */
  seat(): void {
    this.seated = true;
    if (this.reconnecting) {
      this.reconnecting = false;
      this.reconnectAttempt = 0;
    }
  }

  get isReconnecting(): boolean {
    return this.reconnecting;
  }

  connect(resume: boolean): void {
    if (this.closed) return;
    const url = new URL('/emulator/ws', this.options.base);
    url.protocol = this.options.base.protocol === 'https:' ? 'wss:' : 'ws:';
    let ws: WebSocket;
    try {
      ws = new WebSocket(url.href);
    } catch {
      this.lost(undefined, 'websocket');
      return;
    }
    this.ws = ws;
    let welcomed = false;
    let opened = false;
    clearTimeout(this.connectTimer);
    this.connectTimer = setTimeout(() => {
      if (this.ws !== ws || opened) return;
      // No answer at all (a server that accepts TCP and never speaks, a black-holed port): give up this socket.
      this.drop(ws);
      this.lost(ws, 'connect-timeout');
    }, this.options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS);
    ws.onopen = () => {
      opened = true;
      clearTimeout(this.connectTimer);
      const hello = this.options.hello(resume);
      if (!hello) {
        this.drop(ws);
        return;
      }
      ws.send(JSON.stringify(hello));
    };
    ws.onmessage = (e) => {
      if (this.ws !== ws) return;
      let msg: ServerMessage;
      try {
        msg = JSON.parse(String(e.data)) as ServerMessage;
      } catch {
        return;
      }
      if (!msg || typeof msg !== 'object') return;
      if (msg.type === 'welcome') welcomed = true;
      this.options.onMessage(msg);
    };
    // `error` is followed by `close` in every engine that follows the spec, but some report only `error` for
    // a refused connection: handle both, once.
    ws.onerror = () => {
      if (this.ws !== ws) return;
      this.drop(ws);
      this.lost(ws, welcomed ? 'closed' : 'no-welcome');
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.lost(ws, welcomed ? 'closed' : 'no-welcome');
    };
  }

  send(message: ClientMessage): void {
    const ws = this.ws;
    if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
  }

  /** Final: lets a queued message (a `leave`) go out, then closes. No reconnect after this. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    clearTimeout(this.connectTimer);
    const ws = this.ws;
    this.ws = undefined;
    if (!ws) return;
    ws.onclose = null;
    ws.onmessage = null;
    ws.onerror = null;
    ws.onopen = null;
    if (ws.readyState === WebSocket.CONNECTING) {
      // Closing a socket that is still connecting: once it opens it is closed at once, and never says hello.
      ws.onopen = () => ws.close(1000, 'left');
      return;
    }
    setTimeout(() => ws.close(1000, 'left'), 0);
  }

  /** Detaches and closes one socket (after a timeout or an error). */
  private drop(ws: WebSocket): void {
    ws.onopen = null;
    ws.onmessage = null;
    ws.onerror = null;
    ws.onclose = null;
    try {
      ws.close();
    } catch {
      /* already closing */
    }
  }

  private lost(ws: WebSocket | undefined, detail: string): void {
    if (this.closed || (ws && this.ws !== ws)) return;
    this.ws = undefined;
    clearTimeout(this.connectTimer);
    if (!this.seated) {
      // Never got in: nothing to resume.
      this.options.onFailed(detail);
      return;
    }
    this.startReconnecting();
  }

  private startReconnecting(): void {
    if (this.closed) return;
    if (!this.reconnecting) {
      this.reconnecting = true;
      this.reconnectStarted = Date.now();
      this.reconnectAttempt = 0;
      this.options.onReconnecting();
    }
    const elapsed = Date.now() - this.reconnectStarted;
    if (elapsed >= this.reconnectWindowMs) {
      this.options.onFailed('signalling lost');
      return;
    }
    const delay = RECONNECT_DELAYS_MS[Math.min(this.reconnectAttempt, RECONNECT_DELAYS_MS.length - 1)] ?? 1000;
    this.reconnectAttempt += 1;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.resume(), Math.min(delay, Math.max(0, this.reconnectWindowMs - elapsed)));
  }

  private async resume(): Promise<void> {
    if (this.closed) return;
    try {
      await this.options.beforeResume();
    } catch {
      // The token backend may be what is down: keep trying until the reconnection window closes.
      if (!this.closed) this.startReconnecting();
      return;
    }
    if (!this.closed) this.connect(true);
  }
}
