/**
 * The signalling protocol between the emulator session and demo/server (see demo/server/PROTOCOL.md).
 * JSON text frames over one WebSocket per visitor at `ws://localhost:PORT/emulator/ws`.
 */

export interface WireMedia {
  readonly mic: boolean;
  readonly camera: boolean;
  readonly screen: boolean;
  readonly handRaised: boolean;
}

export interface WireParticipant {
  readonly id: string;
  readonly displayName: string;
  readonly kind: 'acs' | 'teams' | 'synthetic';
  readonly isTeamsUser: boolean;
  readonly state: 'lobby' | 'connected' | 'left';
  readonly online: boolean;
  readonly media: WireMedia;
}

export interface WireMeeting {
  readonly id: string;
  readonly threadId: string;
  readonly title: string;
  readonly channel: boolean;
  readonly lobby: boolean;
  readonly recording: boolean;
  readonly transcription: boolean;
  /** Explicit-consent meetings: what this guest must consent to before their media is accepted. */
  readonly consentRequired?: WireConsent | null;
  /** How many remote videos to render at once (the emulator's OptimalVideoCount); absent from older servers. */
  readonly maxRemoteVideos?: number;
  /** Guest features (demo/server/guest-features.mjs); absent in the lobby. */
  readonly reactions?: boolean;
  readonly captions?: WireCaptions;
  readonly spotlight?: readonly string[];
  readonly breakout?: WireBreakout | null;
}

export interface WireCaptions {
  readonly supported: boolean;
  readonly active: boolean;
  readonly spokenLanguage: string;
  readonly spokenLanguages: readonly string[];
  readonly captionLanguage?: string;
  readonly captionLanguages: readonly string[];
}

export interface WireBreakout {
  readonly roomName: string;
  readonly phase: 'assigned' | 'in-room';
  readonly canReturn: boolean;
}

export interface WireConsent {
  readonly recording: boolean;
  readonly transcription: boolean;
}

/**
 * How a participant in the call reaches its peers: the emulator's TURN relay on 127.0.0.1 with credentials
 * for this seat, relay candidates only (so media stays on loopback). Absent when the server runs no relay.
 */
export interface WireIceConfig {
  readonly iceServers?: readonly { readonly urls: string; readonly username: string; readonly credential: string }[];
  readonly iceTransportPolicy?: 'relay' | 'all';
}

/** WebRTC payloads relayed between peers. */
export type WireSignal =
  | { readonly sdp: { readonly type: 'offer' | 'answer'; readonly sdp: string } }
  | { readonly candidate: RTCIceCandidateInit };

export type ClientMessage =
  | {
      readonly type: 'hello';
      readonly token: string;
      readonly threadId: string;
      readonly displayName: string;
      readonly media: WireMedia;
      readonly resume?: { readonly participantId: string; readonly resumeKey: string };
    }
  | { readonly type: 'media'; readonly media: WireMedia }
  | { readonly type: 'signal'; readonly to: string; readonly data: WireSignal }
  /** Explicit-consent meetings: the guest agrees to recording/transcription (answered with `consent`). */
  | { readonly type: 'grant-consent' }
  | { readonly type: 'captions'; readonly on: boolean }
  | { readonly type: 'caption-language'; readonly kind: 'spoken' | 'caption'; readonly language: string }
  | { readonly type: 'reaction'; readonly reaction: string }
  | { readonly type: 'breakout-join' }
  | { readonly type: 'breakout-return' }
  | { readonly type: 'leave' };

export type ServerMessage =
  | ({
      readonly type: 'welcome';
      readonly participantId: string;
      readonly resumeKey: string;
      readonly resumed: boolean;
      readonly state: 'lobby' | 'connected';
      readonly reconnectWindowMs: number;
      readonly meeting: WireMeeting;
      readonly participants: readonly WireParticipant[];
    } & WireIceConfig)
  | ({ readonly type: 'admitted'; readonly meeting: WireMeeting; readonly participants: readonly WireParticipant[] } & WireIceConfig)
  | { readonly type: 'participant-joined'; readonly participant: WireParticipant }
  | { readonly type: 'participant-updated'; readonly participant: WireParticipant }
  | { readonly type: 'participant-left'; readonly participantId: string }
  | { readonly type: 'compliance'; readonly recording: boolean; readonly transcription: boolean }
  | { readonly type: 'signal'; readonly from: string; readonly data: WireSignal }
  | { readonly type: 'end'; readonly reason: 'denied' | 'removed' | 'meeting-ended' }
  | { readonly type: 'error'; readonly code: 'token-rejected' | 'meeting-not-found' | 'network'; readonly message: string }
  | { readonly type: 'chat-activity' }
  /** This guest's consent requirement changed (`granted` answers `grant-consent`). */
  | { readonly type: 'consent'; readonly required: WireConsent | null; readonly granted?: boolean }
  /** Media flags were refused: consent is required first. */
  | { readonly type: 'media-refused'; readonly reason: 'consent-required'; readonly required: WireConsent }
  /** The meeting's recommended number of remote videos changed (the SDK's `optimalVideoCountChanged`). */
  | { readonly type: 'video-count'; readonly maxRemoteVideos: number }
  /** The organizer muted this participant. */
  | { readonly type: 'muted' }
  | { readonly type: 'bye' }
  | { readonly type: 'captions-state'; readonly captions: WireCaptions }
  | {
      readonly type: 'caption';
      readonly speakerId: string;
      readonly speakerName: string;
      readonly text: string;
      readonly final: boolean;
    }
  | { readonly type: 'reaction'; readonly participantId: string; readonly reaction: string }
  | { readonly type: 'spotlight'; readonly ids: readonly string[] }
  /** Breakout assignment changed; `moved` + `participants` when the guest was moved (its new room's people). */
  | {
      readonly type: 'breakout';
      readonly breakout: WireBreakout | null;
      readonly moved?: 'room' | 'main';
      readonly roomName?: string;
      readonly participants?: readonly WireParticipant[];
    }
  | { readonly type: 'invalid'; readonly message: string };
