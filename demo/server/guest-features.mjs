// What guests can do in Teams meetings (issue 16), as the emulator plays it: live captions (Teams captions:
// the visitor turns them on, picks the spoken language, and where the meeting allows translation — Teams
// Premium — a caption language), reactions, spotlight, and breakout rooms. Split from signaling.mjs, which
// hands it the frames it does not know and asks it who shares a room.
//
// Sources for the behaviour played here (Microsoft Learn, Azure Communication Services):
//  - "Closed captions for Teams interoperability" (how-tos/calling-sdk/closed-captions-teams-interop-how-to):
//    captions are started per client with a spoken language; `CaptionsReceived` carries speaker, spoken text,
//    caption text and `resultType` Partial | Final; translated captions need a Teams Premium license.
//  - "Reactions" (how-tos/calling-sdk/reactions): like, love (`heart`), laugh, applause, surprised; Teams meeting
//    support follows Teams policy; reactions go to the others in the call.
//  - "Spotlight" (how-tos/calling-sdk/spotlight): at most seven spotlighted participants in a call.
//  - "Breakout rooms" (how-tos/calling-sdk/breakoutrooms): ACS users are assigned by the organizer; with
//    "automatically move people" they are moved, otherwise they join the assigned room themselves; a setting can
//    forbid returning to the main meeting.
import { id, isRecord, text } from './validate.mjs';
import { publicParticipant } from './meetings.mjs';

export const REACTIONS = ['like', 'love', 'applause', 'laugh', 'surprised'];
/** Spoken languages the emulated caption service offers (BCP 47, as `supportedSpokenLanguages`). */
export const SPOKEN_LANGUAGES = ['en-us', 'fr-fr', 'de-de', 'es-es'];
/** Caption (translation) languages (ISO 639-1, as `supportedCaptionLanguages`), only with translation allowed. */
export const CAPTION_LANGUAGES = ['en', 'fr', 'de', 'es'];
export const MAX_SPOTLIGHT = 7;
const MAX_CAPTION_CHARS = 1000;
/** Reactions one participant may send per second; more are dropped (a stuck key must not flood a meeting). */
const MAX_REACTIONS_PER_SECOND = 5;

/**
 * @typedef {import('./meetings.mjs').Meeting} Meeting
 * @typedef {import('./meetings.mjs').Participant & { room?: string | null, assignedRoom?: string | null,
 *   captionsOn?: boolean, captionLanguage?: string, reactionRate?: { start: number, count: number } }} GuestParticipant
 * @typedef {{ spokenLanguage: string, spotlight: string[], rooms: { autoMove: boolean, canReturn: boolean } }} GuestMeetingState
 */

/** The meeting's guest-feature state, created on first use. @returns {GuestMeetingState} */
export function guestState(/** @type {Meeting} */ meeting) {
  const m = /** @type {Meeting & { guest?: GuestMeetingState }} */ (meeting);
  m.guest ??= { spokenLanguage: 'en-us', spotlight: [], rooms: { autoMove: true, canReturn: true } };
  return m.guest;
}

/** Room of a participant: null = the main meeting. */
export const roomOf = (/** @type {GuestParticipant | null | undefined} */ p) => p?.room ?? null;

export class GuestFeatures {
  /** @param {import('./signaling.mjs').Signaling} signaling */
  constructor(signaling) {
    this.signaling = signaling;
  }

  /** What a participant learns about these features on entering the call (part of the meeting info). */
  meetingInfo(/** @type {Meeting} */ meeting, /** @type {GuestParticipant} */ p) {
    return {
      reactions: meeting.policies.reactions !== false,
      captions: this.captionsState(meeting, p),
      spotlight: guestState(meeting).spotlight,
      breakout: this.breakoutInfo(meeting, p),
    };
  }

  captionsState(/** @type {Meeting} */ meeting, /** @type {GuestParticipant} */ p) {
    const translation = meeting.policies.captionTranslation === true;
    return {
      supported: meeting.policies.captions !== false,
      active: p.captionsOn === true,
      spokenLanguage: guestState(meeting).spokenLanguage,
      spokenLanguages: SPOKEN_LANGUAGES,
      captionLanguage: translation ? (p.captionLanguage ?? guestState(meeting).spokenLanguage.slice(0, 2)) : undefined,
      captionLanguages: translation ? CAPTION_LANGUAGES : [],
    };
  }

  breakoutInfo(/** @type {Meeting} */ meeting, /** @type {GuestParticipant} */ p) {
    const rooms = guestState(meeting).rooms;
    if (p.room) return { roomName: p.room, phase: 'in-room', canReturn: rooms.canReturn };
    if (p.assignedRoom) return { roomName: p.assignedRoom, phase: 'assigned', canReturn: rooms.canReturn };
    return null;
  }

  /* Visitor frames -------------------------------------------------------------------------------- */

  /** @returns {boolean} true when the frame was one of these features' */
  onVisitorMessage(/** @type {Meeting} */ meeting, /** @type {GuestParticipant} */ p, /** @type {any} */ msg) {
    if (p.state !== 'connected') return ['captions', 'caption-language', 'reaction', 'breakout-join', 'breakout-return'].includes(msg.type);
    switch (msg.type) {
      case 'captions': {
        if (typeof msg.on !== 'boolean' || meeting.policies.captions === false) return this.refuse(p, 'captions');
        p.captionsOn = msg.on;
        this.sendCaptionsState(meeting, p);
        return true;
      }
      case 'caption-language': {
        const lang = typeof msg.language === 'string' ? msg.language.toLowerCase() : '';
        if (msg.kind === 'spoken' && SPOKEN_LANGUAGES.includes(lang)) {
          // Teams: the spoken language is the meeting's; changing it changes it for everyone with captions on.
          guestState(meeting).spokenLanguage = lang;
          for (const q of meeting.participants.values()) if (q.kind === 'acs' && q.state === 'connected') this.sendCaptionsState(meeting, q);
          return true;
        }
        if (msg.kind === 'caption' && meeting.policies.captionTranslation === true && CAPTION_LANGUAGES.includes(lang)) {
          p.captionLanguage = lang;
          this.sendCaptionsState(meeting, p);
          return true;
        }
        return this.refuse(p, 'caption-language');
      }
      case 'reaction': {
        if (!REACTIONS.includes(msg.reaction) || meeting.policies.reactions === false) return this.refuse(p, 'reaction');
        if (this.reactionFlood(p)) return true;
        this.signaling.broadcast(meeting, { type: 'reaction', participantId: p.id, reaction: msg.reaction }, p);
        return true;
      }
      case 'breakout-join': {
        if (!p.assignedRoom || p.room) return this.refuse(p, 'breakout-join');
        this.move(meeting, p, p.assignedRoom);
        return true;
      }
      case 'breakout-return': {
        if (!p.room || !guestState(meeting).rooms.canReturn) return this.refuse(p, 'breakout-return');
        p.assignedRoom = null;
        this.move(meeting, p, null);
        return true;
      }
      default:
        return false;
    }
  }

  refuse(/** @type {GuestParticipant} */ p, /** @type {string} */ what) {
    send(p.socket, { type: 'invalid', message: `${what} refused` });
    return true;
  }

  reactionFlood(/** @type {GuestParticipant} */ p) {
    const now = Date.now();
    if (!p.reactionRate || now - p.reactionRate.start >= 1000) p.reactionRate = { start: now, count: 0 };
    p.reactionRate.count += 1;
    return p.reactionRate.count > MAX_REACTIONS_PER_SECOND;
  }

  sendCaptionsState(/** @type {Meeting} */ meeting, /** @type {GuestParticipant} */ p) {
    send(p.socket, { type: 'captions-state', captions: this.captionsState(meeting, p) });
  }

  /* Organizer and synthetic actions ------------------------------------------------------------------ */

  /**
   * One caption line spoken by `speaker` (a participant, or the organizer when null), sent to every guest in the
   * same room who has captions on. The emulator cannot translate: a caption language other than the spoken one
   * is marked `[xx]` in front of the original text, so tests can see which language was asked for.
   * @param {Meeting} meeting @param {GuestParticipant | null} speaker @param {{ text: unknown, final?: unknown, speakerName?: unknown }} line
   */
  caption(meeting, speaker, line) {
    if (meeting.policies.captions === false) return { sent: 0, error: 'Captions are turned off for this meeting.' };
    const spoken = text(line.text, MAX_CAPTION_CHARS, '');
    if (!spoken) return { sent: 0, error: `text must be a non-empty string of at most ${MAX_CAPTION_CHARS} characters.` };
    const speakerName = speaker ? speaker.displayName : text(line.speakerName, 100, meeting.organizerName);
    const speakerId = speaker ? speaker.id : `organizer:${meeting.organizerOid}`;
    const final = line.final !== false;
    const spokenLanguage = guestState(meeting).spokenLanguage;
    let sent = 0;
    for (const q of /** @type {IterableIterator<GuestParticipant>} */ (meeting.participants.values())) {
      if (q.kind !== 'acs' || q.state !== 'connected' || !q.captionsOn || q === speaker) continue;
      if (roomOf(q) !== roomOf(speaker)) continue;
      const captionLanguage = meeting.policies.captionTranslation === true ? (q.captionLanguage ?? spokenLanguage.slice(0, 2)) : spokenLanguage.slice(0, 2);
      const captionText = captionLanguage === spokenLanguage.slice(0, 2) ? spoken : `[${captionLanguage}] ${spoken}`;
      send(q.socket, { type: 'caption', speakerId, speakerName, text: captionText, spokenText: spoken, final, spokenLanguage, captionLanguage });
      sent++;
    }
    return { sent };
  }

  /** A reaction from a participant (synthetic or real) or the console. @returns {string | null} error */
  react(/** @type {Meeting} */ meeting, /** @type {GuestParticipant} */ p, /** @type {unknown} */ reaction) {
    if (typeof reaction !== 'string' || !REACTIONS.includes(reaction)) return `reaction must be one of ${REACTIONS.join(', ')}.`;
    if (p.state !== 'connected') return 'The participant is not in the call.';
    this.signaling.broadcast(meeting, { type: 'reaction', participantId: p.id, reaction }, p);
    return null;
  }

  /** Spotlights or un-spotlights a participant (at most seven at once). @returns {string | null} error */
  spotlight(/** @type {Meeting} */ meeting, /** @type {GuestParticipant | undefined} */ p, /** @type {boolean} */ on) {
    const state = guestState(meeting);
    if (!p) {
      if (on) return 'participantId is required to spotlight someone.';
      state.spotlight = [];
    } else if (on) {
      if (p.state !== 'connected') return 'The participant is not in the call.';
      if (!state.spotlight.includes(p.id)) {
        if (state.spotlight.length >= MAX_SPOTLIGHT) return `At most ${MAX_SPOTLIGHT} people can be spotlighted.`;
        state.spotlight = [...state.spotlight, p.id];
      }
    } else {
      state.spotlight = state.spotlight.filter((x) => x !== p.id);
    }
    this.signaling.broadcast(meeting, { type: 'spotlight', ids: state.spotlight });
    meeting.changed();
    return null;
  }

  /** A participant leaves: out of the spotlight too. */
  onLeft(/** @type {Meeting} */ meeting, /** @type {GuestParticipant} */ p) {
    const state = guestState(meeting);
    if (state.spotlight.includes(p.id)) this.spotlight(meeting, p, false);
  }

  /**
   * Assigns a participant to a breakout room (`room` null = back to the main meeting). With `autoMove` the
   * participant is moved at once; otherwise they are told and join themselves.
   * @param {Meeting} meeting @param {GuestParticipant} p @param {string | null} room
   * @param {{ autoMove?: boolean, canReturn?: boolean }} settings
   * @returns {string | null} error
   */
  assign(meeting, p, room, settings) {
    if (p.state !== 'connected') return 'The participant is not in the call.';
    const rooms = guestState(meeting).rooms;
    if (typeof settings.autoMove === 'boolean') rooms.autoMove = settings.autoMove;
    if (typeof settings.canReturn === 'boolean') rooms.canReturn = settings.canReturn;
    p.assignedRoom = room;
    if (room === null || rooms.autoMove) this.move(meeting, p, room);
    else send(p.socket, { type: 'breakout', breakout: this.breakoutInfo(meeting, p) });
    meeting.changed('participants');
    return null;
  }

  /** Moves `p` into `room` (null = main): the old room sees them leave, the new room sees them join. */
  move(/** @type {Meeting} */ meeting, /** @type {GuestParticipant} */ p, /** @type {string | null} */ room) {
    if (roomOf(p) === room) {
      send(p.socket, { type: 'breakout', breakout: this.breakoutInfo(meeting, p) });
      return;
    }
    const from = roomOf(p);
    this.signaling.broadcast(meeting, { type: 'participant-left', participantId: p.id }, p);
    p.room = room;
    this.signaling.broadcast(meeting, { type: 'participant-joined', participant: publicParticipant(p) }, p);
    this.signaling.log(`${p.displayName} moved from ${from ?? 'the main meeting'} to ${room ?? 'the main meeting'} in "${meeting.title}"`);
    if (p.kind === 'synthetic') {
      send(p.owner, { type: 'synthetic-moved', participantId: p.id, peers: this.signaling.peersOf(meeting, p).filter((q) => q.kind === 'acs').map((q) => q.id) });
    } else {
      send(p.socket, {
        type: 'breakout',
        breakout: this.breakoutInfo(meeting, p),
        moved: room === null ? 'main' : 'room',
        roomName: room ?? from,
        participants: this.signaling.peersOf(meeting, p),
      });
    }
    meeting.changed('participants');
  }

  /* Console socket frames (synthetic participants speak and react) --------------------------------------- */

  /** @returns {boolean} */
  onConsoleMessage(/** @type {Meeting} */ meeting, /** @type {unknown} */ owner, /** @type {any} */ msg) {
    if (msg.type !== 'synthetic-caption' && msg.type !== 'synthetic-reaction') return false;
    const p = meeting.participants.get(id(msg.participantId) ?? '');
    if (!p || p.kind !== 'synthetic' || p.owner !== owner || p.state !== 'connected') return true;
    if (msg.type === 'synthetic-caption') this.caption(meeting, p, { text: msg.text, final: msg.final });
    else this.react(meeting, p, msg.reaction);
    return true;
  }
}

/** Console API routes for these features (`/meetings/:id/captions|reactions|spotlight|breakout|guest-policies`). */
export function handleGuestApi(
  /** @type {GuestFeatures} */ guest,
  /** @type {Meeting} */ meeting,
  /** @type {string} */ action,
  /** @type {string} */ method,
  /** @type {any} */ body,
  /** @type {(status: number, json: unknown) => void} */ reply,
) {
  if (method !== 'POST') return false;
  const participant = () => (typeof body.participantId === 'string' ? meeting.participants.get(body.participantId) : undefined);
  const fail = (/** @type {number} */ status, /** @type {string} */ code, /** @type {string} */ message) => reply(status, { error: { code, message } });
  switch (action) {
    case '/captions': {
      const p = body.participantId === undefined ? null : participant();
      if (p === undefined) return fail(404, 'ParticipantNotFound', 'No such participant.'), true;
      const r = guest.caption(meeting, p, body);
      if (r.error) return fail(400, 'BadRequest', r.error), true;
      reply(200, { sent: r.sent });
      return true;
    }
    case '/reactions': {
      const p = participant();
      if (!p) return fail(404, 'ParticipantNotFound', 'A reaction needs the participantId of someone in the call.'), true;
      const error = guest.react(meeting, p, body.reaction);
      if (error) return fail(400, 'BadRequest', error), true;
      reply(200, { sent: true });
      return true;
    }
    case '/spotlight': {
      if (typeof body.on !== 'boolean') return fail(400, 'BadRequest', 'Body must be {"participantId", "on": true|false}.'), true;
      const p = participant();
      if (body.participantId !== undefined && !p) return fail(404, 'ParticipantNotFound', 'No such participant.'), true;
      const error = guest.spotlight(meeting, p, body.on);
      if (error) return fail(409, 'Conflict', error), true;
      reply(200, { spotlight: guestState(meeting).spotlight });
      return true;
    }
    case '/breakout': {
      const p = participant();
      if (!p) return fail(404, 'ParticipantNotFound', 'No such participant.'), true;
      const room = body.room === null ? null : text(body.room, 60, '');
      if (room === '') return fail(400, 'BadRequest', 'room must be a room name (at most 60 characters) or null for the main meeting.'), true;
      const settings = isRecord(body) ? { autoMove: body.autoMove, canReturn: body.canReturn } : {};
      const error = guest.assign(meeting, p, room, settings);
      if (error) return fail(409, 'Conflict', error), true;
      reply(200, { participantId: p.id, room: p.room ?? null, assignedRoom: p.assignedRoom ?? null });
      return true;
    }
    default:
      return false;
  }
}

function send(/** @type {any} */ ws, /** @type {Record<string, unknown>} */ msg) {
  if (ws && ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
}
