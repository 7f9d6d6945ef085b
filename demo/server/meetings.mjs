// The emulator's meeting model: meetings with Teams-shaped links and policies, their participants (visitors,
// synthetic attendees), compliance flags and the meeting chat thread. Pure state + change notifications;
// transports (HTTP, WebSocket) live in other modules.
import { createHash, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';

/**
 * @typedef {{ lobby: boolean, channel: boolean, shareHistory: boolean, explicitConsent: boolean, maxRemoteVideos: number,
 *   captions?: boolean, captionTranslation?: boolean, reactions?: boolean }} MeetingPolicies
 *   (captions/reactions: Teams meeting policy, on unless false; captionTranslation: Teams Premium translated captions)
 * @typedef {{ mic: boolean, camera: boolean, screen: boolean, handRaised: boolean }} MediaFlags
 * @typedef {{
 *   id: string, rawId: string, displayName: string, kind: 'acs' | 'teams' | 'synthetic',
 *   state: 'lobby' | 'connected' | 'left', media: MediaFlags,
 *   requestedOn: Date, admittedOn?: Date, leftOn?: Date,
 *   online: boolean, resumeKey: string, socket?: unknown, owner?: unknown, graceTimer?: NodeJS.Timeout,
 *   consented: boolean, consentSent?: string,
 * }} Participant
 * @typedef {{ kind?: string, rawId: string, communicationUser?: { id: string },
 *   microsoftTeamsUser?: { userId: string, isAnonymous: boolean, cloud: string } }} IdentifierModel
 * @typedef {{
 *   id: string, type: 'text' | 'html' | 'topicUpdated' | 'participantAdded' | 'participantRemoved',
 *   sequenceId: string, version: string, content: Record<string, unknown>, senderDisplayName?: string,
 *   createdOn: Date, editedOn?: Date, deletedOn?: Date, senderCommunicationIdentifier?: IdentifierModel,
 *   metadata?: Record<string, string>,
 * }} StoredMessage
 */

/** A fictitious tenant: links carry a GUID-shaped tenant id like real ones do. */
const TENANT_ID = '5f1e4b7a-0c1d-4e2f-9a3b-7c6d5e4f3a2b';

/** A stable GUID-shaped object id for a Teams display name, so the same name always maps to the same user. */
export function teamsOid(/** @type {string} */ name) {
  const h = createHash('sha1').update(`tmj-emulator:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** @returns {IdentifierModel} */
export function teamsIdentifier(/** @type {string} */ oid) {
  return {
    kind: 'microsoftTeamsUser',
    rawId: `8:orgid:${oid}`,
    microsoftTeamsUser: { userId: oid, isAnonymous: false, cloud: 'public' },
  };
}

/** @returns {IdentifierModel} */
export function acsIdentifier(/** @type {string} */ rawId) {
  return { kind: 'communicationUser', rawId, communicationUser: { id: rawId } };
}

/** The shape Teams uses for meeting links: meetup-join/<encoded thread id>/0?context=<encoded JSON>. */
export function teamsMeetingLink(/** @type {string} */ threadId, /** @type {string} */ tenantId, /** @type {string} */ organizerOid) {
  const context = JSON.stringify({ Tid: tenantId, Oid: organizerOid });
  const enc = (/** @type {string} */ s) => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
  return `https://teams.microsoft.com/l/meetup-join/${enc(threadId)}/0?context=${enc(context)}`;
}

/**
 * How many remote videos a guest's client should render at once: what the ACS calling SDK publishes as
 * `Features.OptimalVideoCount` (`optimalVideoCount`, with `optimalVideoCountChanged`). The web SDK allows at most
 * 10 active remote video views on desktop browsers (6 on mobile; more fail with 400/43220, "Reaching max number of
 * active video subscriptions"), so 10 is the default; the console and the API may set 0…49 per meeting.
 */
export const DEFAULT_MAX_REMOTE_VIDEOS = 10;
export const MAX_REMOTE_VIDEOS_LIMIT = 49;
/** @returns {v is number} */
export function isVideoCount(/** @type {unknown} */ v) {
  return Number.isInteger(v) && /** @type {number} */ (v) >= 0 && /** @type {number} */ (v) <= MAX_REMOTE_VIDEOS_LIMIT;
}

export class Meeting {
  /**
   * @param {{ title: string, policies: MeetingPolicies, organizerName?: string }} init
   * @param {MeetingStore} store
   */
  constructor(init, store) {
    this.store = store;
    // Teams meeting thread ids: 19:meeting_<base64-ish>@thread.v2
    const random = randomBytes(36).toString('base64url').replace(/[-_]/g, 'x').slice(0, 48);
    this.threadId = `19:meeting_${random}@thread.v2`;
    this.id = randomBytes(4).toString('hex');
    this.title = init.title;
    this.policies = { ...init.policies };
    this.organizerName = init.organizerName ?? 'Olivia Organizer';
    this.organizerOid = teamsOid(this.organizerName);
    this.tenantId = TENANT_ID;
    this.link = teamsMeetingLink(this.threadId, this.tenantId, this.organizerOid);
    this.createdOn = new Date();
    this.ended = false;
    this.recording = false;
    this.transcription = false;
    /** @type {Map<string, Participant>} */
    this.participants = new Map();
    /** Oldest first. @type {StoredMessage[]} */
    this.messages = [];
    /** @type {{ rawId: string, chatMessageId: string, readOn: Date }[]} */
    this.readReceipts = [];
    this.sequence = 0;
    this.lastMessageMs = 0;
  }

  changed(/** @type {string} */ what = 'meeting') {
    this.store.emit('change', this, what);
  }

  /** @param {Partial<MeetingPolicies>} p */
  setPolicies(p) {
    for (const k of /** @type {const} */ (['lobby', 'channel', 'shareHistory', 'explicitConsent', 'captions', 'captionTranslation', 'reactions'])) {
      if (typeof p[k] === 'boolean') this.policies[k] = p[k];
    }
    if (isVideoCount(p.maxRemoteVideos)) this.policies.maxRemoteVideos = p.maxRemoteVideos;
    this.changed();
  }

  /** Participant connected in the call (admitted and not left) whose identity is `rawId`. */
  connectedByRawId(/** @type {string} */ rawId) {
    for (const p of this.participants.values()) if (p.rawId === rawId && p.state === 'connected') return p;
    return undefined;
  }

  /** Earliest admission of this identity (for the "history since joining" rule). */
  firstAdmittedOn(/** @type {string} */ rawId) {
    let first;
    for (const p of this.participants.values()) {
      if (p.rawId === rawId && p.admittedOn && (!first || p.admittedOn < first)) first = p.admittedOn;
    }
    return first;
  }

  /**
   * @param {{ rawId: string, displayName: string, kind: Participant['kind'], media?: Partial<MediaFlags>, lobby: boolean }} init
   * @returns {Participant}
   */
  addParticipant(init) {
    /** @type {Participant} */
    const p = {
      id: `p-${randomBytes(5).toString('hex')}`,
      rawId: init.rawId,
      displayName: init.displayName,
      kind: init.kind,
      state: init.lobby ? 'lobby' : 'connected',
      media: { mic: false, camera: false, screen: false, handRaised: false, ...init.media },
      requestedOn: new Date(),
      online: true,
      resumeKey: randomBytes(16).toString('hex'),
      // Explicit-consent meetings: has this seat agreed to recording/transcription (see Signaling.consentFor).
      consented: false,
    };
    if (!init.lobby) p.admittedOn = new Date();
    this.participants.set(p.id, p);
    if (p.state === 'connected' && p.kind === 'acs') this.addSystemMessage('participantAdded', p);
    this.changed('participants');
    return p;
  }

  admit(/** @type {Participant} */ p) {
    if (p.state !== 'lobby') return false;
    p.state = 'connected';
    p.admittedOn = new Date();
    if (p.kind === 'acs') this.addSystemMessage('participantAdded', p);
    this.changed('participants');
    return true;
  }

  markLeft(/** @type {Participant} */ p) {
    if (p.state === 'left') return false;
    const wasConnected = p.state === 'connected';
    p.state = 'left';
    p.leftOn = new Date();
    p.online = false;
    if (p.graceTimer) clearTimeout(p.graceTimer);
    if (wasConnected && p.kind === 'acs') this.addSystemMessage('participantRemoved', p);
    this.changed('participants');
    return true;
  }

  /** @param {'participantAdded' | 'participantRemoved'} type @param {Participant} p */
  addSystemMessage(type, p) {
    this.pushMessage({
      type,
      content: {
        participants: [{ communicationIdentifier: acsIdentifier(p.rawId), displayName: p.displayName, shareHistoryTime: new Date(0).toISOString() }],
        initiatorCommunicationIdentifier: teamsIdentifier(this.organizerOid),
      },
    });
  }

  /**
   * @param {{ type: StoredMessage['type'], content: Record<string, unknown>, senderDisplayName?: string,
   *   sender?: IdentifierModel, metadata?: Record<string, string> }} m
   * @returns {StoredMessage}
   */
  pushMessage(m) {
    // ACS message ids are millisecond timestamps; keep them unique and increasing.
    const ms = Math.max(Date.now(), this.lastMessageMs + 1);
    this.lastMessageMs = ms;
    this.sequence += 1;
    /** @type {StoredMessage} */
    const msg = {
      id: String(ms),
      type: m.type,
      sequenceId: String(this.sequence),
      version: String(ms),
      content: m.content,
      createdOn: new Date(ms),
    };
    if (m.senderDisplayName !== undefined) msg.senderDisplayName = m.senderDisplayName;
    if (m.sender) msg.senderCommunicationIdentifier = m.sender;
    if (m.metadata) msg.metadata = m.metadata;
    this.messages.push(msg);
    this.changed('chat');
    return msg;
  }

  /** Public view for the console API and the signalling channel (no sockets, no resume keys). */
  toJSON() {
    return {
      id: this.id,
      title: this.title,
      threadId: this.threadId,
      link: this.link,
      policies: this.policies,
      organizer: { displayName: this.organizerName, oid: this.organizerOid, tenantId: this.tenantId },
      ended: this.ended,
      recording: this.recording,
      transcription: this.transcription,
      createdOn: this.createdOn.toISOString(),
      participants: [...this.participants.values()].filter((p) => p.state !== 'left').map(publicParticipant),
      messageCount: this.messages.length,
      // Spotlighted participant ids (guest-features.mjs keeps them).
      spotlight: /** @type {{ guest?: { spotlight: string[] } }} */ (/** @type {unknown} */ (this)).guest?.spotlight ?? [],
    };
  }
}

/** What other participants and the console see of a participant. */
export function publicParticipant(/** @type {Participant} */ p) {
  return {
    id: p.id,
    displayName: p.displayName,
    kind: p.kind,
    isTeamsUser: p.kind !== 'acs',
    state: p.state,
    online: p.online,
    media: { ...p.media },
    requestedOn: p.requestedOn.toISOString(),
    admittedOn: p.admittedOn?.toISOString(),
    consented: p.consented,
    // Breakout room (null = main meeting); see guest-features.mjs.
    room: /** @type {{ room?: string | null }} */ (p).room ?? null,
  };
}

export class MeetingStore extends EventEmitter {
  /** @param {{ maxRemoteVideos?: number }} [options] the default video count of new meetings (server config) */
  constructor(options = {}) {
    super();
    this.setMaxListeners(100);
    /** @type {Map<string, Meeting>} */
    this.meetings = new Map();
    this.defaultMaxRemoteVideos = isVideoCount(options.maxRemoteVideos) ? options.maxRemoteVideos : DEFAULT_MAX_REMOTE_VIDEOS;
  }

  /** @param {{ title?: string, lobby?: boolean, channel?: boolean, shareHistory?: boolean, explicitConsent?: boolean, maxRemoteVideos?: unknown, captions?: boolean, captionTranslation?: boolean, reactions?: boolean, organizerName?: string }} init */
  create(init = {}) {
    const policies = {
      lobby: init.lobby === true,
      channel: init.channel === true,
      shareHistory: init.shareHistory !== false,
      explicitConsent: init.explicitConsent === true,
      maxRemoteVideos: isVideoCount(init.maxRemoteVideos) ? init.maxRemoteVideos : this.defaultMaxRemoteVideos,
      captions: init.captions !== false,
      captionTranslation: init.captionTranslation === true,
      reactions: init.reactions !== false,
    };
    const m = new Meeting(
      { title: init.title || 'Emulated Teams meeting', policies, organizerName: init.organizerName },
      this,
    );
    this.meetings.set(m.id, m);
    this.emit('change', m, 'created');
    return m;
  }

  /** Finds a meeting by its short id or by its chat thread id. */
  find(/** @type {string} */ idOrThread) {
    const direct = this.meetings.get(idOrThread);
    if (direct) return direct;
    for (const m of this.meetings.values()) if (m.threadId === idOrThread) return m;
    return undefined;
  }

  list() {
    return [...this.meetings.values()];
  }

  /** The meetings a fresh emulator starts with, one per policy the demo's picker offers. */
  seed() {
    this.create({ title: 'Open meeting' });
    this.create({ title: 'Meeting with lobby', lobby: true });
    this.create({ title: 'Channel meeting', channel: true });
    this.create({ title: 'Meeting with explicit recording consent', explicitConsent: true });
  }
}

