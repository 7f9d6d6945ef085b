/** The emulator session's video views: a muted, autoplaying `<video>` per rendered stream, all disposed at the end. */
import type { VideoView } from '../types.js';

export class VideoViews {
  private readonly views = new Set<VideoView>();

  create(streamId: string, track: MediaStreamTrack, fit: 'cover' | 'contain' = 'cover'): VideoView {
    const video = document.createElement('video');
    video.autoplay = true;
    video.playsInline = true;
    video.muted = true;
    video.srcObject = new MediaStream([track]);
    video.style.objectFit = fit;
    video.style.width = '100%';
    video.style.height = '100%';
    video.dataset['streamId'] = streamId;
    void video.play().catch(() => undefined);
    const view: VideoView = {
      element: video,
      dispose: () => {
        if (!this.views.delete(view)) return;
        video.pause();
        video.srcObject = null;
        video.remove();
      },
    };
    this.views.add(view);
    return view;
  }

  /** The stream's track changed under the same id (a background effect on or off): its views show the new one. */
  retarget(streamId: string, track: MediaStreamTrack): void {
    for (const view of this.views) {
      const video = view.element as HTMLVideoElement;
      if (video.dataset['streamId'] !== streamId) continue;
      video.srcObject = new MediaStream([track]);
      void video.play().catch(() => undefined);
    }
  }

  disposeAll(): void {
    for (const view of [...this.views]) view.dispose();
  }
}
