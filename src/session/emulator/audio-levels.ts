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
  /** Remote ids with a tile on screen; `undefined` until the gallery says (then every track is sampled). */
  private active: ReadonlySet<string> | undefined;

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

  /**
   * Samples only `ids` (and always the local microphone, `self`) from now on: levels of participants without a
   * tile on screen are not computed. One that was speaking is reported as no longer speaking.
   */
  setActive(ids: Iterable<string>): void {
    this.active = new Set(ids);
    for (const [id, meter] of this.meters) {
      if (meter.speaking && !this.sampled(id)) {
        meter.speaking = false;
        this.onChange(id, false);
      }
    }
  }

  private sampled(id: string): boolean {
    return id === 'self' || !this.active || this.active.has(id);
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
      if (!this.sampled(id)) continue;
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
