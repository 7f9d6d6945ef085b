// The organizer console: a person's (and a test's) view of the Teams side of emulated meetings, over the
// console JSON API (/emulator/api) plus a WebSocket for live updates and for synthetic participants, whose
// video (canvas) and audio (oscillator) are generated in this tab and sent to every real guest over WebRTC.
// URL parameters: ?meeting=<id> selects a meeting; &synthetic=<n> adds n synthetic participants at once.

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const api = async (method, path, body) => {
  const r = await fetch(`/emulator/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  const json = text ? JSON.parse(text) : undefined;
  if (!r.ok) throw new Error(json?.error?.message || `HTTP ${r.status}`);
  return json;
};
const say = (text) => {
  $('status').textContent = text;
};
const act = (fn) => async (...args) => {
  try {
    await fn(...args);
  } catch (e) {
    say(`Failed: ${e.message}`);
    console.warn('[console]', e);
  }
};

let meetings = [];
let current = null; // the selected meeting (latest snapshot)
let socket = null;
let lastMessageCount = -1;

/* Meetings list ------------------------------------------------------------------------------------ */

async function loadMeetings() {
  meetings = (await api('GET', '/meetings')).value;
  renderMeetingList();
}

function renderMeetingList() {
  const list = $('meeting-list');
  list.replaceChildren(
    ...meetings.map((m) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.setAttribute('aria-current', String(current?.id === m.id));
      b.textContent = m.title;
      const badges = document.createElement('span');
      badges.className = 'badges';
      const people = m.participants.filter((p) => p.state === 'connected').length;
      const waiting = m.participants.filter((p) => p.state === 'lobby').length;
      badges.textContent = [
        m.policies.lobby ? 'lobby' : 'no lobby',
        m.policies.channel ? 'channel' : null,
        m.policies.explicitConsent ? 'consent' : null,
        m.ended ? 'ended' : `${people} in call`,
        waiting ? `${waiting} waiting` : null,
        m.recording ? '● rec' : null,
      ].filter(Boolean).join(' · ');
      b.append(badges);
      b.addEventListener('click', () => select(m.id));
      li.append(b);
      return li;
    }),
  );
}

$('new-meeting').addEventListener('submit', act(async (e) => {
  e.preventDefault();
  const f = e.target;
  const m = await api('POST', '/meetings', {
    title: f.title.value,
    lobby: f.lobby.checked,
    channel: f.channel.checked,
    shareHistory: f.shareHistory.checked,
    explicitConsent: f.explicitConsent.checked,
  });
  await loadMeetings();
  await select(m.id);
  say(`Created ${m.title}`);
}));

/* One meeting ---------------------------------------------------------------------------------------- */

async function select(id) {
  if (current?.id !== id) clearSynthetics();
  current = await api('GET', `/meetings/${encodeURIComponent(id)}`);
  params.set('meeting', id);
  history.replaceState(null, '', `?${params}`);
  lastMessageCount = -1;
  render();
  renderMeetingList();
  connectSocket(id);
}

function connectSocket(id) {
  socket?.close();
  const ws = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/emulator/ws`);
  socket = ws;
  ws.addEventListener('open', () => ws.send(JSON.stringify({ type: 'console-hello', meetingId: id })));
  ws.addEventListener('message', (e) => {
    const msg = JSON.parse(e.data);
    if (msg.type === 'meeting' && msg.meeting.id === current?.id) {
      current = msg.meeting;
      const i = meetings.findIndex((m) => m.id === current.id);
      if (i >= 0) meetings[i] = current;
      render();
      renderMeetingList();
    } else {
      onSyntheticMessage(msg);
    }
  });
  ws.addEventListener('close', () => {
    if (socket !== ws) return;
    // Synthetic participants lived on this socket; the server has removed them.
    clearSynthetics(false);
    setTimeout(() => {
      if (socket === ws && current) connectSocket(current.id);
    }, 1000);
  });
}

function render() {
  const m = current;
  $('meeting').hidden = !m;
  if (!m) return;
  $('m-title').textContent = m.title;
  $('m-ended').hidden = !m.ended;
  $('m-link').value = m.link;
  $('m-demo').href = `/?meeting=${encodeURIComponent(m.id)}`;
  $('demo-link').href = `/?meeting=${encodeURIComponent(m.id)}`;
  $('p-lobby').checked = m.policies.lobby;
  $('p-channel').checked = m.policies.channel;
  $('p-history').checked = m.policies.shareHistory;
  $('p-consent').checked = m.policies.explicitConsent === true;
  if (document.activeElement !== $('p-videos')) $('p-videos').value = String(m.policies.maxRemoteVideos ?? 10);
  $('p-captions').checked = m.policies.captions !== false;
  $('p-translation').checked = m.policies.captionTranslation === true;
  $('p-reactions').checked = m.policies.reactions !== false;
  renderCaptionSpeakers(m);
  setToggle($('rec'), m.recording, 'recording');
  setToggle($('tr'), m.transcription, 'transcription');
  $('chat-note').hidden = !m.policies.channel;
  if (!$('chat-sender').value) $('chat-sender').value = m.organizer.displayName;

  const lobby = m.participants.filter((p) => p.state === 'lobby');
  const inCall = m.participants.filter((p) => p.state === 'connected');
  $('lobby-count').textContent = `(${lobby.length})`;
  $('people-count').textContent = `(${inCall.length})`;
  $('admit-all').disabled = lobby.length === 0;
  $('lobby').replaceChildren(
    ...lobby.map((p) =>
      personRow(p, [
        ['Admit', () => api('POST', `/meetings/${m.id}/admit`, { participantId: p.id })],
        ['Deny', () => api('POST', `/meetings/${m.id}/deny`, { participantId: p.id })],
      ]),
    ),
  );
  $('people').replaceChildren(
    ...inCall.map((p) =>
      personRow(
        p,
        [
          ['React 👏', () => api('POST', `/meetings/${m.id}/reactions`, { participantId: p.id, reaction: 'applause' })],
          [(m.spotlight ?? []).includes(p.id) ? 'Stop spotlight' : 'Spotlight', () => api('POST', `/meetings/${m.id}/spotlight`, { participantId: p.id, on: !(m.spotlight ?? []).includes(p.id) })],
          p.room
            ? ['Back to main meeting', () => api('POST', `/meetings/${m.id}/breakout`, { participantId: p.id, room: null })]
            : ['Move to Room 1', () => api('POST', `/meetings/${m.id}/breakout`, { participantId: p.id, room: 'Room 1', autoMove: true })],
          ...(p.room ? [] : [['Assign Room 1', () => api('POST', `/meetings/${m.id}/breakout`, { participantId: p.id, room: 'Room 1', autoMove: false })]]),
        ].concat(p.kind === 'synthetic'
          ? [['Remove', () => removeSynthetic(p.id)]]
          : [
              ['Mute', () => api('POST', `/meetings/${m.id}/participants/${p.id}/mute`)],
              ['Remove', () => api('POST', `/meetings/${m.id}/remove`, { participantId: p.id })],
              ['Drop connection', () => api('POST', `/meetings/${m.id}/participants/${p.id}/drop`, { blockMs: 0 })],
              ['Expire token', () => api('POST', `/meetings/${m.id}/participants/${p.id}/expire-token`)],
            ]),
      ),
    ),
  );
  $('synth-count').textContent = `${synthetics.size} running in this tab`;
  if (m.messageCount !== lastMessageCount) {
    lastMessageCount = m.messageCount;
    void loadChat();
  }
}

function personRow(p, actions) {
  const li = document.createElement('li');
  const name = document.createElement('span');
  name.className = 'name';
  name.textContent = p.displayName;
  const flags = document.createElement('span');
  flags.className = 'flags';
  flags.textContent = [
    p.kind === 'synthetic' ? 'synthetic' : p.isTeamsUser ? 'Teams' : 'guest',
    p.media.mic ? 'mic on' : 'muted',
    p.media.camera ? 'camera on' : 'camera off',
    p.media.screen ? 'sharing' : null,
    p.media.handRaised ? '✋ hand raised' : null,
    p.online ? null : 'reconnecting…',
    p.room ? `in ${p.room}` : null,
  ].filter(Boolean).join(' · ');
  li.append(name, flags);
  for (const [label, fn] of actions) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.setAttribute('aria-label', `${label}: ${p.displayName}`);
    b.addEventListener('click', act(async () => {
      await fn();
      say(`${label}: ${p.displayName}`);
    }));
    li.append(b);
  }
  return li;
}

function setToggle(button, on, what) {
  button.setAttribute('aria-pressed', String(on));
  button.textContent = on ? `Stop ${what}` : `Start ${what}`;
}

$('rec').addEventListener('click', act(() => api('POST', `/meetings/${current.id}/recording`, { on: !current.recording })));
$('tr').addEventListener('click', act(() => api('POST', `/meetings/${current.id}/transcription`, { on: !current.transcription })));
$('end').addEventListener('click', act(async () => {
  if (!confirm(`End "${current.title}" for everyone?`)) return;
  await api('POST', `/meetings/${current.id}/end`);
  clearSynthetics();
  say('Meeting ended for everyone');
}));
$('reopen').addEventListener('click', act(() => api('POST', `/meetings/${current.id}/reopen`)));
$('admit-all').addEventListener('click', act(() => api('POST', `/meetings/${current.id}/admit`, { all: true })));
$('copy-link').addEventListener('click', act(async () => {
  await navigator.clipboard.writeText(current.link);
  say('Link copied');
}));
for (const [id, key] of [['p-lobby', 'lobby'], ['p-channel', 'channel'], ['p-history', 'shareHistory'], ['p-consent', 'explicitConsent'], ['p-captions', 'captions'], ['p-translation', 'captionTranslation'], ['p-reactions', 'reactions']]) {
  $(id).addEventListener('change', act((e) => api('PATCH', `/meetings/${current.id}`, { [key]: e.target.checked })));
}
// The meeting's recommended remote video count (0…49): pushed to every guest at once (`video-count`).
$('p-videos').addEventListener('change', act((e) => {
  const n = Number(e.target.value);
  if (!Number.isInteger(n) || n < 0 || n > 49) throw new Error('Remote videos: a whole number from 0 to 49');
  return api('PATCH', `/meetings/${current.id}`, { maxRemoteVideos: n });
}));

/* Captions --------------------------------------------------------------------------------------------- */

function renderCaptionSpeakers(m) {
  const select = $('caption-speaker');
  const keep = select.value;
  const people = m.participants.filter((p) => p.state === 'connected');
  select.replaceChildren(
    new Option(`${m.organizer.displayName} (organizer)`, ''),
    ...people.map((p) => new Option(p.displayName, p.id)),
  );
  if ([...select.options].some((o) => o.value === keep)) select.value = keep;
}

$('caption-form').addEventListener('submit', act(async (e) => {
  e.preventDefault();
  const participantId = $('caption-speaker').value || undefined;
  const { sent } = await api('POST', `/meetings/${current.id}/captions`, { participantId, text: $('caption-text').value, final: !$('caption-partial').checked });
  say(`Caption sent to ${sent} guest(s) with captions on`);
}));

/** Lines synthetic participants say (word by word as partial captions, then the final line) while they talk. */
const CAPTION_SCRIPT = [
  'Good morning, can everyone hear me?',
  'Let us look at the numbers for this quarter.',
  'I think the new onboarding flow is working well.',
  'Does anyone have questions before we move on?',
  'Thanks, that is a good point.',
];
let captionTurn = -1;
function speakScriptedCaptions() {
  if (!$('synth-captions').checked || !socket || socket.readyState !== WebSocket.OPEN) return;
  const list = [...synthetics.values()];
  if (list.length === 0) return;
  const slot = Math.floor(Date.now() / 2000);
  const speaker = list[slot % list.length];
  const line = CAPTION_SCRIPT[slot % CAPTION_SCRIPT.length];
  const words = line.split(' ');
  // Within the speaker's 2-second turn: partial results grow, the last one is final.
  const step = Math.min(words.length, 1 + Math.floor(((Date.now() % 2000) / 2000) * (words.length + 1)));
  const final = step >= words.length;
  // One final line per turn.
  if (captionTurn === slot && final) return;
  if (final) captionTurn = slot;
  socket.send(JSON.stringify({ type: 'synthetic-caption', participantId: speaker.id, text: words.slice(0, step).join(' '), final }));
}
setInterval(speakScriptedCaptions, 400);

/* Chat ----------------------------------------------------------------------------------------------- */

async function loadChat() {
  if (!current) return;
  const { value } = await api('GET', `/meetings/${current.id}/chat`);
  const list = $('chat');
  list.replaceChildren(
    ...value.map((m) => {
      const li = document.createElement('li');
      const who = document.createElement('span');
      who.className = 'who';
      who.textContent = `${m.senderDisplayName || m.type} · ${new Date(m.createdOn).toLocaleTimeString()}: `;
      // Raw content as text: the console shows exactly what was sent, it never renders it.
      const body = document.createElement('span');
      body.textContent = m.deletedOn ? '(deleted)' : m.content.message ?? (m.content.participants || []).map((p) => `${m.type}: ${p.displayName}`).join(', ');
      const attached = (m.content.attachments ?? []).map((a) => `${a.attachmentType}: ${a.name ?? a.id}`);
      if (attached.length) body.textContent += ` [${attached.join('; ')}]`;
      li.append(who, body);
      return li;
    }),
  );
  list.scrollTop = list.scrollHeight;
  // Reply targets: the messages people wrote (newest first), by sender and a short preview of the raw text.
  const select = $('chat-reply-to');
  const chosen = select.value;
  select.replaceChildren(
    ...value
      .filter((m) => (m.type === 'html' || m.type === 'text') && !m.deletedOn)
      .reverse()
      .map((m) => {
        const option = document.createElement('option');
        option.value = m.id;
        const plain = (m.content.message ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim() || (m.content.attachments?.length ? '[attachment]' : '');
        option.textContent = `${m.senderDisplayName || '?'}: ${plain.slice(0, 60)}`;
        return option;
      }),
  );
  if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
}

/** The chosen file as `{dataBase64, contentType}` (FileReader: the console runs in any browser). */
function readImage(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ contentType: file.type, dataBase64: String(reader.result).replace(/^data:[^,]*,/, '') });
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
async function sendImage(extra) {
  const body = {
    senderName: $('chat-sender').value,
    alt: $('chat-image-alt').value,
    text: $('chat-image-text').value,
    inline: $('chat-image-inline').checked,
    ...extra,
  };
  const { bytes } = await api('POST', `/meetings/${current.id}/chat/image`, body);
  say(`Image sent (${bytes} bytes)`);
}

$('chat-form').addEventListener('submit', act(async (e) => {
  e.preventDefault();
  await api('POST', `/meetings/${current.id}/chat`, { content: $('chat-html').value, type: 'html', senderName: $('chat-sender').value });
  say('Message sent');
}));
$('chat-emoji').addEventListener('click', act(() => api('POST', `/meetings/${current.id}/chat/emoji`, { senderName: $('chat-sender').value })));
$('chat-image-form').addEventListener('submit', act(async (e) => {
  e.preventDefault();
  const file = $('chat-image-file').files?.[0];
  await sendImage(file ? { image: await readImage(file), name: file.name } : {});
}));
$('chat-image-test').addEventListener('click', act(() => sendImage({ generate: { width: 480, height: 320 } })));
$('chat-image-oversized').addEventListener('click', act(() => sendImage({ generate: { width: 2048, height: 2048, noise: true }, name: 'oversized.png' })));
$('chat-file-form').addEventListener('submit', act(async (e) => {
  e.preventDefault();
  const url = $('chat-file-url').value.trim();
  await api('POST', `/meetings/${current.id}/chat/file`, {
    senderName: $('chat-sender').value,
    text: $('chat-file-text').value,
    files: [{ name: $('chat-file-name').value, ...(url ? { url } : {}) }],
  });
  say('File sent');
}));
$('chat-reply-form').addEventListener('submit', act(async (e) => {
  e.preventDefault();
  await api('POST', `/meetings/${current.id}/chat/reply`, { senderName: $('chat-sender').value, replyTo: $('chat-reply-to').value, text: $('chat-reply-text').value });
  say('Reply sent');
}));
$('chat-samples').addEventListener('click', act(() => api('POST', `/meetings/${current.id}/chat/samples`, { senderName: $('chat-sender').value })));
$('chat-hostile').addEventListener('click', act(async () => {
  const { ids } = await api('POST', `/meetings/${current.id}/chat/hostile`, { senderName: $('chat-sender').value });
  say(`Sent ${ids.length} hostile messages`);
}));

/* Faults --------------------------------------------------------------------------------------------- */

async function showFaults(state) {
  $('faults').textContent = JSON.stringify(state ?? (await api('GET', '/faults')), null, 2);
}
$('fault-chat').addEventListener('submit', act(async (e) => {
  e.preventDefault();
  const f = e.target;
  await showFaults(await api('POST', '/faults/chat', { mode: f.mode.value, count: Number(f.count.value) || undefined }));
}));
$('fault-token').addEventListener('submit', act(async (e) => {
  e.preventDefault();
  const f = e.target;
  await showFaults(await api('POST', '/faults/token', { mode: f.mode.value, count: Number(f.count.value) || undefined }));
}));
$('fault-lifetime').addEventListener('submit', act(async (e) => {
  e.preventDefault();
  await showFaults(await api('POST', '/faults/token-lifetime', { seconds: Number(e.target.seconds.value), count: 1 }));
}));
for (const b of document.querySelectorAll('[data-clear]')) {
  b.addEventListener('click', act(async () => showFaults(await api('DELETE', `/faults/${b.dataset.clear}`))));
}
$('fault-clear-all').addEventListener('click', act(async () => showFaults(await api('DELETE', '/faults'))));

/* Synthetic participants ------------------------------------------------------------------------------ */
// Each synthetic participant is a real WebRTC peer of every real guest (never of other synthetic ones, which
// keeps 49 of them at 49 connections per guest instead of a 50×50 mesh). Same transceiver layout as the
// widget's emulator session: audio, camera, screen — negotiated once.

const SLOTS = ['audio', 'camera', 'screen'];
const synthetics = new Map(); // id -> { name, canvas, ctx, videoTrack, audioTrack, gain, ice, links: Map<remoteId, link> }
const pending = new Map(); // requestId -> displayName
let audioContext = null;
let drawTimer = null;
let talkTimer = null;
let synthSerial = 0;
let frameMs = 125;

function ensureEngines() {
  audioContext ??= new AudioContext();
  void audioContext.resume();
  drawTimer ??= setInterval(draw, frameMs);
  // Take turns "talking" so guests see the speaking indicator move around.
  talkTimer ??= setInterval(() => {
    const list = [...synthetics.values()];
    const turn = Math.floor(Date.now() / 2000);
    list.forEach((s, i) => {
      s.gain.gain.setTargetAtTime(list.length && turn % list.length === i ? 0.08 : 0, audioContext.currentTime, 0.05);
    });
  }, 250);
}

function draw() {
  const t = Date.now() / 1000;
  for (const s of synthetics.values()) {
    const { ctx, canvas, hue, name } = s;
    ctx.fillStyle = `hsl(${hue} 55% 35%)`;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = `hsl(${hue} 80% 75%)`;
    ctx.beginPath();
    ctx.arc(canvas.width / 2 + Math.sin(t * 1.7 + hue) * 40, canvas.height / 2 + Math.cos(t * 1.3) * 20, 14, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = 'white';
    ctx.font = '13px system-ui, sans-serif';
    ctx.fillText(name, 8, 18);
    // Top corners: the widget puts its name label at the bottom of the tile.
    ctx.font = '11px ui-monospace, monospace';
    ctx.textAlign = 'right';
    ctx.fillText(new Date().toLocaleTimeString(), canvas.width - 6, 18);
    ctx.textAlign = 'left';
  }
}

function addSynthetics(n) {
  if (!socket || socket.readyState !== WebSocket.OPEN) throw new Error('not connected to the emulator');
  ensureEngines();
  // Staggered: dozens of simultaneous negotiations starve a 2-core machine; one every 150 ms keeps it smooth.
  for (let i = 0; i < n; i++) {
    setTimeout(() => {
      if (!socket || socket.readyState !== WebSocket.OPEN) return;
      const requestId = `r${++synthSerial}`;
      const displayName = `Synthetic ${synthSerial}`;
      pending.set(requestId, displayName);
      socket.send(JSON.stringify({ type: 'add-synthetic', requestId, displayName }));
    }, i * 150);
  }
}

function onSyntheticMessage(msg) {
  if (msg.type === 'synthetic-added') {
    pending.delete(msg.requestId);
    createSynthetic(msg.participant, msg.peers, { iceServers: msg.iceServers, iceTransportPolicy: msg.iceTransportPolicy });
  } else if (msg.type === 'synthetic-refused') {
    pending.delete(msg.requestId);
    say(`Synthetic participant refused: ${msg.reason}`);
  } else if (msg.type === 'synthetic-removed') {
    destroySynthetic(msg.participantId);
  } else if (msg.type === 'signal') {
    const s = synthetics.get(msg.to);
    if (!s) return;
    let link = s.links.get(msg.from);
    if (msg.data.sdp?.type === 'offer') {
      link?.pc.close();
      link = createLink(s, msg.from, false);
    }
    if (link) void handleSignal(link, msg.data);
  } else if (msg.type === 'synthetic-moved') {
    // Moved to another breakout room: new links to the guests there (they answer our offers).
    const s = synthetics.get(msg.participantId);
    if (!s) return;
    for (const link of s.links.values()) link.pc.close();
    s.links.clear();
    for (const remoteId of msg.peers) createLink(s, remoteId, true);
  } else if (msg.type === 'participant-left') {
    for (const s of synthetics.values()) {
      s.links.get(msg.participantId)?.pc.close();
      s.links.delete(msg.participantId);
    }
  }
}

function createSynthetic(participant, peers, ice) {
  const canvas = document.createElement('canvas');
  // Small and slow on purpose: every guest connection encodes its own copy of each synthetic video.
  canvas.width = 192;
  canvas.height = 108;
  const hue = (synthetics.size * 47) % 360;
  const s = {
    id: participant.id,
    name: participant.displayName,
    canvas,
    ctx: canvas.getContext('2d'),
    hue,
    links: new Map(),
    // The server's TURN relay on 127.0.0.1 for this seat (relay-only), so the links to guests, which use the
    // same relay, pair relay↔relay over loopback. None when the server runs without a relay: host candidates.
    ice: ice.iceServers?.length ? { iceServers: ice.iceServers, iceTransportPolicy: ice.iceTransportPolicy ?? 'all' } : {},
  };
  synthetics.set(s.id, s);
  draw();
  s.videoTrack = canvas.captureStream(8).getVideoTracks()[0];
  const osc = audioContext.createOscillator();
  osc.frequency.value = 160 + (synthetics.size % 12) * 20;
  s.gain = audioContext.createGain();
  s.gain.gain.value = 0;
  const dest = audioContext.createMediaStreamDestination();
  osc.connect(s.gain).connect(dest);
  osc.start();
  s.osc = osc;
  s.audioTrack = dest.stream.getAudioTracks()[0];
  $('synth-previews').append(canvas);
  for (const remoteId of peers) createLink(s, remoteId, true);
  $('synth-count').textContent = `${synthetics.size} running in this tab`;
}

function createLink(s, remoteId, offerer) {
  const pc = new RTCPeerConnection({ iceServers: [], ...s.ice });
  const link = { pc, remoteId, pending: [], remoteSet: false };
  s.links.set(remoteId, link);
  const send = (data) => socket?.readyState === WebSocket.OPEN && socket.send(JSON.stringify({ type: 'signal', from: s.id, to: remoteId, data }));
  pc.addEventListener('icecandidate', (e) => e.candidate && send({ candidate: e.candidate.toJSON() }));
  const trackFor = (slot) => (slot === 'audio' ? s.audioTrack : slot === 'camera' ? s.videoTrack : null);
  link.send = send;
  link.trackFor = trackFor;
  if (offerer) {
    void (async () => {
      for (const slot of SLOTS) {
        const t = pc.addTransceiver(slot === 'audio' ? 'audio' : 'video', { direction: 'sendrecv' });
        await t.sender.replaceTrack(trackFor(slot));
      }
      await pc.setLocalDescription(await pc.createOffer());
      send({ sdp: { type: 'offer', sdp: pc.localDescription.sdp } });
    })();
  }
  return link;
}

async function handleSignal(link, data) {
  const { pc } = link;
  try {
    if (data.sdp) {
      await pc.setRemoteDescription(data.sdp);
      link.remoteSet = true;
      for (const c of link.pending.splice(0)) await pc.addIceCandidate(c).catch(() => {});
      if (data.sdp.type === 'offer') {
        const ts = pc.getTransceivers();
        for (const [i, slot] of SLOTS.entries()) {
          if (!ts[i]) continue;
          ts[i].direction = 'sendrecv';
          await ts[i].sender.replaceTrack(link.trackFor(slot));
        }
        await pc.setLocalDescription(await pc.createAnswer());
        link.send({ sdp: { type: 'answer', sdp: pc.localDescription.sdp } });
      }
    } else if (data.candidate) {
      if (!link.remoteSet) link.pending.push(data.candidate);
      else await pc.addIceCandidate(data.candidate).catch(() => {});
    }
  } catch (e) {
    console.warn('[console] negotiation failed', e);
  }
}

function destroySynthetic(id) {
  const s = synthetics.get(id);
  if (!s) return;
  for (const link of s.links.values()) link.pc.close();
  s.videoTrack?.stop();
  s.audioTrack?.stop();
  s.osc?.stop();
  s.canvas.remove();
  synthetics.delete(id);
  $('synth-count').textContent = `${synthetics.size} running in this tab`;
}

function removeSynthetic(id) {
  socket?.send(JSON.stringify({ type: 'remove-synthetic', participantId: id }));
  destroySynthetic(id);
}

function clearSynthetics(tellServer = true) {
  for (const id of [...synthetics.keys()]) (tellServer ? removeSynthetic : destroySynthetic)(id);
}

$('synth-add').addEventListener('click', act(() => addSynthetics(Math.min(49, Math.max(1, Number($('synth-n').value) || 1)))));
$('synth-clear').addEventListener('click', act(() => clearSynthetics()));
addEventListener('pagehide', () => clearSynthetics());

/* Start ------------------------------------------------------------------------------------------------- */

/**
 * Slows the synthetic participants' pictures to 2 frames a second (or back to 8): a canvas that is not painted
 * sends no new frames, so little is encoded or decoded while a script inspects a crowded call (axe,
 * screenshots) on a busy machine, and a video view opened meanwhile still gets a picture within half a second.
 */
function calm(on = true) {
  frameMs = on ? 500 : 125;
  if (drawTimer) {
    clearInterval(drawTimer);
    drawTimer = setInterval(draw, frameMs);
  }
}

// `connected()` lets scripts wait for the console's socket before they add synthetic participants.
window.tmjConsole = {
  addSynthetics,
  synthetics,
  select,
  calm,
  connected: () => socket?.readyState === WebSocket.OPEN,
  /** Synthetic participants speak scripted captions while on. */
  scriptedCaptions: (on) => {
    $('synth-captions').checked = on;
  },
  /** A synthetic participant reacts. */
  react: (participantId, reaction) => socket?.send(JSON.stringify({ type: 'synthetic-reaction', participantId, reaction })),
};

await loadMeetings().catch((e) => say(`Could not load meetings: ${e.message}`));
const wanted = params.get('meeting');
const first = meetings.find((m) => m.id === wanted) ?? meetings[0];
if (first) await select(first.id);
const autoSynthetic = Number(params.get('synthetic'));
if (autoSynthetic > 0 && current) {
  const start = () => act(() => addSynthetics(Math.min(49, autoSynthetic)))();
  if (socket.readyState === WebSocket.OPEN) start();
  else socket.addEventListener('open', start, { once: true });
}
await showFaults().catch(() => {});
setInterval(() => void loadMeetings().catch(() => {}), 5000);
