/**
 * The background-effect selection as a DOM-free state machine (issue 16 req 3): what the visitor picked, what is
 * being applied, what runs, and what they are told. The pre-join's effects entry (../prejoin/prejoin.effects.ts)
 * runs it over the preview; `test/components/effects/effects-model.test.ts` checks it with fast-check.
 *
 *  - Choices: none, blur, or one of the site's images (by URL; the picker numbers them from 1).
 *  - `pick` starts applying (`pending`); a pick while one is pending, an image the site no longer offers, or any
 *    pick where effects are unsupported is ignored (the picker is busy or hidden then).
 *  - `applied` makes the pending choice the running one; `failed` falls back to none with the `failed` notice
 *    (the pipeline is gone, the camera shows as it is).
 *  - `support` false (no capturable canvas, a mobile browser, a session that cannot): back to none; a running
 *    or pending effect that had to stop is said with the `unsupported` notice.
 *  - `images`: the site changed its list; a running or pending image that left it falls back to none.
 */
import type { BackgroundEffect } from '../../session/types.js';

export interface EffectsSelection {
  readonly supported: boolean;
  readonly images: readonly string[];
  /** What runs now (what the call starts with). */
  readonly applied: BackgroundEffect;
  /** Being applied; the picker waits meanwhile. */
  readonly pending: BackgroundEffect | null;
  /** What the visitor is told about the last change that did not go as asked. */
  readonly notice: 'failed' | 'unsupported' | null;
}

export type EffectsInput =
  | { readonly type: 'pick'; readonly effect: BackgroundEffect }
  | { readonly type: 'applied' }
  | { readonly type: 'failed' }
  | { readonly type: 'support'; readonly supported: boolean }
  | { readonly type: 'images'; readonly images: readonly string[] }
  | { readonly type: 'dismiss' };

const NONE: BackgroundEffect = { kind: 'none' };

export function initialSelection(supported: boolean, images: readonly string[], start: BackgroundEffect = NONE): EffectsSelection {
  const applied = supported && offered(start, images) ? start : NONE;
  return { supported, images, applied, pending: null, notice: null };
}

/** The same effect (images compare by URL). */
export function sameEffect(a: BackgroundEffect, b: BackgroundEffect): boolean {
  return a.kind === b.kind && (a.kind !== 'image' || (b.kind === 'image' && a.url === b.url));
}

function offered(effect: BackgroundEffect, images: readonly string[]): boolean {
  return effect.kind !== 'image' || images.includes(effect.url);
}

export function nextSelection(s: EffectsSelection, input: EffectsInput): EffectsSelection {
  switch (input.type) {
    case 'pick':
      if (!s.supported || s.pending || !offered(input.effect, s.images) || sameEffect(input.effect, s.applied)) return s;
      return { ...s, pending: input.effect, notice: null };
    case 'applied':
      return s.pending ? { ...s, applied: s.pending, pending: null, notice: null } : s;
    case 'failed':
      return s.pending ? { ...s, applied: NONE, pending: null, notice: 'failed' } : s;
    case 'support': {
      if (input.supported) return { ...s, supported: true };
      const stopped = s.pending !== null || s.applied.kind !== 'none';
      return { ...s, supported: false, applied: NONE, pending: null, notice: stopped ? 'unsupported' : s.notice };
    }
    case 'images': {
      const gone = (e: BackgroundEffect | null) => e?.kind === 'image' && !input.images.includes(e.url);
      return { ...s, images: input.images, applied: gone(s.applied) ? NONE : s.applied, pending: gone(s.pending) ? null : s.pending };
    }
    case 'dismiss':
      return s.notice ? { ...s, notice: null } : s;
  }
}
