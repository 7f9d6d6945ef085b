// WebSocket signalling on loopback (protocol: PROTOCOL.md beside this file). Visitors and organizer consoles
// connect to /emulator/ws. The server admits, relays WebRTC offers/answers/candidates between peers, and
// pushes participant, compliance and end events. Media does not pass through the signalling: with the TURN
// relay (turn.mjs) it goes through this process's loopback relay, otherwise browser to browser.
import { WebSocketServer } from 'ws';
import { id, isRecord, signalData, text } from './validate.mjs';
import { publicParticipant } from './meetings.mjs';
import { GuestFeatures, roomOf } from './guest-features.mjs';

/**
 * @typedef {import('./meetings.mjs').Meeting} Meeting
 * @typedef {import('./meetings.mjs').Participant} Participant
 * @typedef {import('ws').WebSocket & { tmj?: { role: 'visitor' | 'console', meeting?: Meeting, participant?: Participant } }} Socket
 */

const CLOSE_NORMAL = 1000;
const CLOSE_REJECTED = 4001;
const CLOSE_NOT_FOUND = 4004;
const CLOSE_BLOCKED = 4003;
const CLOSE_POLICY = 1008;
/** Frames a socket may send in one second before it counts as flooding (a join sends a few dozen). */
const MAX_FRAMES_PER_SECOND = 200;

export class Signaling {
  /**
   * @param {{ store: import('./meetings.mjs').MeetingStore, minter: import('./tokens.mjs').TokenMinter,
   *   reconnectGraceMs?: number, log?: (msg: string) => void, turn?: import('./turn.mjs').TurnRelay }} deps
   */
  constructor({ store, minter, reconnectGraceMs = 10000, log = () => {}, turn }) {
    this.store = store;
    this.turn = turn;
    this.minter = minter;
    this.reconnectGraceMs = reconnectGraceMs;
    this.log = log;
    /** Captions, reactions, spotlight, breakout rooms (guest-features.mjs). */
    this.guest = new GuestFeatures(this);
    this.wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
    /** Console sockets per meeting id. @type {Map<string, Set<Socket>>} */
    this.consoles = new Map();
    /** @type {Map<string, NodeJS.Timeout>} */
    this.consoleFlush = new Map();
    /** Participant ids whose reconnection is refused until a time (drop fault). @type {Map<string, number>} */
    this.blockedUntil = new Map();
    this.wss.on('connection', (/** @type {Socket} */ ws) => this.onConnection(ws));
    this.onStoreChange = (/** @type {Meeting} */ m) => this.scheduleConsoleUpdate(m);
    store.on('change', this.onStoreChange);
    this.pingTimer = setInterval(() => {
      for (const ws of this.wss.clients) if (ws.readyState === ws.OPEN) ws.ping();
    }, 15000);
    this.pingTimer.unref();
  }

  /** Upgrade handler for the HTTP server. */
  handleUpgrade(/** @type {import('node:http').IncomingMessage} */ req, /** @type {import('node:stream').Duplex} */ socket, /** @type {Buffer} */ head) {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  close() {
    clearInterval(this.pingTimer);
    this.store.off('change', this.onStoreChange);
    for (const t of this.consoleFlush.values()) clearTimeout(t);
    for (const m of this.store.list()) for (const p of m.participants.values()) if (p.graceTimer) clearTimeout(p.graceTimer);
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
  }

  /* ---------------------------------------------------------------------------------------------- */

  onConnection(/** @type {Socket} */ ws) {
    const helloTimer = setTimeout(() => ws.close(CLOSE_REJECTED, 'no hello'), 10000);
    ws.on('message', (data) => {
      /** @type {any} */
      let msg;
      try {
        msg = JSON.parse(String(data));
      } catch {
        return;
      }
      if (!isRecord(msg) || typeof msg.type !== 'string') {
        sendTo(ws, { type: 'invalid', message: 'A frame must be a JSON object with a string "type".' });
        return;
      }
      // Flooding: more frames than any client sends (ICE candidates come in tens) closes the socket.
      if (this.flooding(ws)) {
        ws.close(CLOSE_POLICY, 'too many frames');
        return;
      }
      try {
        if (!ws.tmj) {
          clearTimeout(helloTimer);
          if (msg.type === 'hello') this.onHello(ws, msg);
          else if (msg.type === 'console-hello') this.onConsoleHello(ws, msg);
          else ws.close(CLOSE_REJECTED, 'hello first');
          return;
        }
        if (ws.tmj.role === 'visitor') this.onVisitorMessage(ws, msg);
        else this.onConsoleMessage(ws, msg);
      } catch (error) {
        // Never a crash on client input: the client is told, the server goes on.
        this.log(`bad ${String(msg.type).slice(0, 40)} frame: ${error instanceof Error ? error.name : 'error'}`);
        sendTo(ws, { type: 'invalid', message: 'The frame could not be processed.' });
      }
    });
    ws.on('close', () => {
      clearTimeout(helloTimer);
      this.onClose(ws);
    });
    ws.on('error', () => {});
  }

  /** @param {Socket} ws @param {any} msg */
  onHello(ws, msg) {
    const verified = typeof msg.token === 'string' && msg.token.length <= 8192 ? this.minter.verify(msg.token) : null;
    if (!verified) {
      sendTo(ws, { type: 'error', code: 'token-rejected', message: 'The access token is invalid or expired.' });
      ws.close(CLOSE_REJECTED, 'token rejected');
      return;
    }
    const meeting = typeof msg.threadId === 'string' ? this.store.find(msg.threadId) : undefined;
    if (!meeting || meeting.threadId !== msg.threadId) {
      sendTo(ws, { type: 'error', code: 'meeting-not-found', message: 'No meeting with this thread id on the emulator.' });
      ws.close(CLOSE_NOT_FOUND, 'meeting not found');
      return;
    }
    if (meeting.ended) {
      sendTo(ws, { type: 'end', reason: 'meeting-ended' });
      ws.close(CLOSE_NORMAL, 'meeting ended');
      return;
    }
    const rawId = verified.identity.rawId;

    if (isRecord(msg.resume) && typeof msg.resume.participantId === 'string') {
      const p = meeting.participants.get(msg.resume.participantId);
      const blocked = (this.blockedUntil.get(msg.resume.participantId) ?? 0) > Date.now();
      if (blocked) {
        ws.close(CLOSE_BLOCKED, 'reconnection refused (fault)');
        return;
      }
      if (p && p.state !== 'left' && p.rawId === rawId && p.resumeKey === msg.resume.resumeKey) {
        if (p.graceTimer) clearTimeout(p.graceTimer);
        const old = /** @type {Socket | undefined} */ (p.socket);
        if (old && old !== ws) {
          old.tmj = undefined;
          old.terminate();
        }
        p.socket = ws;
        p.online = true;
        ws.tmj = { role: 'visitor', meeting, participant: p };
        this.sendWelcome(ws, meeting, p, true);
        if (p.state === 'connected') this.broadcast(meeting, { type: 'participant-updated', participant: publicParticipant(p) }, p);
        meeting.changed('participants');
        return;
      }
      // Too late (grace period over) or unknown: the call is gone.
      sendTo(ws, { type: 'error', code: 'network', message: 'The connection could not be resumed.' });
      ws.close(CLOSE_REJECTED, 'cannot resume');
      return;
    }

    // A Microsoft 365 visitor joins under their account's name; people of the meeting's own tenant skip the lobby
    // (Teams' default lobby policy admits "people in my org"; see demo/server/m365.mjs).
    const teams = this.teamsUser?.(verified.claims);
    const displayName = teams ? teams.name : text(msg.displayName, 256, 'Guest');
    const media = sanitizeMedia(msg.media);
    const lobby = meeting.policies.lobby && !(teams && teams.tid === meeting.tenantId);
    const p = meeting.addParticipant({ rawId, displayName, kind: teams ? 'teams' : 'acs', media, lobby });
    p.socket = ws;
    ws.tmj = { role: 'visitor', meeting, participant: p };
    this.log(`${displayName} ${p.state === 'lobby' ? 'waits in the lobby of' : 'joined'} "${meeting.title}"`);
    this.refuseMediaUntilConsent(meeting, p);
    this.sendWelcome(ws, meeting, p, false);
    if (p.state === 'connected') this.broadcast(meeting, { type: 'participant-joined', participant: publicParticipant(p) }, p);
  }

  /** @param {Socket} ws @param {Meeting} meeting @param {Participant} p @param {boolean} resumed */
  sendWelcome(ws, meeting, p, resumed) {
    p.consentSent = JSON.stringify(this.consentFor(meeting, p));
    sendTo(ws, {
      type: 'welcome',
      participantId: p.id,
      resumeKey: p.resumeKey,
      resumed,
      state: p.state,
      reconnectWindowMs: this.reconnectGraceMs,
      meeting: this.meetingInfo(meeting, p),
      participants: p.state === 'connected' ? this.peersOf(meeting, p) : [],
      ...this.iceConfig(p),
    });
  }

  /**
   * The relay a participant in the call uses for its peer connections (nothing in the lobby, nothing without
   * a relay). Credentials belong to the seat: the same ones after a resume, revoked when the seat is released.
   * @param {Participant} p
   */
  iceConfig(p) {
    if (!this.turn || p.state !== 'connected') return {};
    return { iceServers: [this.turn.issue(p.id)], iceTransportPolicy: 'relay' };
  }

  /** What a participant learns about the meeting. Compliance only once in the call (lobby sees nothing). */
  meetingInfo(/** @type {Meeting} */ meeting, /** @type {Participant} */ p) {
    const inCall = p.state === 'connected';
    return {
      id: meeting.id,
      threadId: meeting.threadId,
      title: meeting.title,
      channel: meeting.policies.channel,
      lobby: meeting.policies.lobby,
      recording: inCall && meeting.recording,
      transcription: inCall && meeting.transcription,
      consentRequired: this.consentFor(meeting, p),
      maxRemoteVideos: meeting.policies.maxRemoteVideos,
      ...(inCall ? this.guest.meetingInfo(meeting, p) : {}),
    };
  }

  /** The meeting's video count changed (console): every guest in the call hears it, as `optimalVideoCountChanged`. */
  broadcastVideoCount(/** @type {Meeting} */ meeting) {
    this.broadcast(meeting, { type: 'video-count', maxRemoteVideos: meeting.policies.maxRemoteVideos });
  }

  /**
   * Teams explicit-consent meetings, as the service behaves for an ACS guest (Calling SDK 2.x
   * `isTeamsConsentRequired`, `grantTeamsConsent()`, capability reason `ExplicitConsentRequired`; Microsoft
   * Learn "Display call transcription state on the client",
   * https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/call-transcription): while
   * recording or transcription runs in a meeting with the `explicitConsent` policy, a guest in the call who
   * has not consented must consent before their microphone, camera and screen share are accepted. One
   * consent covers recording and transcription and lasts for the seat (the SDK flag "is turned false" once
   * given), also across later recordings. Null = nothing required.
   * @param {Meeting} meeting @param {Participant} p
   * @returns {{ recording: boolean, transcription: boolean } | null}
   */
  consentFor(meeting, p) {
    if (p.state !== 'connected' || p.kind !== 'acs' || p.consented || !meeting.policies.explicitConsent) return null;
    if (!meeting.recording && !meeting.transcription) return null;
    return { recording: meeting.recording, transcription: meeting.transcription };
  }

  /**
   * Tells every guest in the call whose consent requirement changed, and switches off the media of those who
   * must consent first (the service refuses it: their peers see mic, camera and screen go off).
   * @param {Meeting} meeting
   */
  enforceConsent(meeting) {
    for (const p of meeting.participants.values()) {
      if (p.kind !== 'acs' || p.state !== 'connected') continue;
      const required = this.consentFor(meeting, p);
      const key = JSON.stringify(required);
      if (required && (p.media.mic || p.media.camera || p.media.screen)) {
        p.media = { ...p.media, mic: false, camera: false, screen: false };
        this.broadcast(meeting, { type: 'participant-updated', participant: publicParticipant(p) }, p);
        meeting.changed('participants');
      }
      if (key === (p.consentSent ?? 'null')) continue;
      p.consentSent = key;
      sendTo(/** @type {Socket | undefined} */ (p.socket), { type: 'consent', required });
    }
  }

  /** Participants connected in the call in the same (breakout) room, except `self`. */
  peersOf(/** @type {Meeting} */ meeting, /** @type {Participant} */ self) {
    return [...meeting.participants.values()]
      .filter((q) => q !== self && q.state === 'connected' && roomOf(q) === roomOf(self))
      .map(publicParticipant);
  }

  /** @param {Socket} ws @param {any} msg */
  onVisitorMessage(ws, msg) {
    const { meeting, participant: p } = /** @type {{ meeting: Meeting, participant: Participant }} */ (ws.tmj);
    if (!p || p.state === 'left') return;
    switch (msg.type) {
      case 'media': {
        p.media = sanitizeMedia({ ...p.media, ...(isRecord(msg.media) ? msg.media : {}) });
        const required = this.consentFor(meeting, p);
        if (required && (p.media.mic || p.media.camera || p.media.screen)) {
          // Refused until consent, as the service does: the flags stay off and the guest is told why.
          p.media = { ...p.media, mic: false, camera: false, screen: false };
          sendTo(ws, { type: 'media-refused', reason: 'consent-required', required });
        }
        if (p.state === 'connected') this.broadcast(meeting, { type: 'participant-updated', participant: publicParticipant(p) }, p);
        meeting.changed('participants');
        break;
      }
      case 'signal': {
        if (p.state !== 'connected') return;
        const data = signalData(msg.data);
        if (!data) return sendTo(ws, { type: 'invalid', message: 'A signal carries an sdp offer/answer or an ICE candidate.' });
        this.relay(meeting, p.id, msg.to, data);
        break;
      }
      case 'grant-consent': {
        if (p.state !== 'connected') return;
        p.consented = true;
        this.log(`${p.displayName} consented to recording/transcription in "${meeting.title}"`);
        // Always answered, so the guest's grant resolves even when nothing was required any more.
        p.consentSent = 'null';
        sendTo(ws, { type: 'consent', required: null, granted: true });
        meeting.changed('participants');
        break;
      }
      case 'leave': {
        this.removeParticipant(meeting, p, null);
        sendTo(ws, { type: 'bye' });
        ws.close(CLOSE_NORMAL, 'left');
        break;
      }
      default:
        this.guest.onVisitorMessage(meeting, p, msg);
        break;
    }
  }

  /** Relays a WebRTC signal between two participants of the call (synthetic ones via their console). */
  relay(/** @type {Meeting} */ meeting, /** @type {string} */ from, /** @type {unknown} */ to, /** @type {unknown} */ data) {
    if (typeof to !== 'string') return;
    const target = meeting.participants.get(to);
    if (!target || target.state !== 'connected') return;
    const sock = /** @type {Socket | undefined} */ (target.kind === 'synthetic' ? target.owner : target.socket);
    sendTo(sock, { type: 'signal', from, to, data });
  }

  onClose(/** @type {Socket} */ ws) {
    const t = ws.tmj;
    if (!t) return;
    if (t.role === 'console') {
      const set = t.meeting && this.consoles.get(t.meeting.id);
      set?.delete(ws);
      // Synthetic participants live in their console tab: they go when it goes.
      if (t.meeting) {
        for (const p of t.meeting.participants.values()) {
          if (p.kind === 'synthetic' && p.owner === ws) this.removeParticipant(t.meeting, p, null);
        }
      }
      return;
    }
    const { meeting, participant: p } = t;
    if (!meeting || !p || p.state === 'left' || p.socket !== ws) return;
    // Keep the seat for a grace period: the client reconnects and resumes with its resume key.
    p.online = false;
    p.socket = undefined;
    meeting.changed('participants');
    if (p.state === 'connected') this.broadcast(meeting, { type: 'participant-updated', participant: publicParticipant(p) }, p);
    p.graceTimer = setTimeout(() => this.removeParticipant(meeting, p, null), this.reconnectGraceMs);
    p.graceTimer.unref?.();
  }

  /**
   * Takes a participant out of the meeting, telling them why (`reason`) unless they left themselves.
   * @param {Meeting} meeting @param {Participant} p @param {'denied' | 'removed' | 'meeting-ended' | null} reason
   */
  removeParticipant(meeting, p, reason) {
    const wasConnected = p.state === 'connected';
    if (reason && p.kind !== 'synthetic') {
      const ws = /** @type {Socket | undefined} */ (p.socket);
      sendTo(ws, { type: 'end', reason });
      if (ws) {
        ws.tmj = undefined;
        setTimeout(() => ws.close(CLOSE_NORMAL, reason), 50);
      }
    }
    if (p.kind === 'synthetic') sendTo(/** @type {Socket | undefined} */ (p.owner), { type: 'synthetic-removed', participantId: p.id });
    p.socket = undefined;
    this.turn?.revoke(p.id);
    if (!meeting.markLeft(p)) return;
    this.log(`${p.displayName} left "${meeting.title}"${reason ? ` (${reason})` : ''}`);
    if (wasConnected) this.broadcast(meeting, { type: 'participant-left', participantId: p.id }, p);
    if (wasConnected) this.guest.onLeft(meeting, p);
  }

  /**
   * Sends to every participant in the call (not the lobby) except `except`, and to synthetic owners. A message
   * about a participant (`except` given) reaches only the people in the same breakout room.
   */
  broadcast(/** @type {Meeting} */ meeting, /** @type {Record<string, unknown>} */ msg, /** @type {Participant | null} */ except = null) {
    const text = JSON.stringify(msg);
    for (const q of meeting.participants.values()) {
      if (q === except || q.state !== 'connected' || q.kind === 'synthetic') continue;
      if (except && roomOf(q) !== roomOf(except)) continue;
      const ws = /** @type {Socket | undefined} */ (q.socket);
      if (ws && ws.readyState === ws.OPEN) ws.send(text);
    }
    for (const ws of this.consoles.get(meeting.id) ?? []) if (ws.readyState === ws.OPEN) ws.send(text);
  }

  /* ---------------------------------------------------------------------------------------------- */
  /* Organizer actions (console API)                                                                */

  admit(/** @type {Meeting} */ meeting, /** @type {Participant} */ p) {
    if (!meeting.admit(p)) return false;
    const ws = /** @type {Socket | undefined} */ (p.socket);
    this.refuseMediaUntilConsent(meeting, p);
    p.consentSent = JSON.stringify(this.consentFor(meeting, p));
    // Compliance travels with the admission so a meeting already being recorded shows it at once.
    sendTo(ws, { type: 'admitted', meeting: this.meetingInfo(meeting, p), participants: this.peersOf(meeting, p), ...this.iceConfig(p) });
    this.broadcast(meeting, { type: 'participant-joined', participant: publicParticipant(p) }, p);
    this.log(`${p.displayName} admitted to "${meeting.title}"`);
    return true;
  }

  deny(/** @type {Meeting} */ meeting, /** @type {Participant} */ p) {
    if (p.state !== 'lobby') return false;
    this.removeParticipant(meeting, p, 'denied');
    return true;
  }

  remove(/** @type {Meeting} */ meeting, /** @type {Participant} */ p) {
    if (p.state === 'left') return false;
    this.removeParticipant(meeting, p, 'removed');
    return true;
  }

  end(/** @type {Meeting} */ meeting) {
    meeting.ended = true;
    for (const p of meeting.participants.values()) if (p.state !== 'left') this.removeParticipant(meeting, p, 'meeting-ended');
    meeting.recording = false;
    meeting.transcription = false;
    meeting.changed();
  }

  /** @param {Meeting} meeting @param {{ recording?: boolean, transcription?: boolean }} flags */
  setCompliance(meeting, flags) {
    if (typeof flags.recording === 'boolean') meeting.recording = flags.recording;
    if (typeof flags.transcription === 'boolean') meeting.transcription = flags.transcription;
    this.broadcast(meeting, { type: 'compliance', recording: meeting.recording, transcription: meeting.transcription });
    this.enforceConsent(meeting);
    meeting.changed();
  }

  /** A guest entering the call of a meeting that needs their consent starts with media off. */
  refuseMediaUntilConsent(/** @type {Meeting} */ meeting, /** @type {Participant} */ p) {
    if (this.consentFor(meeting, p)) p.media = { ...p.media, mic: false, camera: false, screen: false };
  }

  /** Drop fault: cuts the participant's socket; reconnection is refused for `blockMs`. */
  drop(/** @type {Participant} */ p, /** @type {number} */ blockMs = 0) {
    if (blockMs > 0) this.blockedUntil.set(p.id, Date.now() + blockMs);
    const ws = /** @type {Socket | undefined} */ (p.socket);
    if (!ws) return false;
    ws.terminate();
    return true;
  }

  /** Organizer mutes a guest: their microphone goes off and they are told who did it. */
  mute(/** @type {Participant} */ p) {
    if (p.state !== 'connected' || p.kind === 'synthetic') return false;
    sendTo(/** @type {Socket | undefined} */ (p.socket), { type: 'muted' });
    return true;
  }

  /** Nudges participants to poll chat now (the emulator has no real-time chat notifications). */
  chatActivity(/** @type {Meeting} */ meeting) {
    this.broadcast(meeting, { type: 'chat-activity' });
  }

  /* ---------------------------------------------------------------------------------------------- */
  /* Console sockets                                                                                */

  /** @param {Socket} ws @param {any} msg */
  onConsoleHello(ws, msg) {
    const meeting = typeof msg.meetingId === 'string' ? this.store.find(msg.meetingId) : undefined;
    if (!meeting) {
      sendTo(ws, { type: 'error', code: 'meeting-not-found', message: 'No such meeting.' });
      ws.close(CLOSE_NOT_FOUND, 'meeting not found');
      return;
    }
    ws.tmj = { role: 'console', meeting };
    let set = this.consoles.get(meeting.id);
    if (!set) this.consoles.set(meeting.id, (set = new Set()));
    set.add(ws);
    sendTo(ws, { type: 'meeting', meeting: meeting.toJSON() });
  }

  /** @param {Socket} ws @param {any} msg */
  onConsoleMessage(ws, msg) {
    const meeting = ws.tmj?.meeting;
    if (!meeting) return;
    switch (msg.type) {
      case 'add-synthetic': {
        const count = [...meeting.participants.values()].filter((p) => p.kind === 'synthetic' && p.state !== 'left').length;
        if (count >= 49 || meeting.ended) {
          sendTo(ws, { type: 'synthetic-refused', requestId: requestId(msg.requestId), reason: meeting.ended ? 'meeting ended' : 'at most 49 synthetic participants' });
          return;
        }
        const p = meeting.addParticipant({
          rawId: `synthetic:${meeting.id}:${count}`,
          displayName: text(msg.displayName, 100, `Synthetic ${count + 1}`),
          kind: 'synthetic',
          media: sanitizeMedia({ mic: true, camera: true, ...(isRecord(msg.media) ? msg.media : {}) }),
          lobby: false,
        });
        p.owner = ws;
        // The synthetic peer (in the console tab) offers to every real visitor already in the call;
        // visitors admitted later offer to it. Synthetic peers never connect to each other.
        const peers = [...meeting.participants.values()].filter((q) => q.state === 'connected' && q.kind === 'acs' && roomOf(q) === null).map((q) => q.id);
        // The relay is offered to the console too (its own credentials per synthetic seat, revoked when it goes).
        sendTo(ws, { type: 'synthetic-added', requestId: requestId(msg.requestId), participant: publicParticipant(p), peers, ...this.iceConfig(p) });
        this.broadcast(meeting, { type: 'participant-joined', participant: publicParticipant(p) }, p);
        break;
      }
      case 'remove-synthetic': {
        const p = meeting.participants.get(msg.participantId);
        if (p && p.kind === 'synthetic' && p.owner === ws) this.removeParticipant(meeting, p, null);
        break;
      }
      case 'synthetic-media': {
        const p = meeting.participants.get(msg.participantId);
        if (!p || p.kind !== 'synthetic' || p.owner !== ws || p.state !== 'connected') return;
        p.media = sanitizeMedia({ ...p.media, ...(isRecord(msg.media) ? msg.media : {}) });
        this.broadcast(meeting, { type: 'participant-updated', participant: publicParticipant(p) }, p);
        meeting.changed('participants');
        break;
      }
      case 'signal': {
        const p = meeting.participants.get(msg.from);
        if (!p || p.kind !== 'synthetic' || p.owner !== ws) return;
        const data = signalData(msg.data);
        if (!data) return sendTo(ws, { type: 'invalid', message: 'A signal carries an sdp offer/answer or an ICE candidate.' });
        this.relay(meeting, p.id, msg.to, data);
        break;
      }
      default:
        this.guest.onConsoleMessage(meeting, ws, msg);
        break;
    }
  }

  /** Counts a frame; true once a socket sent more than MAX_FRAMES_PER_SECOND within a second. */
  flooding(/** @type {Socket} */ ws) {
    const now = Date.now();
    const w = /** @type {any} */ (ws);
    if (!w.tmjRate || now - w.tmjRate.start >= 1000) w.tmjRate = { start: now, count: 0 };
    w.tmjRate.count += 1;
    return w.tmjRate.count > MAX_FRAMES_PER_SECOND;
  }

  /** Coalesces meeting snapshots to consoles (many changes in one tick → one message). */
  scheduleConsoleUpdate(/** @type {Meeting} */ meeting) {
    if (this.consoleFlush.has(meeting.id)) return;
    this.consoleFlush.set(
      meeting.id,
      setTimeout(() => {
        this.consoleFlush.delete(meeting.id);
        const text = JSON.stringify({ type: 'meeting', meeting: meeting.toJSON() });
        for (const ws of this.consoles.get(meeting.id) ?? []) if (ws.readyState === ws.OPEN) ws.send(text);
      }, 30),
    );
  }
}

/** The console's request ids: a finite number or a short safe string, echoed back; anything else is dropped. */
function requestId(/** @type {unknown} */ value) {
  return typeof value === 'number' && Number.isFinite(value) ? value : id(value, 64);
}

function sendTo(/** @type {Socket | undefined} */ ws, /** @type {Record<string, unknown>} */ msg) {
  if (ws && ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
}

/** @returns {import('./meetings.mjs').MediaFlags} */
function sanitizeMedia(/** @type {any} */ m) {
  return {
    mic: m?.mic === true,
    camera: m?.camera === true,
    screen: m?.screen === true,
    handRaised: m?.handRaised === true,
  };
}
