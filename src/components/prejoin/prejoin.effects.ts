/**
 * The pre-join's background effects and noise suppression (issue 16 req 3), a lazy chunk: it loads when the
 * visitor opens the device settings (./prejoin.media.ts), or after the preview settled when the site gave
 * `background-images` (to validate them and tell the site at once). Nothing of it is in the pasted script.
 *
 * The choice runs on the preview: the widget's own canvas pipeline (src/media/background-pipeline.ts) over the
 * preview's camera track, the preview `<video>` showing its output; noise suppression as the microphone's
 * `noiseSuppression` constraint (the meter hears it). It is carried into the call through
 * `MediaPreviewController.effects` → `MediaChoice.effects` → `JoinRequest.effects`.
 *
 * What can run here is what the session will be able to do: the emulator session runs the same pipeline; the ACS
 * session runs Microsoft's effects package on its camera stream, offered where Microsoft documents it to run
 * (../../media/vendor-effects.ts; the preview is the widget's own effect, the call the SDK's).
 * Mobile browsers and browsers without canvas `captureStream()` get no background choices either.
 * The selection runs through the DOM-free machine in ../effects/effects-model.ts.
 */
import { html, nothing, noChange, type TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { ChildPart } from 'lit/directive.js';
import type { MediaPreviewController } from '../../controllers/media-preview.controller.js';
import { resolveLang } from '../../core/i18n.js';
import { loadCatalog } from '../../i18n/load.js';
import guestStringsEn from '../../i18n/en/guest.js';
import type { GuestStrings } from '../../i18n/types.js';
import { effectsSupport, startBackgroundPipeline, type BackgroundPipeline } from '../../media/background-pipeline.js';
import { backgroundPlatform } from '../../media/vendor-effects.js';
import type { BackgroundEffect, EffectsState } from '../../session/types.js';
import { checkBackgroundImages, refusalMessage, type BackgroundImages } from '../effects/background-images.js';
import { initialSelection, nextSelection, type EffectsInput, type EffectsSelection } from '../effects/effects-model.js';
import type { EffectChangeDetail, NoiseSuppressionChangeDetail } from '../effects/effects-picker.component.js';
import '../effects/effects-picker.js';

/** What this chunk reads of `<teams-meeting-join>` (its public properties). */
interface Host extends HTMLElement {
  backgroundImages?: unknown;
  emulator?: string | undefined;
  lang: string;
}

/** The `<teams-meeting-join>` a node of the pre-join belongs to (pre-join's shadow root → `tmj-prejoin` → its root). */
export function hostOf(node: Node): Host | undefined {
  const prejoin = (node.getRootNode() as ShadowRoot).host;
  const root = prejoin?.getRootNode();
  return root instanceof ShadowRoot ? (root.host as Host) : undefined;
}

/** The widget's language as the host resolved it (the `lang` of its inner region). */
function langOf(host: Host): string {
  return resolveLang(host.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') ?? host.lang ?? 'en');
}

async function guestStrings(host: Host): Promise<GuestStrings> {
  return (await loadCatalog(langOf(host), 'guest')) ?? guestStringsEn;
}

/** Validates the site's images and fires `tmj-error` for each refused one (once per value; the call view shares it). */
export async function validate(host: Host): Promise<void> {
  checkBackgroundImages(host, host.backgroundImages, document.baseURI, await guestStrings(host));
}

/** The effects of one pre-join (one preview controller). */
class PrejoinEffects {
  sel: EffectsSelection;
  images: BackgroundImages = { urls: [], refused: [] };
  strings: GuestStrings = guestStringsEn;
  noise: boolean | undefined;
  noiseError = false;
  #pipeline: BackgroundPipeline | undefined;
  /** The camera track the running pipeline reads. */
  #source: MediaStreamTrack | undefined;
  #noiseTrack: MediaStreamTrack | undefined;
  readonly #support = effectsSupport();

  constructor(
    readonly p: MediaPreviewController,
    readonly host: Host,
    readonly render: () => void,
  ) {
    // ACS: offered where Microsoft documents its effects to run; the preview shows the widget's own canvas effect,
    // the call runs the SDK's (src/session/acs/effects-binding.ts), which may still refuse it there.
    this.sel = initialSelection(this.#support.background && (!!host.emulator || backgroundPlatform()), []);
    void guestStrings(host).then((strings) => {
      this.strings = strings;
      this.refresh();
      this.render();
    });
  }

  get noiseSupported(): boolean {
    return this.#support.noiseSuppression;
  }

  /** The site's images (validated again only when the host's value changed) and its refusals, said once. */
  refresh(): void {
    const images = checkBackgroundImages(this.host, this.host.backgroundImages, document.baseURI, this.strings);
    if (images.urls.join(' ') !== this.images.urls.join(' ')) this.#step({ type: 'images', images: images.urls });
    this.images = images;
  }

  #step(input: EffectsInput): void {
    this.sel = nextSelection(this.sel, input);
    this.p.effects = { background: this.sel.applied, noiseSuppression: this.noise };
    if (this.sel.applied.kind === 'none' && !this.sel.pending) this.#stopPipeline();
  }

  async pick(effect: BackgroundEffect): Promise<void> {
    this.#step({ type: 'pick', effect });
    const wanted = this.sel.pending;
    if (!wanted) return;
    this.render();
    const track = this.p.videoTrack;
    if (wanted.kind === 'none' || !track || track.readyState === 'ended') {
      // Nothing to process (camera off): the choice is kept and applies when the camera opens (here or in the call).
      this.#stopPipeline();
      this.#step({ type: 'applied' });
    } else {
      try {
        const pipeline = await startBackgroundPipeline(track, wanted);
        if (this.sel.pending !== wanted || this.p.videoTrack !== track) pipeline.stop();
        else this.#show(pipeline, track);
        this.#step({ type: 'applied' });
      } catch {
        this.#step({ type: 'failed' });
      }
    }
    this.render();
  }

  #show(pipeline: BackgroundPipeline, source: MediaStreamTrack): void {
    this.#pipeline?.stop();
    this.#pipeline = pipeline;
    this.#source = source;
    if (this.p.video) this.p.video.srcObject = new MediaStream([pipeline.output]);
  }

  #stopPipeline(): void {
    if (!this.#pipeline) return;
    this.#pipeline.stop();
    this.#pipeline = undefined;
    const raw = this.p.videoTrack;
    if (this.p.video && raw) this.p.video.srcObject = new MediaStream([raw]);
    this.#source = undefined;
  }

  /** Each render: a new camera track (device switch, camera back on) gets the running effect again. */
  sync(): void {
    const track = this.p.videoTrack;
    const applied = this.sel.applied;
    if (applied.kind !== 'none' && !this.sel.pending && track && track !== this.#source && track.readyState === 'live') {
      this.#source = track;
      startBackgroundPipeline(track, applied).then(
        (pipeline) => (this.p.videoTrack === track && this.sel.applied === applied ? this.#show(pipeline, track) : pipeline.stop()),
        () => {
          this.sel = { ...this.sel, pending: applied };
          this.#step({ type: 'failed' });
          this.render();
        },
      );
    }
    const mic = this.p.audioTrack;
    if (this.noise !== undefined && mic && mic !== this.#noiseTrack) {
      this.#noiseTrack = mic;
      void this.#applyNoise(mic, this.noise);
    }
  }

  async setNoise(on: boolean): Promise<void> {
    this.noise = on;
    this.p.effects = { background: this.sel.applied, noiseSuppression: on };
    const mic = this.p.audioTrack;
    if (mic) await this.#applyNoise(mic, on);
    this.render();
  }

  async #applyNoise(mic: MediaStreamTrack, on: boolean): Promise<void> {
    try {
      await mic.applyConstraints({ ...mic.getConstraints(), noiseSuppression: on });
      this.noiseError = false;
    } catch {
      this.noiseError = true;
    }
  }

  state(): EffectsState {
    const mic = this.p.audioTrack?.getSettings?.().noiseSuppression;
    return {
      backgroundSupported: this.sel.supported && this.p.videoAllowed,
      background: this.sel.pending ?? this.sel.applied,
      noiseSuppressionSupported: this.noiseSupported,
      noiseSuppression: this.noise ?? mic ?? false,
      error: this.sel.notice === 'failed' ? 'background-failed' : this.noiseError ? 'noise-suppression-failed' : undefined,
    };
  }

  stop(): void {
    this.#pipeline?.stop();
    this.#pipeline = undefined;
    this.#source = undefined;
  }
}

const byPreview = new WeakMap<MediaPreviewController, PrejoinEffects>();

/**
 * Renders the effects picker for this pre-join inside its device settings; stops the preview's pipeline when the
 * pre-join goes (its host disconnects this directive) — the pipeline also stops by itself once the camera track ends.
 */
class EffectsEntry extends AsyncDirective {
  #fx: PrejoinEffects | undefined;

  render(_p: MediaPreviewController): TemplateResult | typeof nothing {
    return nothing;
  }

  override update(part: ChildPart, [p]: [MediaPreviewController]): unknown {
    const host = hostOf(part.parentNode as Node);
    if (!host) return nothing;
    const prejoin = (part.parentNode.getRootNode() as ShadowRoot).host as HTMLElement & { requestUpdate(): void };
    let fx = byPreview.get(p);
    if (!fx) byPreview.set(p, (fx = new PrejoinEffects(p, host, () => prejoin.requestUpdate())));
    this.#fx = fx;
    fx.refresh();
    fx.sync();
    const state = fx.state();
    if (!state.backgroundSupported && !state.noiseSuppressionSupported) return nothing;
    const picked = fx;
    return html`<tmj-effects-picker
      part="effects-picker"
      .effects=${state}
      .images=${fx.images.urls}
      .refused=${fx.images.refused.map((r) => refusalMessage(picked.strings, r))}
      .strings=${fx.strings}
      ?busy=${fx.sel.pending !== null}
      @tmj-effect-change=${(e: CustomEvent<EffectChangeDetail>) => void picked.pick(e.detail.background)}
      @tmj-noise-suppression-change=${(e: CustomEvent<NoiseSuppressionChangeDetail>) => void picked.setNoise(e.detail.on)}
    ></tmj-effects-picker>`;
  }

  protected override disconnected(): void {
    this.#fx?.stop();
  }

  protected override reconnected(): void {
    this.setValue(noChange);
  }
}

/** The pre-join's effects picker (in the device settings disclosure). */
export const effectsEntry = directive(EffectsEntry);
