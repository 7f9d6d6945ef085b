// The organizer console's JSON API (/emulator/api/**): meetings and their policies, lobby, compliance,
// chat as a Teams user, removing people, ending the meeting, and fault controls. Loopback only and
// refused to cross-site pages (Origin check), since it has no authentication of its own.
import { send, sendError, readJson } from './http-util.mjs';
import { teamsIdentifier, teamsOid } from './meetings.mjs';
import { HOSTILE_HTML, TEAMS_SAMPLES } from './teams-html.mjs';
import { MAX_MESSAGE_LENGTH, messageJson } from './chat-rest.mjs';
import { serviceOrigin } from './chat-attachments.mjs';
import { handleGuestApi } from './guest-features.mjs';
import { handleRichChat } from './console-rich-chat.mjs';

/**
 * @param {{ store: import('./meetings.mjs').MeetingStore, signaling: import('./signaling.mjs').Signaling,
 *   minter: import('./tokens.mjs').TokenMinter, faults: import('./faults.mjs').Faults, info: () => Record<string, unknown> }} deps
 */
export function createConsoleApi({ store, signaling, minter, faults, info }) {
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   */
  return async function handleConsoleApi(req, res, url) {
    const prefix = '/emulator/api';
    if (!url.pathname.startsWith(`${prefix}/`) && url.pathname !== prefix) return false;
    const path = url.pathname.slice(prefix.length) || '/';
    const method = req.method ?? 'GET';

    /** @type {any} */
    let body = {};
    if (method === 'POST' || method === 'PATCH' || method === 'PUT') {
      try {
        body = (await readJson(req)) ?? {};
      } catch {
        sendError(res, 400, 'BadRequest', 'Body must be JSON.');
        return true;
      }
    }

    if (path === '/info' && method === 'GET') {
      send(res, 200, info());
      return true;
    }

    /* Meetings ---------------------------------------------------------------------------------- */
    if (path === '/meetings' && method === 'GET') {
      send(res, 200, { value: store.list().map((m) => m.toJSON()) });
      return true;
    }
    if (path === '/meetings' && method === 'POST') {
      const m = store.create({
        title: typeof body.title === 'string' ? body.title.slice(0, 200) : undefined,
        lobby: body.lobby === true,
        channel: body.channel === true,
        shareHistory: body.shareHistory !== false,
        explicitConsent: body.explicitConsent === true,
        maxRemoteVideos: body.maxRemoteVideos,
        captions: body.captions !== false,
        captionTranslation: body.captionTranslation === true,
        reactions: body.reactions !== false,
        organizerName: typeof body.organizerName === 'string' ? body.organizerName.slice(0, 100) : undefined,
      });
      send(res, 201, m.toJSON());
      return true;
    }

    /* Faults ------------------------------------------------------------------------------------ */
    if (path === '/faults' && method === 'GET') {
      send(res, 200, faults.toJSON());
      return true;
    }
    if (path === '/faults' && method === 'DELETE') {
      faults.clearAll();
      send(res, 200, faults.toJSON());
      return true;
    }
    const faultMatch = /^\/faults\/(chat|token|token-lifetime)$/.exec(path);
    if (faultMatch) {
      const kind = faultMatch[1];
      try {
        if (method === 'DELETE') {
          if (kind === 'chat') faults.clearChat();
          else if (kind === 'token') faults.token = null;
          else faults.tokenLifetime = null;
        } else if (method === 'POST' || method === 'PUT') {
          if (kind === 'chat') faults.setChat(body);
          else if (kind === 'token') faults.setToken(body);
          else faults.setTokenLifetime(body);
        } else {
          sendError(res, 405, 'MethodNotAllowed', 'Use POST to set, DELETE to clear.');
          return true;
        }
      } catch (e) {
        sendError(res, 400, 'BadRequest', e instanceof Error ? e.message : 'invalid fault');
        return true;
      }
      send(res, 200, faults.toJSON());
      return true;
    }

    /* One meeting -------------------------------------------------------------------------------- */
    const mm = /^\/meetings\/([^/]+)(\/.*)?$/.exec(path);
    if (!mm) {
      sendError(res, 404, 'NotFound', 'Unknown console API path.');
      return true;
    }
    const meeting = store.find(decodeURIComponent(mm[1]));
    if (!meeting) {
      sendError(res, 404, 'MeetingNotFound', 'No such meeting.');
      return true;
    }
    const action = mm[2] ?? '';
    const participant = (/** @type {unknown} */ id) => (typeof id === 'string' ? meeting.participants.get(id) : undefined);

    if (action === '' && method === 'GET') {
      send(res, 200, meeting.toJSON());
      return true;
    }
    if (action === '' && method === 'PATCH') {
      const videos = meeting.policies.maxRemoteVideos;
      meeting.setPolicies(body);
      // Turning explicit consent on while recording runs blocks guests who have not agreed yet, at once.
      signaling.enforceConsent(meeting);
      if (meeting.policies.maxRemoteVideos !== videos) signaling.broadcastVideoCount(meeting);
      send(res, 200, meeting.toJSON());
      return true;
    }
    if (action === '/admit' && method === 'POST') {
      const targets = body.all === true
        ? [...meeting.participants.values()].filter((p) => p.state === 'lobby')
        : [participant(body.participantId)].filter((p) => p !== undefined);
      if (targets.length === 0 && body.all !== true) {
        sendError(res, 404, 'ParticipantNotFound', 'No such participant in the lobby.');
        return true;
      }
      const admitted = targets.filter((p) => p && signaling.admit(meeting, p)).map((p) => p?.id);
      send(res, 200, { admitted, meeting: meeting.toJSON() });
      return true;
    }
    if ((action === '/deny' || action === '/remove') && method === 'POST') {
      const p = participant(body.participantId);
      if (!p) {
        sendError(res, 404, 'ParticipantNotFound', 'No such participant.');
        return true;
      }
      const ok = action === '/deny' ? signaling.deny(meeting, p) : signaling.remove(meeting, p);
      if (!ok) {
        sendError(res, 409, 'Conflict', action === '/deny' ? 'The participant is not in the lobby.' : 'The participant already left.');
        return true;
      }
      send(res, 200, meeting.toJSON());
      return true;
    }
    if (action === '/end' && method === 'POST') {
      signaling.end(meeting);
      send(res, 200, meeting.toJSON());
      return true;
    }
    if (action === '/reopen' && method === 'POST') {
      meeting.ended = false;
      meeting.changed();
      send(res, 200, meeting.toJSON());
      return true;
    }
    if ((action === '/recording' || action === '/transcription') && method === 'POST') {
      if (typeof body.on !== 'boolean') {
        sendError(res, 400, 'BadRequest', 'Body must be {"on": true|false}.');
        return true;
      }
      signaling.setCompliance(meeting, action === '/recording' ? { recording: body.on } : { transcription: body.on });
      send(res, 200, meeting.toJSON());
      return true;
    }

    if (action === '/chat' && method === 'GET') {
      send(res, 200, { value: meeting.messages.map((m) => messageJson(m, { origin: serviceOrigin(req), threadId: meeting.threadId })) });
      return true;
    }
    // Images, files, replies, emoji and verbatim attachments (console-rich-chat.mjs).
    if (action.startsWith('/chat/') && handleRichChat({ req, meeting, action, method, body, signaling, reply: (status, json) => send(res, status, json) })) return true;
    if ((action === '/chat' || action === '/chat/hostile' || action === '/chat/samples') && method === 'POST') {
      if (meeting.policies.channel) {
        // The Teams side can chat in a channel, but nobody on the ACS side would see it; say so.
        sendError(res, 409, 'ChannelMeeting', 'Channel meetings have no chat for guests on the emulator.');
        return true;
      }
      const senderName = typeof body.senderName === 'string' && body.senderName.trim() ? body.senderName.trim().slice(0, 100) : meeting.organizerName;
      const oid = senderName === meeting.organizerName ? meeting.organizerOid : teamsOid(senderName);
      const contents = action === '/chat/hostile' ? HOSTILE_HTML : action === '/chat/samples' ? TEAMS_SAMPLES : [body.content];
      const type = action === '/chat' && body.type === 'text' ? 'text' : 'html';
      for (const c of contents) {
        if (typeof c !== 'string' || !c.trim() || c.length > MAX_MESSAGE_LENGTH) {
          sendError(res, 400, 'BadRequest', `content must be a non-empty string of at most ${MAX_MESSAGE_LENGTH} characters.`);
          return true;
        }
      }
      const ids = contents.map(
        (c) => meeting.pushMessage({ type, content: { message: c }, senderDisplayName: senderName, sender: teamsIdentifier(oid) }).id,
      );
      signaling.chatActivity(meeting);
      send(res, 201, { ids, id: ids[0] });
      return true;
    }

    const pm = /^\/participants\/([^/]+)\/(drop|expire-token|mute|media)$/.exec(action);
    if (pm && method === 'POST') {
      const p = participant(pm[1]);
      if (!p) {
        sendError(res, 404, 'ParticipantNotFound', 'No such participant.');
        return true;
      }
      if (pm[2] === 'drop') {
        const dropped = signaling.drop(p, Number(body.blockMs) || 0);
        send(res, 200, { dropped });
      } else if (pm[2] === 'mute') {
        send(res, 200, { muted: signaling.mute(p) });
      } else if (pm[2] === 'expire-token') {
        // Every token minted for this identity so far stops working: chat answers 401 until it refreshes.
        minter.revokeIdentity(p.rawId);
        send(res, 200, { revoked: true });
      } else {
        sendError(res, 405, 'MethodNotAllowed', 'Participants set their own media.');
      }
      return true;
    }
    if (handleGuestApi(signaling.guest, meeting, action, method, body, (status, json) => send(res, status, json))) return true;
    if (action === '/synthetic') {
      sendError(res, 409, 'UseConsolePage', 'Synthetic participants generate their media in a browser tab: open /console.html?meeting=<id>&synthetic=<n>.');
      return true;
    }

    sendError(res, 404, 'NotFound', 'Unknown console API path.');
    return true;
  };
}
