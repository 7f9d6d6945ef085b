/** MediaPreviewController on a bare reactive host: statuses, choice, and that it releases everything. */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { MediaPreviewController } from '../../src/controllers/media-preview.controller.js';
import { deniedStub, trackMedia, type MediaTracker } from '../components/meeting-join/media-tracker.js';

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
});
