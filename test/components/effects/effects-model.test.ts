/**
 * The effects selection machine (src/components/effects/effects-model.ts) over seeded random input sequences,
 * against a reference that keeps only the facts (what was asked, what the pipeline answered, what is supported
 * and offered) and derives from them what must run and what the visitor must be told.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { initialSelection, nextSelection, sameEffect, type EffectsInput, type EffectsSelection } from '../../../src/components/effects/effects-model.js';
import type { BackgroundEffect } from '../../../src/session/types.js';

const URLS = ['https://a.example/1.jpg', 'https://a.example/2.jpg', 'https://a.example/3.jpg'];
const effect: fc.Arbitrary<BackgroundEffect> = fc.oneof(
  fc.constant<BackgroundEffect>({ kind: 'none' }),
  fc.constant<BackgroundEffect>({ kind: 'blur' }),
  fc.constantFrom(...URLS).map((url): BackgroundEffect => ({ kind: 'image', url })),
);
const input: fc.Arbitrary<EffectsInput> = fc.oneof(
  { weight: 4, arbitrary: effect.map((e): EffectsInput => ({ type: 'pick', effect: e })) },
  { weight: 3, arbitrary: fc.constant<EffectsInput>({ type: 'applied' }) },
  { weight: 2, arbitrary: fc.constant<EffectsInput>({ type: 'failed' }) },
  { weight: 1, arbitrary: fc.boolean().map((supported): EffectsInput => ({ type: 'support', supported })) },
  { weight: 1, arbitrary: fc.subarray(URLS).map((images): EffectsInput => ({ type: 'images', images })) },
  { weight: 1, arbitrary: fc.constant<EffectsInput>({ type: 'dismiss' }) },
);

/** The reference: a plain replay with its own bookkeeping, written from the rules in the module's comment. */
function reference(supported0: boolean, images0: readonly string[], inputs: readonly EffectsInput[]) {
  let supported = supported0;
  let images = [...images0];
  let running: BackgroundEffect = { kind: 'none' };
  let inFlight: BackgroundEffect | undefined;
  let told: 'failed' | 'unsupported' | null = null;
  const isOffered = (e: BackgroundEffect) => e.kind !== 'image' || images.includes(e.url);
  for (const i of inputs) {
    if (i.type === 'pick') {
      const same = i.effect.kind === running.kind && (i.effect.kind !== 'image' || (running.kind === 'image' && running.url === i.effect.url));
      if (supported && !inFlight && isOffered(i.effect) && !same) {
        inFlight = i.effect;
        told = null;
      }
    } else if (i.type === 'applied') {
      if (inFlight) [running, inFlight, told] = [inFlight, undefined, null];
    } else if (i.type === 'failed') {
      if (inFlight) [running, inFlight, told] = [{ kind: 'none' }, undefined, 'failed'];
    } else if (i.type === 'support') {
      if (!i.supported && (inFlight || running.kind !== 'none')) told = 'unsupported';
      if (!i.supported) [running, inFlight] = [{ kind: 'none' }, undefined];
      supported = i.supported;
    } else if (i.type === 'images') {
      images = [...i.images];
      if (running.kind === 'image' && !images.includes(running.url)) running = { kind: 'none' };
      if (inFlight?.kind === 'image' && !images.includes(inFlight.url)) inFlight = undefined;
    } else told = null;
  }
  return { supported, images, running, inFlight: inFlight ?? null, told };
}

describe('effects selection model', () => {
  it('matches the reference over 5000 seeded sequences, and its invariants hold after every step', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.subarray(URLS), fc.array(input, { maxLength: 40 }), (supported, images, inputs) => {
        let s: EffectsSelection = initialSelection(supported, images);
        for (const i of inputs) {
          s = nextSelection(s, i);
          // Nothing runs or waits where effects cannot run; a running image is always one the site offers.
          if (!s.supported) expect(s.applied.kind === 'none' && s.pending === null, 'unsupported → none').to.equal(true);
          if (s.applied.kind === 'image') expect(s.images).to.include(s.applied.url);
          if (s.pending?.kind === 'image') expect(s.images).to.include(s.pending.url);
          if (i.type === 'failed' && s.notice === 'failed') expect(s.applied).to.deep.equal({ kind: 'none' });
        }
        const r = reference(supported, images, inputs);
        expect({ supported: s.supported, images: [...s.images], running: s.applied, inFlight: s.pending, told: s.notice }).to.deep.equal(r);
      }),
      { numRuns: 5000, seed: 16_3 },
    );
  });

  it('a failure falls back to none and says so; the next success clears the notice', () => {
    let s = initialSelection(true, URLS);
    s = nextSelection(s, { type: 'pick', effect: { kind: 'blur' } });
    expect(s.pending).to.deep.equal({ kind: 'blur' });
    s = nextSelection(s, { type: 'applied' });
    s = nextSelection(s, { type: 'pick', effect: { kind: 'image', url: URLS[1]! } });
    s = nextSelection(s, { type: 'failed' });
    expect([s.applied, s.notice]).to.deep.equal([{ kind: 'none' }, 'failed']);
    s = nextSelection(s, { type: 'pick', effect: { kind: 'blur' } });
    s = nextSelection(s, { type: 'applied' });
    expect([s.applied, s.notice]).to.deep.equal([{ kind: 'blur' }, null]);
  });

  it('starts with a carried choice only where it can run', () => {
    expect(initialSelection(false, URLS, { kind: 'blur' }).applied).to.deep.equal({ kind: 'none' });
    expect(initialSelection(true, [], { kind: 'image', url: URLS[0]! }).applied).to.deep.equal({ kind: 'none' });
    expect(sameEffect(initialSelection(true, URLS, { kind: 'image', url: URLS[0]! }).applied, { kind: 'image', url: URLS[0]! })).to.equal(true);
  });
});
