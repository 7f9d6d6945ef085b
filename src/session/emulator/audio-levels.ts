/**
 * Speaking detection from audio levels: one WebAudio analyser per audio track (the local microphone and each
 * remote participant), sampled on a timer. A track counts as speaking while its RMS level is above a threshold,
 * with a short hold so pauses between words do not flicker the indicator.
 */

const THRESHOLD = 0.015;
const HOLD_MS = 700;
const SAMPLE_MS = 150;

interface Meter {
  readonly source: MediaStreamAudioSourceNode;
  readonly analyser: AnalyserNode;
  readonly buffer: Float32Array<ArrayBuffer>;
  lastLoud: number;
  speaking: boolean;
}

export class AudioLevels {
  private context: AudioContext | undefined;
  private readonly meters = new Map<string, Meter>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly onChange: (id: string, speaking: boolean) => void;

  constructor(onChange: (id: string, speaking: boolean) => void) {
    this.onChange = onChange;
  }

  /** Starts (or replaces) metering of `track` under `id`. Silently does nothing where WebAudio is missing. */
  watch(id: string, track: MediaStreamTrack): void {
    this.unwatch(id);
    try {
      this.context ??= new AudioContext();
      void this.context.resume().catch(() => undefined);
      const source = this.context.createMediaStreamSource(new MediaStream([track]));
      const analyser = this.context.createAnalyser();
      analyser.fftSize = 512;
      source.connect(analyser);
      this.meters.set(id, { source, analyser, buffer: new Float32Array(analyser.fftSize), lastLoud: 0, speaking: false });
    } catch {
      return;
    }
    this.timer ??= setInterval(() => this.sample(), SAMPLE_MS);
  }

  unwatch(id: string): void {
    const meter = this.meters.get(id);
    if (!meter) return;
    meter.source.disconnect();
    this.meters.delete(id);
    if (meter.speaking) this.onChange(id, false);
  }

  dispose(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    for (const meter of this.meters.values()) meter.source.disconnect();
    this.meters.clear();
    void this.context?.close().catch(() => undefined);
    this.context = undefined;
  }

  private sample(): void {
    const now = performance.now();
    for (const [id, meter] of this.meters) {
      meter.analyser.getFloatTimeDomainData(meter.buffer);
      let sum = 0;
      for (const v of meter.buffer) sum += v * v;
      const rms = Math.sqrt(sum / meter.buffer.length);
      if (rms > THRESHOLD) meter.lastLoud = now;
      const speaking = now - meter.lastLoud < HOLD_MS;
      if (speaking !== meter.speaking) {
        meter.speaking = speaking;
        this.onChange(id, speaking);
      }
    }
  }
}
