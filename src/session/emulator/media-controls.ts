/**
 * The visitor's media commands in an emulator call: microphone, camera, screen share, raised hand and device
 * choice, with Teams explicit consent (./consent.ts) refusing media while it is pending. It owns the local
 * tracks (./local-media.ts), tells the server what the visitor sends, and patches the session's `self` state.
 */
import { TmjError } from '../../core/errors.js';
import { INITIAL_SESSION_STATE } from '../types.js';
import type { BackgroundEffect, Capabilities, DeviceInfo, EffectsState, JoinRequest, SessionState, VideoStreamInfo } from '../types.js';
import { effectsSupport } from '../../media/background-pipeline.js';
import { consentPatch } from './consent.js';
import { LocalMedia, type LocalMediaPeers } from './local-media.js';
import type { ClientMessage, WireConsent, WireMedia } from './protocol.js';

export interface MediaControlsHost {
  /** The session's current state. */
  state(): SessionState;
  publish(patch: Partial<SessionState>): void;
  send(message: ClientMessage): void;
  /** The streams the session shows, recomputed after a local change. */
  streams(): VideoStreamInfo[];
  /** The call ended: commands do nothing. */
  finished(): boolean;
  /** Left, ended or disposed: a device that arrives now is released at once. */
  gone(): boolean;
  /** The microphone track was muted or unmuted by its source (see LocalMedia). */
  systemMuted?(muted: boolean): void;
}

export interface MediaControlsPeers extends LocalMediaPeers {
  setSink(id: string): Promise<void>;
}

export class MediaControls {
  readonly local: LocalMedia;
  private handRaised = false;
  /** What the meeting allows when no consent is pending (explicit consent turns mic/camera/screen off). */
  private allowed: Capabilities = INITIAL_SESSION_STATE.capabilities;

  constructor(
    private readonly host: MediaControlsHost,
    private readonly peers: MediaControlsPeers,
  ) {
    this.local = new LocalMedia(peers, () => host.gone(), (muted) => host.systemMuted?.(muted));
  }

  /** The join's devices; a device that fails is a warning and the join goes on without it. */
  open(request: JoinRequest, onFailure: () => void): Promise<void> {
    // The pre-join's effect choices apply as the devices open.
    const wanted = request.effects;
    if (wanted && effectsSupport().background) this.local.background = wanted.background;
    if (wanted?.noiseSuppression !== undefined && effectsSupport().noiseSuppression) this.local.noiseSuppression = wanted.noiseSuppression;
    return this.local.open(request, onFailure);
  }

  /** What the meeting grants on joining (before any consent requirement). */
  grant(capabilities: Capabilities): Capabilities {
    return (this.allowed = capabilities);
  }

  /** The state patch for a consent requirement (media goes off while one is pending). */
  consent(required: WireConsent | null | undefined): Pick<SessionState, 'consentRequired' | 'capabilities'> {
    if (required) this.stopForConsent();
    return consentPatch(required, this.allowed);
  }

  wire(): WireMedia {
    return {
      mic: this.local.has('audio'),
      camera: this.local.has('camera'),
      screen: this.local.has('screen'),
      handRaised: this.handRaised,
    };
  }

  /** The server muted the visitor. */
  mutedByOthers(): void {
    if (!this.local.has('audio')) return;
    this.local.stop('audio');
    this.changed();
  }

  stopAll(): void {
    this.local.stopAll();
  }

  async setMicrophone(on: boolean): Promise<void> {
    if (this.host.finished()) return;
    this.refuseUntilConsent(on);
    // Muting releases the microphone (the browser's indicator goes off); unmuting opens it again.
    if (on && !this.local.has('audio')) await this.local.start('audio', this.host.state().self.microphoneId);
    if (!on) this.local.stop('audio');
    this.changed();
  }

  async setCamera(on: boolean): Promise<void> {
    if (this.host.finished()) return;
    this.refuseUntilConsent(on);
    if (on && !this.local.has('camera')) await this.local.start('camera', this.host.state().self.cameraId);
    if (!on) this.local.stop('camera');
    this.changed();
  }

  async setScreenShare(on: boolean): Promise<void> {
    if (this.host.finished()) return;
    this.refuseUntilConsent(on);
    if (on && !this.local.has('screen')) {
      // The browser's own "Stop sharing" button ends the track.
      if (!(await this.local.startScreen(() => void this.setScreenShare(false)))) return;
    }
    if (!on) this.local.stop('screen');
    this.changed();
  }

  async setHandRaised(raised: boolean): Promise<void> {
    if (this.host.finished()) return;
    this.handRaised = raised;
    this.changed();
  }

  async selectDevice(kind: DeviceInfo['kind'], id: string): Promise<void> {
    if (this.host.finished()) return;
    const self = this.host.state().self;
    if (kind === 'speaker') {
      await this.peers.setSink(id);
      this.host.publish({ self: { ...self, speakerId: id } });
      return;
    }
    if (kind === 'camera') {
      this.host.publish({ self: { ...self, cameraId: id } });
      if (this.local.has('camera')) await this.local.start('camera', id);
    } else {
      this.host.publish({ self: { ...self, microphoneId: id } });
      if (this.local.has('audio')) await this.local.start('audio', id);
    }
    this.changed();
  }

  /**
   * Background effect of the camera (./background-pipeline.ts). Supported where a canvas can be captured; the
   * chosen effect also applies to a camera turned on later. A failure keeps the previous effect and says so.
   */
  async setBackgroundEffect(effect: BackgroundEffect): Promise<void> {
    if (this.host.finished()) return;
    try {
      await this.local.setBackground(effect);
    } catch (error) {
      this.publishEffects({ error: 'background-failed' });
      throw new TmjError('media-device-failed', 'background-effect', { cause: error });
    }
    if (this.host.finished()) return;
    this.publishEffects({ background: effect, error: undefined });
  }

  /** Noise suppression of the microphone (`applyConstraints({noiseSuppression})`, kept for a reopened microphone). */
  async setNoiseSuppression(on: boolean): Promise<void> {
    if (this.host.finished()) return;
    try {
      await this.local.setNoiseSuppression(on);
    } catch (error) {
      this.publishEffects({ error: 'noise-suppression-failed' });
      throw new TmjError('media-device-failed', 'noise-suppression', { cause: error });
    }
    this.publishEffects({ noiseSuppression: on, error: undefined });
  }

  /** Effects as the call starts: what this browser can do and what the devices opened with. */
  effects(request: JoinRequest): EffectsState {
    const support = effectsSupport();
    const background = this.local.background;
    return {
      backgroundSupported: support.background,
      background,
      noiseSuppressionSupported: support.noiseSuppression,
      noiseSuppression: this.local.noiseSuppression ?? this.local.devices.audio?.getSettings?.().noiseSuppression ?? false,
      // Asked for on the pre-join, but the pipeline could not start (the camera goes out without it).
      error: request.effects && request.effects.background.kind !== background.kind ? 'background-failed' : undefined,
    };
  }

  private publishEffects(patch: Partial<EffectsState>): void {
    this.host.publish({ effects: { ...this.host.state().effects, ...patch }, streams: this.host.streams() });
  }

  /** Explicit consent pending: the service refuses media (see ./consent.ts); say so instead of trying. */
  private refuseUntilConsent(on: boolean): void {
    if (on && this.host.state().consentRequired) throw new TmjError('not-permitted', 'consent-required');
  }

  private stopForConsent(): void {
    if (!this.local.any) return;
    this.local.stopAll();
    this.changed();
  }

  /** Tells the server and the state what the visitor sends now. */
  private changed(): void {
    this.host.send({ type: 'media', media: this.wire() });
    const self = this.host.state().self;
    this.host.publish({
      self: {
        ...self,
        microphoneOn: this.local.has('audio'),
        cameraOn: this.local.has('camera'),
        screenSharing: this.local.has('screen'),
        handRaised: this.handRaised,
        isSpeaking: this.local.has('audio') && self.isSpeaking,
      },
      streams: this.host.streams(),
    });
  }
}
