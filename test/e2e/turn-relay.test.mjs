// The emulator's loopback TURN relay (demo/server/turn.mjs) spoken to over UDP the way Chromium does: long-term
// credentials per seat, an allocation on 127.0.0.1, permission, channel binding, ChannelData both ways, refresh,
// release, revocation. Each step that node-turn 0.0.6 got wrong on its own is asserted here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createSocket } from 'node:dgram';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { startTurn } from '../../demo/server/turn.mjs';

const COOKIE = 0x2112a442;
const METHOD = { allocate: 0x003, refresh: 0x004, createPermission: 0x008, channelBind: 0x009 };
const ATTR = {
  username: 0x0006, integrity: 0x0008, errorCode: 0x0009, channelNumber: 0x000c, lifetime: 0x000d,
  peer: 0x0012, realm: 0x0014, nonce: 0x0015, relayed: 0x0016, transport: 0x0019,
};

/** @type {Awaited<ReturnType<typeof startTurn>>} */
let relay;
/** @type {import('node:dgram').Socket[]} */
const sockets = [];
before(async () => {
  relay = await startTurn();
});
after(() => {
  for (const s of sockets) s.close();
  relay?.close();
});

async function udp() {
  const s = createSocket('udp4');
  sockets.push(s);
  await new Promise((r) => s.bind(0, '127.0.0.1', () => r(undefined)));
  return s;
}

function xorAddress(/** @type {string} */ ip, /** @type {number} */ port) {
  const b = Buffer.alloc(8);
  b[1] = 0x01;
  b.writeUInt16BE(port ^ (COOKIE >>> 16), 2);
  const n = ip.split('.').reduce((a, x) => (a << 8) | Number(x), 0) >>> 0;
  b.writeUInt32BE((n ^ COOKIE) >>> 0, 4);
  return b;
}

function readXorAddress(/** @type {Buffer} */ b) {
  const port = b.readUInt16BE(2) ^ (COOKIE >>> 16);
  const n = (b.readUInt32BE(4) ^ COOKIE) >>> 0;
  return { ip: [24, 16, 8, 0].map((s) => (n >>> s) & 0xff).join('.'), port };
}

/** A STUN request; with `key`, signed with MESSAGE-INTEGRITY (RFC 5389 §15.4). */
function request(/** @type {number} */ method, /** @type {[number, Buffer][]} */ attrs, /** @type {Buffer | undefined} */ key) {
  const tid = randomBytes(12);
  const body = Buffer.concat(attrs.map(([type, value]) => {
    const head = Buffer.alloc(4);
    head.writeUInt16BE(type, 0);
    head.writeUInt16BE(value.length, 2);
    return Buffer.concat([head, value, Buffer.alloc((4 - (value.length % 4)) % 4)]);
  }));
  const header = Buffer.alloc(20);
  header.writeUInt16BE(method, 0);
  header.writeUInt32BE(COOKIE, 4);
  tid.copy(header, 8);
  if (!key) {
    header.writeUInt16BE(body.length, 2);
    return { tid, bytes: Buffer.concat([header, body]) };
  }
  header.writeUInt16BE(body.length + 24, 2);
  const mac = createHmac('sha1', key).update(Buffer.concat([header, body])).digest();
  const mi = Buffer.alloc(4);
  mi.writeUInt16BE(ATTR.integrity, 0);
  mi.writeUInt16BE(20, 2);
  return { tid, bytes: Buffer.concat([header, body, mi, mac]) };
}

function parse(/** @type {Buffer} */ b) {
  const type = b.readUInt16BE(0);
  /** @type {Map<number, Buffer>} */
  const attrs = new Map();
  let integrityAt = -1;
  for (let o = 20; o + 4 <= b.length; ) {
    const t = b.readUInt16BE(o);
    const len = b.readUInt16BE(o + 2);
    if (t === ATTR.integrity) integrityAt = o;
    attrs.set(t, b.subarray(o + 4, o + 4 + len));
    o += 4 + len + ((4 - (len % 4)) % 4);
  }
  return { type, success: (type & 0x0110) === 0x0100, tid: b.subarray(8, 20), attrs, integrityAt, bytes: b };
}

/** Whether `msg` carries a MESSAGE-INTEGRITY that checks out with `key`. */
function signedWith(/** @type {ReturnType<typeof parse>} */ msg, /** @type {Buffer} */ key) {
  if (msg.integrityAt < 0) return false;
  const head = Buffer.from(msg.bytes.subarray(0, msg.integrityAt));
  head.writeUInt16BE(msg.integrityAt - 20 + 24, 2);
  return createHmac('sha1', key).update(head).digest().equals(msg.attrs.get(ATTR.integrity));
}

function next(/** @type {import('node:dgram').Socket} */ s, /** @type {(b: Buffer) => boolean} */ want = () => true, timeoutMs = 2000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      s.off('message', on);
      reject(new Error(`no datagram within ${timeoutMs} ms`));
    }, timeoutMs);
    const on = (/** @type {Buffer} */ b, /** @type {import('node:dgram').RemoteInfo} */ from) => {
      if (!want(b)) return;
      clearTimeout(timer);
      s.off('message', on);
      resolve({ b, from });
    };
    s.on('message', on);
  });
}

async function transact(/** @type {import('node:dgram').Socket} */ s, /** @type {{ tid: Buffer, bytes: Buffer }} */ req) {
  const answer = next(s, (b) => b.length >= 20 && (b[0] & 0xc0) === 0 && b.subarray(8, 20).equals(req.tid));
  s.send(req.bytes, relay.port, '127.0.0.1');
  return parse((await answer).b);
}

const u32 = (/** @type {number} */ n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0, 0);
  return b;
};

test('TURN relay on 127.0.0.1: per-seat credentials, signed answers, ChannelData both ways, refresh, release and revocation', async () => {
  const ice = relay.issue('seat-1');
  assert.match(ice.urls, /^turn:127\.0\.0\.1:\d+\?transport=udp$/, 'the relay is on loopback, UDP');
  assert.deepEqual(relay.issue('seat-1'), ice, 'the same seat gets the same credentials (a resumed guest keeps its allocations)');
  assert.notEqual(relay.issue('seat-2').username, ice.username, 'another seat gets its own credentials');

  const client = await udp();
  const peer = await udp();
  const transport = u32(17 << 24);

  const challenge = await transact(client, request(METHOD.allocate, [[ATTR.transport, transport]]));
  assert.equal(challenge.attrs.get(ATTR.errorCode)?.readUInt8(3), 1, 'unauthenticated Allocate is answered 401');
  const realm = /** @type {Buffer} */ (challenge.attrs.get(ATTR.realm));
  const nonce = /** @type {Buffer} */ (challenge.attrs.get(ATTR.nonce));
  const key = createHash('md5').update(`${ice.username}:${realm}:${ice.credential}`).digest();
  const auth = /** @type {[number, Buffer][]} */ ([[ATTR.username, Buffer.from(ice.username)], [ATTR.realm, realm], [ATTR.nonce, nonce]]);

  const allocated = await transact(client, request(METHOD.allocate, [[ATTR.transport, transport], ...auth], key));
  assert.ok(allocated.success, 'Allocate with the issued credentials succeeds');
  assert.ok(signedWith(allocated, key), 'the Allocate answer is signed');
  const relayed = readXorAddress(/** @type {Buffer} */ (allocated.attrs.get(ATTR.relayed)));
  assert.equal(relayed.ip, '127.0.0.1', 'the relayed address is on loopback');

  const peerAddr = /** @type {import('node:net').AddressInfo} */ (peer.address());
  const perm = await transact(client, request(METHOD.createPermission, [[ATTR.peer, xorAddress('127.0.0.1', peerAddr.port)], ...auth], key));
  assert.ok(perm.success && signedWith(perm, key), 'CreatePermission succeeds, signed');

  const channel = Buffer.alloc(4);
  channel.writeUInt16BE(0x4000, 0);
  const bound = await transact(client, request(METHOD.channelBind, [[ATTR.channelNumber, channel], [ATTR.peer, xorAddress('127.0.0.1', peerAddr.port)], ...auth], key));
  assert.ok(bound.success, 'ChannelBind succeeds');
  assert.ok(signedWith(bound, key), 'the ChannelBind answer is signed (Chromium drops unsigned answers and fails the connection ~40 s later)');

  const channelData = (/** @type {Buffer} */ payload) => {
    const head = Buffer.alloc(4);
    head.writeUInt16BE(0x4000, 0);
    head.writeUInt16BE(payload.length, 2);
    return Buffer.concat([head, payload, Buffer.alloc((4 - (payload.length % 4)) % 4)]);
  };
  const toPeer = next(peer);
  client.send(channelData(Buffer.from('rtp from the guest')), relay.port, '127.0.0.1');
  const got = await toPeer.catch((e) => assert.fail(`ChannelData from the client did not reach the peer: ${e.message}`));
  assert.equal(got.b.toString(), 'rtp from the guest', 'ChannelData from the client reaches the peer, unwrapped');
  assert.deepEqual({ ip: got.from.address, port: got.from.port }, relayed, 'it comes from the relayed address');

  const toClient = next(client, (b) => (b[0] & 0xc0) === 0x40);
  peer.send(Buffer.from('rtp back'), relayed.port, relayed.ip);
  const back = (await toClient.catch((e) => assert.fail(`the peer's datagram did not come back as ChannelData: ${e.message}`))).b;
  assert.equal(back.readUInt16BE(0), 0x4000, 'the peer\'s answer comes back on the bound channel');
  assert.equal(back.subarray(4, 4 + back.readUInt16BE(2)).toString(), 'rtp back');

  const refreshed = await transact(client, request(METHOD.refresh, [[ATTR.lifetime, u32(600)], ...auth], key));
  assert.ok(refreshed.success && signedWith(refreshed, key), 'Refresh succeeds, signed');
  assert.equal(refreshed.attrs.get(ATTR.lifetime)?.readUInt32BE(0), 600, 'Refresh grants a real lifetime (node-turn answered NaN and dropped the allocation)');
  await new Promise((r) => setTimeout(r, 50));
  const stillThere = next(peer);
  client.send(channelData(Buffer.from('after refresh')), relay.port, '127.0.0.1');
  assert.equal((await stillThere).b.toString(), 'after refresh', 'the allocation still relays after a refresh');

  const released = await transact(client, request(METHOD.refresh, [[ATTR.lifetime, u32(0)], ...auth], key));
  assert.ok(released.success, 'Refresh with lifetime 0 releases the allocation');
  await new Promise((r) => setTimeout(r, 50));
  const probe = createSocket('udp4');
  const rebound = await new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.bind({ port: relayed.port, address: '127.0.0.1', exclusive: true }, () => resolve(true));
  });
  probe.close();
  assert.ok(rebound, 'the released allocation\'s relay socket is closed (its port is free again)');

  relay.revoke('seat-1');
  const again = await transact(client, request(METHOD.allocate, [[ATTR.transport, transport], ...auth], key));
  assert.equal(again.success, false, 'after revocation the seat\'s credentials no longer allocate');
  assert.equal(again.attrs.get(ATTR.errorCode)?.readUInt8(3), 1, 'revoked credentials get 401');
});
