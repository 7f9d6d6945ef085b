// Checks that call media goes through the emulator's TURN relay on 127.0.0.1 (relay↔relay candidate pairs).
import assert from 'node:assert/strict';

/** Init script: records every RTCPeerConnection the page makes in `window.__pcs`. Pass to addInitScript. */
export function recordPeerConnections() {
  window.__pcs = [];
  const NativePC = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends NativePC {
    constructor(...args) {
      super(...args);
      window.__pcs.push(this);
    }
  };
}

/** The selected candidate pair of each connected peer connection of the page: types and addresses of both ends. */
export function selectedPairs(/** @type {import('playwright-core').Page} */ page) {
  return page.evaluate(async () => {
    const out = [];
    for (const pc of window.__pcs.filter((p) => p.connectionState === 'connected')) {
      const stats = await pc.getStats();
      const byId = new Map();
      stats.forEach((s) => byId.set(s.id, s));
      let pair;
      stats.forEach((s) => {
        if (s.type === 'transport' && s.selectedCandidatePairId) pair = byId.get(s.selectedCandidatePairId);
      });
      const end = (id) => {
        const c = byId.get(id);
        return c ? `${c.candidateType} ${c.address}:${c.port}` : 'none';
      };
      out.push(
        pair
          ? { local: end(pair.localCandidateId), remote: end(pair.remoteCandidateId), bytesReceived: pair.bytesReceived }
          : { local: 'none', remote: 'none', bytesReceived: 0 },
      );
    }
    return out;
  });
}

const RELAY = /^relay 127\.0\.0\.1:\d+$/;
const settled = (pair) => RELAY.test(pair.local) && RELAY.test(pair.remote) && pair.bytesReceived > 0;

/**
 * Asserts that the page has `count` connected peer connections, each on a relay↔relay pair over 127.0.0.1 with
 * media received. The far end may first show as a peer-reflexive candidate (its connectivity check arrived
 * before the trickled relay candidate), so this polls for up to `timeoutMs` before judging the last reading.
 */
export async function assertRelayed(page, who, count, peers = 'peers', timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  let pairs = await selectedPairs(page);
  while (Date.now() < deadline && !(pairs.length === count && pairs.every(settled))) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    pairs = await selectedPairs(page);
  }
  assert.equal(pairs.length, count, `${who} has ${count} connected peer connection(s): ${peers} (${JSON.stringify(pairs)})`);
  for (const pair of pairs) {
    assert.match(pair.local, RELAY, `${who}'s end of the selected pair is a relay candidate on 127.0.0.1 (${JSON.stringify(pair)})`);
    assert.match(pair.remote, RELAY, `the far end of ${who}'s selected pair is a relay candidate on 127.0.0.1 (${JSON.stringify(pair)})`);
    assert.ok(pair.bytesReceived > 0, `${who} receives media over that pair (${JSON.stringify(pair)})`);
  }
}
