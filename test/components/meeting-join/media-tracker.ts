/**
 * Records every MediaStreamTrack handed out by getUserMedia while installed, so tests can prove that no
 * camera or microphone stays live. Also offers a stub that refuses access like a blocked permission.
 */
export interface MediaTracker {
  readonly tracks: MediaStreamTrack[];
  readonly requests: MediaStreamConstraints[];
  /** Waits for every getUserMedia call made so far (late tracks must be stopped too). */
  settled(): Promise<void>;
  live(): MediaStreamTrack[];
  restore(): void;
}

export function trackMedia(
  stub?: (constraints: MediaStreamConstraints) => Promise<MediaStream>,
): MediaTracker {
  const media = navigator.mediaDevices;
  const original = media.getUserMedia.bind(media);
  const tracks: MediaStreamTrack[] = [];
  const requests: MediaStreamConstraints[] = [];
  const pending: Promise<unknown>[] = [];
  media.getUserMedia = (constraints?: MediaStreamConstraints) => {
    requests.push(constraints ?? {});
    const result = (stub ?? original)(constraints ?? {}).then((stream) => {
      tracks.push(...stream.getTracks());
      return stream;
    });
    pending.push(result.catch(() => undefined));
    return result;
  };
  return {
    tracks,
    requests,
    async settled() {
      await Promise.all(pending);
      await new Promise((r) => setTimeout(r, 0));
    },
    live: () => tracks.filter((t) => t.readyState === 'live'),
    restore() {
      // The override is an own property; deleting it restores the prototype's method.
      delete (media as { getUserMedia?: unknown }).getUserMedia;
    },
  };
}

/** A getUserMedia stub that refuses like a blocked permission prompt. */
export const deniedStub = (): Promise<MediaStream> =>
  Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));

/** A getUserMedia stub for a machine without cameras or microphones. */
export const noDeviceStub = (): Promise<MediaStream> =>
  Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));

/** Polls until `check` passes or the time runs out (media and lazy imports settle asynchronously). */
export async function until(check: () => boolean, message: string, timeoutMs = 4000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out: ${message}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
