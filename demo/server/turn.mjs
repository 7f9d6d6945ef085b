// A TURN relay on 127.0.0.1 inside the emulator process, so call media between browsers travels over loopback.
// Chromium never gathers loopback host candidates: without a relay, peers on this machine talk over its
// network interface addresses. With `iceTransportPolicy: 'relay'` both ends use relay candidates allocated
// here, on 127.0.0.1, and the selected pair is relay↔relay over loopback.
import { createSocket } from 'node:dgram';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';

const HOST = '127.0.0.1';
const REALM = 'tmj-emulator';

/**
 * @typedef {{ urls: string, username: string, credential: string }} IceServer
 * @typedef {{ port: number, issue(seat: string): IceServer, revoke(seat: string): void, close(): void }} TurnRelay
 */

/**
 * Starts the relay on a free loopback UDP port. Credentials are per seat (one participant's place in a call):
 * `issue` hands one out, `revoke` ends it and every allocation made with it.
 * @param {{ log?: (m: string) => void, allocationLifetimeSeconds?: number }} [options]
 * @returns {Promise<TurnRelay>}
 */
export async function startTurn(options = {}) {
  // node-turn is CommonJS and a dev dependency: loaded only when the relay is wanted.
  const Turn = createRequire(import.meta.url)('node-turn');
  /** @type {Map<string, { username: string, credential: string }>} */
  const bySeat = new Map();
  /** @type {Record<string, string>} */
  const credentials = {};

  const lifetime = options.allocationLifetimeSeconds ?? 600;
  let lastError;
  for (let attempt = 0; attempt < 5; attempt++) {
    // node-turn treats port 0 as "default 3478", so find a free port first; another process may take it in
    // between, hence the retries.
    const port = await freeUdpPort();
    const turn = new Turn({
      listeningIps: [HOST],
      relayIps: [HOST],
      listeningPort: port,
      authMech: 'long-term',
      credentials,
      realm: REALM,
      // TMJ_TURN_DEBUG=ERROR|INFO|DEBUG|TRACE prints node-turn's own log to stderr.
      debugLevel: process.env.TMJ_TURN_DEBUG || 'OFF',
      log: (/** @type {unknown} */ m) => console.error(`[turn ${new Date().toISOString().slice(11, 23)}] ${m instanceof Error ? m.stack : m}`),
      defaultAllocatetLifetime: lifetime,
      maxAllocateLifetime: Math.max(lifetime, 3600),
    });
    const allocations = patch(turn, lifetime);
    // Its nonces keep a one-hour timer each that would hold the process open after close(): unref them.
    const auth = turn.authentification;
    auth.generateNonce = function generateNonce() {
      const nonce = randomBytes(16).toString('hex');
      this.nonces[nonce] = { ttl: Date.now() + 3600_000 };
      setTimeout(() => delete this.nonces[nonce], 3600_000).unref();
      return nonce;
    };
    turn.start();
    const socket = turn.network.sockets[0];
    const ok = await new Promise((resolve) => {
      socket.once('listening', () => resolve(true));
      socket.once('error', (/** @type {Error} */ e) => {
        lastError = e;
        resolve(false);
      });
    });
    if (!ok) {
      turn.stop();
      continue;
    }
    acceptChannelData(turn, socket, port);
    options.log?.(`TURN relay on ${HOST}:${port}/udp`);

    /** Ends every allocation made by `username` (all when omitted); see `patch` for what ending does. */
    const dropAllocations = (/** @type {string | undefined} */ username) => {
      for (const [key, a] of Object.entries(turn.allocations)) {
        if (username === undefined || a.user?.username === username) delete turn.allocations[key];
      }
    };

    return {
      port,
      issue(seat) {
        let c = bySeat.get(seat);
        if (!c) {
          c = { username: `tmj-${randomBytes(9).toString('base64url')}`, credential: randomBytes(18).toString('base64url') };
          bySeat.set(seat, c);
          credentials[c.username] = c.credential;
        }
        return { urls: `turn:${HOST}:${port}?transport=udp`, username: c.username, credential: c.credential };
      },
      revoke(seat) {
        const c = bySeat.get(seat);
        if (!c) return;
        bySeat.delete(seat);
        delete credentials[c.username];
        dropAllocations(c.username);
      },
      close() {
        dropAllocations(undefined);
        allocations.closeAll();
        for (const k of Object.keys(credentials)) delete credentials[k];
        bySeat.clear();
        turn.stop();
      },
    };
  }
  throw new Error(`Could not start the TURN relay on ${HOST}: ${lastError instanceof Error ? lastError.message : 'no free port'}`);
}

/**
 * Fixes faults of node-turn 0.0.6 that cut media or leak sockets:
 * - ChannelBind success responses carry no MESSAGE-INTEGRITY. Chromium discards them, retransmits, and when
 *   the request times out (~40 s) it fails the connection: every relayed call died after 40 s. Now signed.
 * - Refresh reads settings that do not exist (`defaultLifetime`, `maxAllocateTimeout`): the first refresh
 *   (Chromium sends one a minute before the lifetime ends) gets lifetime NaN and the allocation is dropped
 *   1 ms later. Replaced by RFC 5766 §7.2 behaviour.
 * - An allocation that ends (expiry, Refresh lifetime 0) is only forgotten: its relay socket and timer stay.
 *   The allocation table is a proxy whose deletion closes both.
 * @param {any} turn @param {number} defaultLifetime
 * @returns {{ closeAll(): void }}
 */
function patch(turn, defaultLifetime) {
  /** Ends an allocation for good: its lifetime timer and its relay socket(s). */
  const end = (/** @type {any} */ a) => {
    clearTimeout(a.timer);
    for (const s of a.sockets) {
      try {
        s.close();
      } catch {
        /* already closed */
      }
    }
  };
  // Every allocation ever made, so close() can end them all: node-turn binds a relay socket before it
  // registers the allocation, so one may register after close(), or overwrite another on the same 5-tuple;
  // either would leave a UDP socket holding the process open (seen: a test file that never exited).
  const live = new Set();
  let closed = false;
  turn.allocations = new Proxy(/** @type {Record<string, any>} */ ({}), {
    set(target, key, value) {
      const previous = target[/** @type {string} */ (key)];
      if (previous && previous !== value) {
        live.delete(previous);
        end(previous);
      }
      if (closed) {
        end(value);
        return true;
      }
      target[/** @type {string} */ (key)] = value;
      live.add(value);
      return true;
    },
    deleteProperty(target, key) {
      const a = target[/** @type {string} */ (key)];
      delete target[/** @type {string} */ (key)];
      if (a) {
        live.delete(a);
        end(a);
      }
      return true;
    },
  });
  const channelBind = turn.channelBind.channelBind.bind(turn.channelBind);
  turn.channelBind.channelBind = (/** @type {any} */ msg, /** @type {any} */ reply) => {
    const resolve = reply.resolve.bind(reply);
    reply.resolve = () => {
      reply.addAttribute('software', turn.software);
      reply.addAttribute('message-integrity');
      return resolve();
    };
    channelBind(msg, reply);
  };
  turn.refresh.refresh = (/** @type {any} */ msg, /** @type {any} */ reply) => {
    const requested = msg.getAttribute('lifetime');
    const lifetime = requested === undefined ? defaultLifetime : Math.min(requested, turn.maxAllocateLifetime);
    if (lifetime === 0) delete turn.allocations[msg.transport.get5Tuple()];
    else msg.allocation.update(lifetime);
    reply.addAttribute('lifetime', lifetime);
    reply.addAttribute('software', turn.software);
    reply.addAttribute('message-integrity');
    reply.resolve();
  };
  /** Ends every allocation ever made, and any that registers later. */
  return {
    closeAll() {
      closed = true;
      for (const a of live) end(a);
      live.clear();
    },
  };
}

/**
 * node-turn drops ChannelData that clients send (its parser only reads STUN messages), so once a channel is
 * bound (Chromium binds one per peer and then sends media that way) nothing would reach the peer. This
 * forwards it (RFC 5766 §11.6): known allocation, bound channel, live permission.
 * @param {any} turn @param {import('node:dgram').Socket} socket @param {number} port
 */
function acceptChannelData(turn, socket, port) {
  socket.on('message', (/** @type {Buffer} */ buf, rinfo) => {
    if (buf.length < 4 || (buf[0] & 0xc0) !== 0x40) return; // STUN messages start with 00, ChannelData with 01
    const allocation = turn.allocations[`UDP://${rinfo.address}:${rinfo.port}>${HOST}:${port}`];
    if (!allocation) return;
    const length = buf.readUInt16BE(2);
    if (length > buf.length - 4) return;
    const peer = allocation.channelBindings[buf.readUInt16BE(0)];
    if (!peer || !(allocation.permissions[peer.address] > Date.now())) return;
    allocation.sockets[0].send(buf.subarray(4, 4 + length), peer.port, peer.address);
  });
}

/** A UDP port free on loopback right now. */
function freeUdpPort() {
  return new Promise((resolve, reject) => {
    const s = createSocket('udp4');
    s.once('error', reject);
    s.bind({ port: 0, address: HOST, exclusive: true }, () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}
