/**
 * The device half of the pre-join screen, a lazy chunk: the device pickers and device notices. The preview
 * itself (camera, meter) is in the pasted script; this loads once the preview has settled (see
 * `MediaPreviewController.settled`), or at once when a device is unavailable, so it never delays the preview.
 */
import { html, nothing } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import type { MediaPreviewController } from '../../controllers/media-preview.controller.js';
import coreMediaStringsEn from '../../i18n/en/core-media.js';
import type { CoreMediaStrings, CoreStrings } from '../../i18n/types.js';
import type * as PrejoinEffects from './prejoin.effects.js';

/**
 * The effects entry (./prejoin.effects.ts), its own chunk: fetched when the visitor first opens the device
 * settings, or once the pre-join shows when the site gave `background-images` (validated then, so the site hears
 * about a bad entry without anyone opening anything).
 */
let effects: typeof PrejoinEffects | undefined;
let effectsLoading: Promise<typeof PrejoinEffects> | undefined;
function loadEffects(root: Node): Promise<typeof PrejoinEffects> {
  effectsLoading ??= import('./prejoin.effects.js').then((m) => (effects = m));
  // The pre-join renders the picker once it is there.
  void effectsLoading.then(() => ((root as ShadowRoot).host as HTMLElement & { requestUpdate?(): void })?.requestUpdate?.(), () => 0);
  return effectsLoading;
}

/**
 * Forced colours (Windows high contrast) for the pre-join screen, shipped here rather than in the pasted
 * script's budget: system colours replace fills, so the meter keeps a border and a Highlight bar, pressed
 * toggles the Highlight pair, and the widget its edge. A constructable stylesheet (a page whose CSP has no
 * 'unsafe-inline' in style-src allows it, unlike a `<style>` element), prepended to the pre-join's adopted
 * sheets where a `<style>` element ranked: before its own styles, so these selectors are one step more specific
 * than the ones they override.
 */
export const forcedColorsSheet = new CSSStyleSheet();
forcedColorsSheet.replaceSync(`
  @media (forced-colors: active) {
    :host { outline: 1px solid CanvasText; outline-offset: -1px; }
    form .meter { border: 1px solid CanvasText; }
    form .meter span, form [aria-pressed='true'] { forced-color-adjust: none; background: Highlight; color: HighlightText; }
  }
`);

/**
 * Renders nothing; adopts the forced-colours sheet into the shadow root it renders in (once: the pre-join keeps
 * rendering the pickers for as long as it lives, so it never loses the sheet's job).
 */
const forcedColors = directive(
  class extends Directive {
    render() {
      return nothing;
    }
    override update(part: ChildPart) {
      const root = part.parentNode.getRootNode();
      if (root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(forcedColorsSheet)) {
        root.adoptedStyleSheets = [forcedColorsSheet, ...root.adoptedStyleSheets];
        // First render of the device half: validate the site's background images now, if it gave any.
        const host = (root.host.getRootNode() as ShadowRoot).host as (Element & { backgroundImages?: unknown }) | undefined;
        if (host?.backgroundImages != null && host.backgroundImages !== '') void loadEffects(root).then((m) => m.validate(host as never), () => 0);
      }
      return nothing;
    }
  },
)();

/** Other locales' strings carry the device strings (their core-media catalog); English ones live here, off the pasted script. */
const media = (s: CoreStrings): CoreMediaStrings => ({ ...coreMediaStringsEn, ...(s as Partial<CoreMediaStrings>) });

type Kind = 'camera' | 'microphone' | 'speaker';

/** Camera, microphone and (where the browser can route audio) speaker selects, in a disclosure. */
export function devicePickers(p: MediaPreviewController, strings: CoreStrings, noVideo: boolean) {
  const s = { ...strings, ...media(strings) };
  const pickers: Array<[Kind, MediaDeviceKind, string]> = [];
  if (!noVideo) pickers.push(['camera', 'videoinput', s.camera]);
  pickers.push(['microphone', 'audioinput', s.microphone]);
  if ('setSinkId' in HTMLMediaElement.prototype) pickers.push(['speaker', 'audiooutput', s.speaker]);
  const rows = pickers
    .map(([kind, deviceKind, label]) => ({ kind, label, devices: p.devices.filter((d) => d.kind === deviceKind && d.deviceId) }))
    .filter((row) => row.devices.length > 0);
  // The forced-colours sheet rides along with the pickers: this function renders once the preview is there.
  if (rows.length === 0) return forcedColors;
  const current = (kind: Kind) =>
    p.selected[kind] ??
    (kind === 'camera' ? p.videoTrack : kind === 'microphone' ? p.audioTrack : undefined)?.getSettings().deviceId ??
    'default';
  return html`${forcedColors}<details
    part="devices"
    @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && void loadEffects((e.target as Node).getRootNode()).catch(() => 0)}
  >
    <summary>${s.devices}</summary>
    ${rows.map(
      ({ kind, label, devices }) => html`<div class="field">
        <label part="label" for="device-${kind}">${label}</label>
        <select
          id="device-${kind}"
          part="input device-select"
          @change=${(e: Event) => void p.select(kind, (e.target as HTMLSelectElement).value)}
        >
          ${devices.map(
            (d, i) =>
              html`<option value=${d.deviceId} ?selected=${d.deviceId === current(kind)}>
                ${d.label || `${label} ${i + 1}`}
              </option>`,
          )}
        </select>
      </div>`,
    )}
    ${effects ? effects.effectsEntry(p) : nothing}
  </details>`;
}

/** Explanations for blocked or missing devices, each saying what the visitor can still do. */
export function notices(p: MediaPreviewController, strings: CoreStrings, noVideo: boolean): string[] {
  const s = media(strings);
  const cam = noVideo ? 'off' : p.status.camera;
  const mic = p.status.microphone;
  if (cam === 'denied' && mic === 'denied') return [s.mediaDenied];
  const out: string[] = [];
  if (cam === 'denied') out.push(s.cameraDenied);
  if (mic === 'denied') out.push(s.micDenied);
  if (cam === 'no-device') out.push(s.noCamera);
  if (mic === 'no-device') out.push(s.noMicrophone);
  if (cam === 'failed' || mic === 'failed') out.push(s.deviceFailed);
  return out;
}
