/**
 * The session boundary. The element never touches an SDK: it drives a `MeetingSession` and renders the
 * normalized `SessionState` the session publishes. Implementations:
 *  - `src/session/acs/`      — production: Azure Communication Services Calling + Chat SDKs;
 *  - `src/session/emulator/` — development/test: the local meeting emulator (demo/server);
 *  - `test/helpers/fake-session.ts` — deterministic test double for the element's own tests.
 * Each is loaded lazily through `loadSessionFactory()` (src/session/loader.ts).
 *
 * Everything here is plain data + DOM-free interfaces; only `VideoView.element` is a DOM node.
 */
import type { ErrorCode } from '../core/errors.js';
import type { MeetingLocator } from '../core/meeting-link.js';
import type { TokenSource } from '../core/access-token.js';

/** Which identity the visitor joins with. */
export type IdentityMode = 'acs' | 'teams';

/** Token types live in core (src/core/access-token.ts: core imports nothing above it); re-exported here. */
export type { AccessToken, TokenSource } from '../core/access-token.js';
/** Media choices made on the pre-join screen; they carry into the call. */
export interface MediaChoice {
  microphoneOn: boolean;
  cameraOn: boolean;
  /** `MediaDeviceInfo.deviceId` (the browser's id); sessions map it to their own device objects. */
  cameraId?: string | undefined;
  microphoneId?: string | undefined;
  speakerId?: string | undefined;
  /** Labels help the ACS SDK, whose device ids differ from the browser's, to find the same device. */
  cameraLabel?: string | undefined;
  microphoneLabel?: string | undefined;
  speakerLabel?: string | undefined;
  /** Effects the visitor chose on the pre-join screen (its lazy effects entry); the session applies what it can. */
  effects?: JoinRequest['effects'];
}

export interface JoinRequest {
  readonly locator: MeetingLocator;
  readonly displayName: string;
  readonly identity: IdentityMode;
  readonly media: MediaChoice;
  /** `no-chat`: do not start chat at all. */
  readonly chatEnabled: boolean;
  /** Effects chosen on the pre-join screen (applied as the camera/microphone open). */
  readonly effects?: { readonly background: BackgroundEffect; readonly noiseSuppression?: boolean | undefined } | undefined;
}

export interface SessionOptions {
  readonly tokenSource: TokenSource;
  /** ACS resource endpoint for chat (`acs-endpoint`, or the token backend's `{endpoint}`). */
  readonly acsEndpoint?: string | undefined;
  /** Emulator base URL (only for the emulator session; must be a loopback origin). */
  readonly emulatorUrl?: string | undefined;
  /** Microsoft 365 visitors' meeting chat through Microsoft Graph (identity `teams`). */
  readonly graph?: GraphOptions | undefined;
  /** Aborted when the element goes away; the session must then release everything. */
  readonly signal?: AbortSignal | undefined;
}

/** What Graph meeting chat needs (src/session/graph). */
export interface GraphOptions {
  /** Microsoft Graph access tokens (delegated `Chat.ReadWrite`, or `ChatMessage.Read` + `ChatMessage.Send`). */
  readonly tokenSource: TokenSource;
  /** The site's notification relay (Server-Sent Events); without it chat polls slowly. */
  readonly eventsUrl?: string | undefined;
  /** Graph's base URL; default `https://graph.microsoft.com/v1.0`. The emulator sets its own. */
  readonly baseUrl?: string | undefined;
}

export type SessionKind = 'acs' | 'emulator';

export interface SessionFactory {
  readonly kind: SessionKind;
  create(options: SessionOptions): MeetingSession;
  /**
   * Warms up what joining will need (e.g. the 1.8 MB calling SDK) without creating anything. Called on the
   * visitor's intent to join (focus/hover/press of the join button), never merely on page load.
   */
  prefetch?(): Promise<void>;
}

/* ------------------------------------------------------------------------------------------------ */
/* Normalized state                                                                                  */
/* ------------------------------------------------------------------------------------------------ */

/**
 * The call's own phase as the session sees it. The element maps it into the join state machine.
 * `idle` = not joined yet; `ended` = see `SessionState.end`.
 */
export type CallPhase = 'idle' | 'connecting' | 'lobby' | 'connected' | 'reconnecting' | 'ended';

/** How a call ended. `left` = the visitor left. */
export type EndOutcome = 'left' | 'ended' | 'removed' | 'denied' | 'failed';

export interface CallEnd {
  readonly outcome: EndOutcome;
  /** Stable code (see ErrorCode); for `left` it is `'left'`. */
  readonly code: ErrorCode | 'left';
  /** Raw service detail for diagnostics, e.g. `490/4525`. Never user-facing by itself. */
  readonly detail?: string | undefined;
}

export interface Participant {
  readonly id: string;
  readonly displayName: string;
  readonly isTeamsUser: boolean;
  readonly role?: 'organizer' | 'presenter' | 'attendee' | undefined;
  /** Remote participants waiting in the lobby are `lobby`; everyone in the call is `connected`. */
  readonly state: 'connecting' | 'lobby' | 'connected' | 'hold' | 'disconnected';
  readonly isMuted: boolean;
  readonly isSpeaking: boolean;
  readonly isHandRaised: boolean;
  readonly videoOn: boolean;
  readonly screenSharing: boolean;
}

export interface VideoStreamInfo {
  /** Unique within the session; pass to `MeetingSession.createVideoView`. */
  readonly id: string;
  /** Participant id, or `'self'` for the visitor's own streams. */
  readonly participantId: string;
  readonly kind: 'camera' | 'screen';
  /** A view can be created only while the stream is available. */
  readonly available: boolean;
}

export interface LocalState {
  readonly displayName: string;
  readonly microphoneOn: boolean;
  readonly cameraOn: boolean;
  readonly screenSharing: boolean;
  readonly handRaised: boolean;
  readonly isSpeaking: boolean;
  readonly cameraId?: string | undefined;
  readonly microphoneId?: string | undefined;
  readonly speakerId?: string | undefined;
}

export type ChatUnavailableReason =
  | 'not-joined' // before joining, in the lobby, or after leaving
  | 'channel-meeting' // meetings scheduled in a channel have no chat for ACS users
  | 'teams-identity' // Teams identity chat goes through Microsoft Graph, and no Graph token source was configured
  | 'disabled' // `no-chat`
  | 'no-endpoint' // no ACS endpoint for chat was configured
  | 'error'; // chat failed to start; see `ChatState.error`

export interface ChatMessage {
  /** Server id once sent; a local id (`local:…`) while sending or failed. */
  readonly id: string;
  readonly senderId: string;
  readonly senderDisplayName: string;
  readonly isOwn: boolean;
  /** `html` content comes from Teams users and MUST be sanitised before rendering; `text` is never parsed. */
  readonly format: 'text' | 'html';
  readonly content: string;
  readonly createdOn: Date;
  readonly editedOn?: Date | undefined;
  /** Own messages: `sending` → `sent` | `failed` (kept for retry). Others: `received`. */
  readonly status: 'sending' | 'sent' | 'failed' | 'received';
  readonly error?: ErrorCode | undefined;
  /** Images and files Teams attached (`ChatMessageContent.attachments`): inline images are `<img id>` in `content`. */
  readonly attachments?: readonly ChatAttachmentInfo[] | undefined;
}

/** A chat attachment as the Chat SDK gives it (`ChatAttachment`: id, attachmentType, name?, url?, previewUrl?). */
export interface ChatAttachmentInfo {
  readonly id: string;
  readonly kind: 'image' | 'file';
  readonly name?: string | undefined;
  readonly url?: string | undefined;
  readonly previewUrl?: string | undefined;
}

export interface ChatState {
  readonly available: boolean;
  readonly reason?: ChatUnavailableReason | undefined;
  /** Oldest first. */
  readonly messages: readonly ChatMessage[];
  /** Display names of people typing now. */
  readonly typing: readonly string[];
  /** `realtime` notifications or `polling` fallback, for diagnostics and tests. */
  readonly transport?: 'realtime' | 'polling' | undefined;
  readonly error?: ErrorCode | undefined;
  /** Max message length the service accepts. */
  readonly maxLength: number;
}

export interface ComplianceFlags {
  readonly recording: boolean;
  readonly transcription: boolean;
  /**
   * Fail-safe: the session cannot observe recording and/or transcription (attaching or reading the SDK feature
   * failed). The widget then keeps saying that the meeting *may* be recorded or transcribed, and fires
   * `tmj-error` `compliance-unobservable`: it must never fall silent. Absent/false when both are observed.
   */
  readonly unobservable?: boolean | undefined;
}

/**
 * Teams meetings with explicit recording consent: what the visitor must agree to before their microphone,
 * camera and screen share may be used. Calling SDK 2.x `RecordingCallFeature.isTeamsConsentRequired` /
 * `TranscriptionCallFeature.isTeamsConsentRequired` ("once consent is provided for either transcription or
 * recording this is turned false"; Microsoft Learn, "Display call transcription state on the client",
 * https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/call-transcription).
 */
export interface ConsentRequirement {
  readonly recording: boolean;
  readonly transcription: boolean;
}

/** Why a capability is off: the meeting requires explicit consent first (SDK reason `ExplicitConsentRequired`), or anything else. */
export type CapabilityBlock = 'consent-required' | 'not-allowed';

export interface Capabilities {
  readonly unmuteMic: boolean;
  readonly turnVideoOn: boolean;
  readonly shareScreen: boolean;
  readonly raiseHand: boolean;
  /** Why a capability that is `false` is off, when the session knows. Absent = `not-allowed`. */
  readonly reasons?: {
    readonly unmuteMic?: CapabilityBlock | undefined;
    readonly turnVideoOn?: CapabilityBlock | undefined;
    readonly shareScreen?: CapabilityBlock | undefined;
  } | undefined;
}

/* Guest features (issue 16): captions, reactions, spotlight, breakout rooms ------------------------------ */

/**
 * The five meeting reactions ACS guests can send and receive in Teams meetings ("like, love, laugh, applause,
 * surprised"; Microsoft Learn, "Reactions", https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/reactions).
 * The SDK's own names are `like | heart | laugh | surprised | applause` (`Reaction` in the 2.0 types); the
 * ACS session maps `love` ⇄ `heart`.
 */
export type ReactionKind = 'like' | 'love' | 'applause' | 'laugh' | 'surprised';
export const REACTION_KINDS: readonly ReactionKind[] = ['like', 'love', 'applause', 'laugh', 'surprised'];

/** One caption line: who spoke and what (`final` once the phrase is complete; partial lines get replaced). */
export interface CaptionLine {
  readonly id: string;
  readonly speakerId: string;
  readonly speakerName: string;
  readonly text: string;
  readonly final: boolean;
}

/**
 * Live captions (Teams captions for Teams meetings: `Features.Captions`, kind `TeamsCaptions`). The spoken
 * language is the language people speak (BCP 47, e.g. `en-us`); the caption language is what captions are
 * shown in (ISO 639-1, e.g. `fr`) and exists only where the meeting allows translation (Teams Premium):
 * `captionLanguages` is empty otherwise.
 */
export interface CaptionsState {
  /** The meeting offers captions to this visitor. */
  readonly supported: boolean;
  /** Captions are on for this visitor. */
  readonly active: boolean;
  readonly spokenLanguage: string;
  readonly spokenLanguages: readonly string[];
  readonly captionLanguage?: string | undefined;
  /** Empty where translated captions are not allowed. */
  readonly captionLanguages: readonly string[];
  /** The latest lines, oldest first (at most `CAPTION_LINES_KEPT`). */
  readonly lines: readonly CaptionLine[];
}

/** Lines a session keeps in `CaptionsState.lines`; the caption area shows the last 2–3 of them. */
export const CAPTION_LINES_KEPT = 3;

/** The visitor's breakout room (Teams breakout rooms, `Features.BreakoutRooms`). */
export interface BreakoutState {
  readonly roomName: string;
  /** `assigned`: a room waits for the visitor (join it); `in-room`: the visitor is in it. */
  readonly phase: 'assigned' | 'in-room';
  /** False when the organizer does not let people return to the main meeting on their own. */
  readonly canReturn: boolean;
}

export interface DeviceInfo {
  readonly id: string;
  readonly label: string;
  readonly kind: 'camera' | 'microphone' | 'speaker';
}

/**
 * What the visitor's own devices and network look like now (ACS: `Features.UserFacingDiagnostics`; the emulator:
 * what the browser really shows it). The call view turns changes into notices (`diagnostic-notices.ts`).
 */
export interface SessionDiagnostics {
  /** No microphone is connected at all (not a permission question). */
  readonly noMicrophone: boolean;
  readonly noCamera: boolean;
  /** The system or the device muted the microphone (a headset's mute switch, the OS), not the visitor. */
  readonly microphoneMutedBySystem: boolean;
  /** The visitor is muted and talking. */
  readonly speakingWhileMuted: boolean;
  /** The worse of send and receive quality. */
  readonly networkQuality: 'good' | 'poor' | 'bad';
}

export interface SessionState {
  readonly call: CallPhase;
  readonly end?: CallEnd | undefined;
  readonly self: LocalState;
  /** Remote participants (in the call and, for organizers' views, in the lobby). Never includes self. */
  readonly participants: readonly Participant[];
  readonly streams: readonly VideoStreamInfo[];
  /** Participant ids, most dominant first. */
  readonly dominantSpeakers: readonly string[];
  readonly compliance: ComplianceFlags;
  /**
   * Non-null while the meeting requires the visitor's explicit consent to recording/transcription before their
   * media may be shared (Teams explicit-consent meetings, while recording or transcription is on). Until
   * `grantConsent()` succeeds the microphone, camera and screen share stay off (capability reason
   * `consent-required`).
   */
  readonly consentRequired: ConsentRequirement | null;
  readonly capabilities: Capabilities;
  readonly chat: ChatState;
  readonly devices: readonly DeviceInfo[];
  /**
   * How many remote video views to render at most (other tiles show avatars). ACS: the SDK's recommendation
   * (`Features.OptimalVideoCount`, updated on `optimalVideoCountChanged`); the service refuses more than 10
   * active remote views on desktop browsers and 6 on mobile ("Reaching max number of active video
   * subscriptions": `createView` throws 400/43220). Emulator: the value the emulator publishes.
   */
  readonly maxRemoteVideos: number;
  readonly diagnostics: SessionDiagnostics;
  /** Live captions (issue 16). */
  readonly captions: CaptionsState;
  /** Spotlighted participant ids in spotlight order (`'self'` for the visitor); the first takes the stage. */
  readonly spotlight: readonly string[];
  /** The visitor's breakout room, or null while in the main meeting without an assignment. */
  readonly breakout: BreakoutState | null;
  /** The meeting lets this visitor send reactions (Teams policy). */
  readonly reactionsAllowed: boolean;
  /** Background effects and noise suppression of the visitor's own media (issue 16 req 3). */
  readonly effects: EffectsState;
}

/** Discrete happenings that are not state (state changes arrive as `state`). */
export type SessionEvent =
  | { readonly type: 'state'; readonly state: SessionState }
  | { readonly type: 'chat-message'; readonly message: ChatMessage }
  | { readonly type: 'muted-by-others' }
  /** A recoverable problem the UI should show as a notice (e.g. token refresh retrying, chat polling). */
  | { readonly type: 'warning'; readonly code: ErrorCode }
  | { readonly type: 'reconnected' }
  /** Someone in the call reacted (never the visitor's own reaction: the UI shows that itself). */
  | { readonly type: 'reaction'; readonly participantId: string; readonly reaction: ReactionKind }
  /** The visitor was moved into a breakout room or back to the main meeting. */
  | { readonly type: 'breakout-moved'; readonly to: 'room' | 'main'; readonly roomName: string };

/** A rendered video stream. The session owns the renderer; the UI only places `element`. */
export interface VideoView {
  readonly element: HTMLElement;
  dispose(): void;
}

export interface MeetingSession {
  readonly kind: SessionKind;
  readonly state: SessionState;
  /** Subscribe to events; returns the unsubscribe function. `state` events carry the full new state. */
  subscribe(listener: (event: SessionEvent) => void): () => void;

  /**
   * Starts joining. Resolves once the call object exists (phase `connecting`); everything after that
   * (lobby, connected, end with reason) arrives as state. Rejects with a `TmjError` when joining cannot
   * even start (token, SDK load, invalid locator).
   */
  join(request: JoinRequest): Promise<void>;
  /** Hangs up (outcome `left`). Safe to call in any phase, more than once. */
  leave(): Promise<void>;

  setMicrophone(on: boolean): Promise<void>;
  setCamera(on: boolean): Promise<void>;
  setScreenShare(on: boolean): Promise<void>;
  setHandRaised(raised: boolean): Promise<void>;
  /**
   * Which remote participants have a tile on screen (the gallery's current page), so a session that measures
   * audio levels itself (the emulator's) samples only those (issue 14 req 4). Optional: ACS reports speaking.
   */
  setOnScreen?(participantIds: readonly string[]): void;
  selectDevice(kind: DeviceInfo['kind'], id: string): Promise<void>;

  /**
   * Gives the visitor's explicit consent to recording and transcription (Teams explicit-consent meetings;
   * SDK `grantTeamsConsent()`). On success `consentRequired` becomes null and the visitor's pre-join media
   * choices (microphone/camera on) are applied. Rejects with a `TmjError` when the service refuses.
   */
  grantConsent(): Promise<void>;

  /** Turns live captions on or off for this visitor (resolves when asked; `captions.active` follows). */
  setCaptions(on: boolean): Promise<void>;
  /** Sets the spoken language (BCP 47) or, where the meeting allows translation, the caption language. */
  setCaptionLanguage(kind: 'spoken' | 'caption', language: string): Promise<void>;
  /** Sends a reaction to everyone in the call. */
  sendReaction(reaction: ReactionKind): Promise<void>;
  /** Joins the assigned breakout room (`breakout.phase === 'assigned'`). */
  joinBreakoutRoom(): Promise<void>;
  /** Leaves the breakout room for the main meeting, where the organizer allows it. */
  returnToMainMeeting(): Promise<void>;
  /**
   * Applies a background effect to the visitor's camera (what the others receive and the self view show).
   * Resolves once applied; on failure `effects.error` is set, the previous effect stays, and it rejects.
   */
  setBackgroundEffect(effect: BackgroundEffect): Promise<void>;
  /** Turns noise suppression of the visitor's microphone on or off (same failure rule). */
  setNoiseSuppression(on: boolean): Promise<void>;

  /** Creates a view for an available stream (`VideoStreamInfo.id`). Dispose it when the tile goes away. */
  createVideoView(streamId: string, options?: { fit?: 'cover' | 'contain' }): Promise<VideoView>;

  /** Sends a plain-text chat message. The message appears in state at once as `sending`. */
  sendChatMessage(text: string): Promise<void>;
  /** Re-sends a `failed` own message by its local id. */
  retryChatMessage(id: string): Promise<void>;
  /** Drops a `failed` own message the visitor chose to discard. */
  discardChatMessage(id: string): void;
  sendTyping(): void;
  markRead(messageId: string): void;
  /**
   * Downloads a chat image with the chat token, only from the chat endpoint's own origin (any other URL rejects
   * with `TmjError('chat-unavailable', 'attachment-origin-refused')`). Absent where chat has no images.
   */
  fetchChatAttachment?(url: string, signal?: AbortSignal): Promise<Blob>;
  /** The chat endpoint (origin) attachments come from; file cards may also open SharePoint/OneDrive links. */
  readonly chatEndpoint?: string | undefined;

  /** Releases everything: hangs up, stops every track, disposes renderers/agents, stops chat. Idempotent. */
  dispose(): void;
}

/* Background effects and noise suppression (issue 16 req 3) ---------------------------------------------- */

/** What replaces or changes the visitor's camera background. `image`: a URL the site offers (`background-images`). */
export type BackgroundEffect =
  | { readonly kind: 'none' }
  | { readonly kind: 'blur' }
  | { readonly kind: 'image'; readonly url: string };

export interface EffectsState {
  /** Background effects can run here (ACS: `VideoEffects` `isSupported`; never on mobile browsers). Hidden otherwise. */
  readonly backgroundSupported: boolean;
  readonly background: BackgroundEffect;
  /** Noise suppression can be switched here (ACS: `AudioEffects` `isSupported`). Hidden otherwise. */
  readonly noiseSuppressionSupported: boolean;
  readonly noiseSuppression: boolean;
  /** The last change the visitor asked for failed (the previous setting stays). `background-blocked`: the page's Content Security Policy refuses the effects
   * (ACS; README "Content Security Policy"). */
  readonly error?: 'background-failed' | 'background-blocked' | 'noise-suppression-failed' | undefined;
}

export const NO_EFFECTS: EffectsState = {
  backgroundSupported: false,
  background: { kind: 'none' },
  noiseSuppressionSupported: false,
  noiseSuppression: false,
};

/** Active remote video views the ACS web SDK allows on desktop browsers (6 on mobile); see `maxRemoteVideos`. */
export const MAX_REMOTE_VIDEOS_DESKTOP = 10;

export const INITIAL_DIAGNOSTICS: SessionDiagnostics = {
  noMicrophone: false,
  noCamera: false,
  microphoneMutedBySystem: false,
  speakingWhileMuted: false,
  networkQuality: 'good',
};

/** The state a session starts in. Implementations spread it and override what they know. */
export const INITIAL_SESSION_STATE: SessionState = {
  call: 'idle',
  self: {
    displayName: '',
    microphoneOn: false,
    cameraOn: false,
    screenSharing: false,
    handRaised: false,
    isSpeaking: false,
  },
  participants: [],
  streams: [],
  dominantSpeakers: [],
  compliance: { recording: false, transcription: false },
  consentRequired: null,
  capabilities: { unmuteMic: true, turnVideoOn: true, shareScreen: true, raiseHand: false },
  chat: { available: false, reason: 'not-joined', messages: [], typing: [], maxLength: 28000 },
  devices: [],
  // The documented desktop-browser limit until the session knows better.
  maxRemoteVideos: MAX_REMOTE_VIDEOS_DESKTOP,
  diagnostics: INITIAL_DIAGNOSTICS,
  captions: { supported: false, active: false, spokenLanguage: 'en-us', spokenLanguages: [], captionLanguages: [], lines: [] },
  spotlight: [],
  breakout: null,
  reactionsAllowed: false,
  effects: NO_EFFECTS,
};
