/** MediaPreviewController on a bare reactive host: statuses, choice, and that it releases everything. */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { MediaPreviewController, QUIET_MS } from '../../src/controllers/media-preview.controller.js';
import { deniedStub, trackMedia, until, type MediaTracker } from '../components/meeting-join/media-tracker.js';
import { itUnless } from '../helpers/engine.js';

class PreviewHost extends LitElement {
  readonly preview = new MediaPreviewController(this);
}
customElements.define('test-preview-host', PreviewHost);

let media: MediaTracker | undefined;
afterEach(() => media?.restore());

describe('MediaPreviewController', () => {
  it('goes live on start, reports the devices in its choice, and stops everything on disconnect', async () => {
    media = trackMedia();
    const host = await fixture<PreviewHost>(html`<test-preview-host></test-preview-host>`);
    await host.preview.start();
    expect(host.preview.status, 'both live').to.deep.equal({ camera: 'live', microphone: 'live' });
    const choice = host.preview.choice();
    expect(choice).to.include({ cameraOn: true, microphoneOn: true });
    expect(choice.microphoneLabel, 'label for the SDK').to.be.a('string').and.not.empty;
    expect(host.preview.devices.length, 'devices enumerated').to.be.greaterThan(0);
    host.remove();
    expect(media.live(), 'no live track after disconnect').to.have.length(0);
  });

  it('keeps one preview video across camera switches and detaches it from the stream on release', async () => {
    media = trackMedia();
    const host = await fixture<PreviewHost>(html`<test-preview-host></test-preview-host>`);
    await host.preview.start();
    const video = host.preview.video!;
    const stream = () => video.srcObject as MediaStream | null;
    // Booleans: a failing assertion on a media object is not serializable for the runner's report.
    expect(stream()?.getVideoTracks()[0] === host.preview.videoTrack, 'shows the camera track').to.equal(true);
    const first = host.preview.videoTrack!;
    await host.preview.select('camera', first.getSettings().deviceId ?? '');
    expect(host.preview.videoTrack !== first, 'new track after the switch').to.equal(true);
    expect(host.preview.video === video, 'same element after the switch').to.equal(true);
    expect(stream()?.getVideoTracks()[0] === host.preview.videoTrack, 'shows the new track').to.equal(true);
    await host.preview.setWanted('camera', false);
    expect(video.srcObject === null, 'stream detached when the camera is turned off').to.equal(true);
    expect(host.preview.video === undefined, 'element dropped').to.equal(true);
    await host.preview.setWanted('camera', true);
    const again = host.preview.video!;
    host.remove();
    expect(again.srcObject === null, 'stream detached on disconnect').to.equal(true);
    expect(media.live(), 'no live track after disconnect').to.have.length(0);
  });

  it('never requests the camera when video is not allowed', async () => {
    media = trackMedia();
    const host = await fixture<PreviewHost>(html`<test-preview-host></test-preview-host>`);
    host.preview.videoAllowed = false;
    await host.preview.start();
    expect(media.requests.every((r) => !r.video), 'no video constraint').to.equal(true);
    expect(host.preview.choice().cameraOn).to.equal(false);
    host.remove();
  });

  it('marks denied devices and leaves them out of the choice', async () => {
    media = trackMedia(deniedStub);
    const host = await fixture<PreviewHost>(html`<test-preview-host></test-preview-host>`);
    await host.preview.start();
    expect(host.preview.status).to.deep.equal({ camera: 'denied', microphone: 'denied' });
    expect(host.preview.choice()).to.include({ cameraOn: false, microphoneOn: false });
  });

  /*
   * Issue 14 req 1: the pre-join is complete (and idle prefetch may start) only once the preview plays and the meter
   * has visibly moved, or QUIET_MS after the camera was done when the meter does not move (a quiet room).
   */
  describe('settled (the pre-join is complete)', () => {
    /** A canvas camera and an audio track from `source` (an oscillator, or nothing: silence). */
    const stub = (loud: boolean) => async (constraints: MediaStreamConstraints): Promise<MediaStream> => {
      const tracks: MediaStreamTrack[] = [];
      if (constraints.video) {
        const canvas = Object.assign(document.createElement('canvas'), { width: 64, height: 36 });
        const g = canvas.getContext('2d')!;
        const paint = () => (g.fillStyle = `hsl(${Date.now() % 360} 50% 50%)`, g.fillRect(0, 0, 64, 36));
        paint();
        const timer = setInterval(paint, 50);
        const track = canvas.captureStream(20).getVideoTracks()[0]!;
        track.addEventListener('ended', () => clearInterval(timer));
        tracks.push(track);
      }
      if (constraints.audio) {
        // Not awaited: without a user gesture some engines keep a new AudioContext suspended (see below).
        const context = new AudioContext();
        void context.resume().catch(() => undefined);
        const destination = context.createMediaStreamDestination();
        if (loud) {
          const tone = context.createOscillator();
          tone.frequency.value = 440;
          tone.connect(destination);
          tone.start();
        }
        tracks.push(destination.stream.getAudioTracks()[0]!);
      }
      return new MediaStream(tracks);
    };

    async function watch(loud: boolean) {
      media = trackMedia(stub(loud));
      const host = await fixture<PreviewHost>(html`<test-preview-host></test-preview-host>`);
      // The preview element must be in a document to play.
      let playingAt = 0;
      let settledAt = 0;
      const start = performance.now();
      void host.preview.start();
      await until(() => {
        const video = host.preview.video;
        if (video && !video.isConnected) host.shadowRoot!.append(video);
        if (!playingAt && video && video.readyState >= 2 && !video.paused) playingAt = performance.now();
        if (!settledAt && host.preview.settled) settledAt = performance.now();
        return settledAt > 0;
      }, 'settled', 10_000);
      return { host, start, playingAt: playingAt || settledAt, settledAt, level: host.preview.level };
    }

    /** Firefox and WebKit keep an AudioContext suspended until a user gesture: no meter moves before one there. */
    const suspendedAudio = (): string => {
      const context = new AudioContext();
      const state = context.state;
      void context.close();
      return state === 'running' ? '' : 'a new AudioContext stays suspended without a user gesture (the meter cannot move before one; the quiet wait covers it)';
    };

    itUnless(suspendedAudio(), 'a moving meter completes the pre-join as soon as the preview plays, without the quiet wait', async () => {
      const { host, playingAt, settledAt, level } = await watch(true);
      expect(level, 'meter level when settled').to.be.at.least(0.02);
      expect(settledAt - playingAt, 'ms from playing to settled').to.be.below(QUIET_MS);
      host.remove();
      expect(media!.live(), 'no live track after disconnect').to.have.length(0);
    });

    it('a meter that does not move completes the pre-join QUIET_MS after the camera was done, not before', async () => {
      const { host, start, settledAt, level } = await watch(false);
      expect(level, 'silence').to.be.below(0.02);
      expect(settledAt - start, 'ms from start to settled').to.be.at.least(QUIET_MS);
      host.remove();
    });

    it('stop() cancels the quiet wait: a stopped preview never settles', async () => {
      media = trackMedia(stub(false));
      const host = await fixture<PreviewHost>(html`<test-preview-host></test-preview-host>`);
      await host.preview.start();
      host.preview.stop();
      await new Promise((r) => setTimeout(r, QUIET_MS + 300));
      expect(host.preview.settled, 'settled after stop').to.equal(false);
      host.remove();
    });
  });
});
