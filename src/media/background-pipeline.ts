/**
 * Background effects the widget runs itself (issue 16 req 3): the emulator session's, and the pre-join preview's
 * (../components/prejoin/prejoin.effects.ts). A real pipeline that runs in any browser here:
 * the camera track plays into a detached `<video>`, each frame is drawn onto a canvas, and the canvas's
 * `captureStream()` track is what the peers receive and the self view shows instead of the raw camera.
 *  - **Blur** blurs the whole frame (canvas 2D `filter: blur()` where the engine applies it; else a two-step
 *    downscale/upscale, which is a box-like blur). There is no person segmentation: the person is blurred too.
 *  - **Image** draws the site's image (cover-fitted) and the camera frame over it through a fixed, feathered
 *    ellipse in the middle of the frame: an approximation of a person mask where a webcam user usually sits, not
 *    a segmentation. The image must be same-origin or CORS-enabled (a tainted canvas cannot be captured): one that
 *    fails to load rejects `start()`.
 * `stop()` ends the loop, the output track and the video element; the raw camera track stays its owner's. A source
 * track that ends (stopped by its owner: `track.stop()` fires no event, but `readyState` turns `ended`) stops the
 * pipeline on the next frame, so its canvas track never outlives the camera.
 */
import type { BackgroundEffect } from '../session/types.js';

const FPS = 24;
const BLUR_PX = 14;

/** A running effect over one camera track. */
export interface BackgroundPipeline {
  readonly output: MediaStreamTrack;
  stop(): void;
}

/** The canvas 2D `filter` really blurs in this engine (WebKit long exposed the property without applying it). */
let filterWorks: boolean | undefined;
function canvasFilterBlurs(): boolean {
  if (filterWorks !== undefined) return filterWorks;
  const c = document.createElement('canvas');
  c.width = c.height = 9;
  const ctx = c.getContext('2d', { willReadFrequently: true });
  if (!ctx || typeof ctx.filter !== 'string') return (filterWorks = false);
  const dot = document.createElement('canvas');
  dot.width = dot.height = 9;
  const d = dot.getContext('2d')!;
  d.fillStyle = '#fff';
  d.fillRect(4, 4, 1, 1);
  ctx.filter = 'blur(2px)';
  ctx.drawImage(dot, 0, 0);
  // A neighbour two pixels away is lit only when the blur ran.
  return (filterWorks = (ctx.getImageData(2, 4, 1, 1).data[3] ?? 0) > 0);
}

async function loadImage(url: string, signal: AbortSignal): Promise<HTMLImageElement> {
  const img = new Image();
  img.crossOrigin = 'anonymous';
  img.decoding = 'async';
  img.src = url;
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('background image failed to load'));
    signal.addEventListener('abort', () => reject(new Error('stopped')), { once: true });
  });
  return img;
}

/** Starts `effect` (blur or image) over `source`. Rejects when the image cannot be used or no canvas is available. */
export async function startBackgroundPipeline(
  source: MediaStreamTrack,
  effect: Exclude<BackgroundEffect, { kind: 'none' }>,
): Promise<BackgroundPipeline> {
  const abort = new AbortController();
  const settings = source.getSettings?.() ?? {};
  const width = settings.width || 640;
  const height = settings.height || 360;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx || typeof canvas.captureStream !== 'function') throw new Error('canvas capture unavailable');
  const image = effect.kind === 'image' ? await loadImage(effect.url, abort.signal) : undefined;

  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.srcObject = new MediaStream([source]);
  await video.play().catch(() => undefined);

  // Working canvases: the small one for the downscale blur, the layer for the masked camera frame.
  const small = document.createElement('canvas');
  small.width = Math.max(1, Math.round(width / 8));
  small.height = Math.max(1, Math.round(height / 8));
  const tiny = document.createElement('canvas');
  tiny.width = Math.max(1, Math.round(width / 32));
  tiny.height = Math.max(1, Math.round(height / 32));
  const layer = document.createElement('canvas');
  layer.width = width;
  layer.height = height;
  const useFilter = canvasFilterBlurs();

  const drawBlur = () => {
    if (useFilter) {
      ctx.filter = `blur(${BLUR_PX}px)`;
      ctx.drawImage(video, 0, 0, width, height);
      ctx.filter = 'none';
      return;
    }
    const s = small.getContext('2d')!;
    const t = tiny.getContext('2d')!;
    s.drawImage(video, 0, 0, small.width, small.height);
    t.drawImage(small, 0, 0, tiny.width, tiny.height);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(tiny, 0, 0, width, height);
  };

  const drawImageBackground = (img: HTMLImageElement) => {
    // Cover-fit the image.
    const scale = Math.max(width / img.naturalWidth, height / img.naturalHeight);
    const w = img.naturalWidth * scale;
    const h = img.naturalHeight * scale;
    ctx.drawImage(img, (width - w) / 2, (height - h) / 2, w, h);
    // The camera frame through a feathered ellipse (head and shoulders in the middle).
    const l = layer.getContext('2d')!;
    l.globalCompositeOperation = 'source-over';
    l.clearRect(0, 0, width, height);
    l.drawImage(video, 0, 0, width, height);
    l.globalCompositeOperation = 'destination-in';
    l.save();
    l.translate(width / 2, height * 0.58);
    l.scale(width * 0.3, height * 0.5);
    const g = l.createRadialGradient(0, 0, 0.75, 0, 0, 1);
    g.addColorStop(0, 'rgba(0,0,0,1)');
    g.addColorStop(1, 'rgba(0,0,0,0)');
    l.fillStyle = g;
    l.fillRect(-2, -2, 4, 4);
    l.restore();
    ctx.drawImage(layer, 0, 0);
  };

  const draw = () => {
    if (abort.signal.aborted) return;
    if (source.readyState === 'ended') return pipeline.stop();
    if (video.readyState >= 2) {
      if (image) drawImageBackground(image);
      else drawBlur();
    }
    timer = setTimeout(draw, 1000 / FPS);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  draw();

  const output = canvas.captureStream(FPS).getVideoTracks()[0];
  if (!output) {
    abort.abort();
    clearTimeout(timer);
    throw new Error('canvas capture gave no track');
  }
  const pipeline: BackgroundPipeline = {
    output,
    stop() {
      if (abort.signal.aborted) return;
      abort.abort();
      clearTimeout(timer);
      output.stop();
      video.pause();
      video.srcObject = null;
      canvas.width = canvas.height = layer.width = layer.height = 0;
    },
  };
  return pipeline;
}

/**
 * Whether this browser can run the widget's own effects. Background: a canvas whose `captureStream()` gives a track,
 * and not a mobile browser (ACS offers no background effects on mobile browsers, and a phone's CPU would pay for
 * a canvas pipeline in heat and frame rate). Noise suppression: a microphone constraint the browser knows.
 */
export function effectsSupport(): { background: boolean; noiseSuppression: boolean } {
  const nav = navigator as Navigator & { userAgentData?: { mobile?: boolean } };
  const mobile = nav.userAgentData?.mobile ?? /Android|iPhone|iPad|iPod|Mobile/i.test(nav.userAgent);
  return {
    background: !mobile && typeof HTMLCanvasElement !== 'undefined' && typeof HTMLCanvasElement.prototype.captureStream === 'function',
    noiseSuppression: !!navigator.mediaDevices?.getSupportedConstraints?.().noiseSuppression,
  };
}
