/**
 * The slice of `@azure/communication-calling` the ACS session uses, expressed with the SDK's OWN types
 * (`Pick<…>` of its interfaces). The session is written against these, and the unit tests' doubles implement
 * them, so calling something the real SDK lacks fails to compile in both places. Type-only: importing this
 * module never loads the 7 MB SDK.
 */
import type {
  AudioDeviceInfo,
  CallAgentCommon,
  CallAgentOptions,
  CallCommon,
  CallInfoCommon,
  ConnectionStateChangedEvent,
  DeviceManager,
  DiagnosticQuality,
  Features,
  JoinCallOptions,
  LocalVideoStream,
  RemoteVideoStream,
  TeamsCallAgentOptions,
  TeamsMeetingIdLocator,
  TeamsMeetingLinkLocator,
  VideoDeviceInfo,
  VideoStreamRenderer,
} from '@azure/communication-calling';
import type { CommunicationTokenCredential } from '@azure/communication-common';

/** What the session reads and calls on a call (`Call` and `TeamsCall` both satisfy it). */
export type SessionCall = Pick<
  CallCommon,
  | 'id'
  | 'state'
  | 'callEndReason'
  | 'isMuted'
  | 'isScreenSharingOn'
  | 'isLocalVideoStarted'
  | 'localVideoStreams'
  | 'remoteParticipants'
  | 'feature'
  | 'hangUp'
  | 'mute'
  | 'unmute'
  | 'startVideo'
  | 'stopVideo'
  | 'startScreenSharing'
  | 'stopScreenSharing'
  | 'on'
  | 'off'
> & { readonly info: Pick<CallInfoCommon, 'threadId'> };

/** `CallAgent` and `TeamsCallAgent` both satisfy it. */
export type SessionAgent = Pick<CallAgentCommon, 'connectionState' | 'dispose'> & {
  join(locator: TeamsMeetingLinkLocator, options?: JoinCallOptions): SessionCall;
  join(locator: TeamsMeetingIdLocator, options?: JoinCallOptions): SessionCall;
  on(event: 'connectionStateChanged', listener: ConnectionStateChangedEvent): void;
  off(event: 'connectionStateChanged', listener: ConnectionStateChangedEvent): void;
};

export type SessionDeviceManager = Pick<
  DeviceManager,
  | 'getCameras'
  | 'getMicrophones'
  | 'getSpeakers'
  | 'selectMicrophone'
  | 'selectSpeaker'
  | 'isSpeakerSelectionAvailable'
  | 'selectedMicrophone'
  | 'selectedSpeaker'
  | 'on'
  | 'off'
>;

/** `CallClient` satisfies it (agents are narrowed to `SessionAgent`). */
export interface SessionCallClient {
  createCallAgent(credential: CommunicationTokenCredential, options?: CallAgentOptions): Promise<SessionAgent>;
  createTeamsCallAgent(credential: CommunicationTokenCredential, options?: TeamsCallAgentOptions): Promise<SessionAgent>;
  getDeviceManager(): Promise<SessionDeviceManager>;
  dispose(): Promise<void>;
}

export type SessionRenderer = Pick<VideoStreamRenderer, 'createView' | 'dispose'>;

export type SessionFeatures = Pick<
  typeof Features,
  | 'Recording'
  | 'Transcription'
  | 'Capabilities'
  | 'DominantSpeakers'
  | 'RaiseHand'
  | 'UserFacingDiagnostics'
  | 'OptimalVideoCount'
  | 'Captions'
  | 'Reaction'
  | 'Spotlight'
  | 'BreakoutRooms'
>;

/** The SDK's runtime `DiagnosticQuality` enum (Good = 1, Poor = 2, Bad = 3), handed over with the SDK. */
export type DiagnosticQualityEnum = typeof DiagnosticQuality;

/** Everything the session constructs from the SDK. Built by `calling-sdk.ts`; replaced by doubles in tests. */
export interface CallingSdk {
  readonly features: SessionFeatures;
  readonly diagnosticQuality: DiagnosticQualityEnum;
  createCallClient(): SessionCallClient;
  createLocalVideoStream(device: VideoDeviceInfo): LocalVideoStream;
  createRenderer(stream: LocalVideoStream | RemoteVideoStream): SessionRenderer;
  /** `AzureCommunicationTokenCredential` with proactive refresh. */
  createCredential(initialToken: string, refresher: (abortSignal?: unknown) => Promise<string>): CommunicationTokenCredential & {
    dispose(): void;
  };
}

export type { AudioDeviceInfo, VideoDeviceInfo };
