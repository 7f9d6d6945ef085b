/**
 * The caption line buffer (src/session/caption-lines.ts) against an independent reference model, with fast-check:
 * every sequence of Partial/Final results from a few speakers gives the same visible lines as the model, which
 * keeps every line ever started (a speaker's open partial line is replaced, a final one stays) and shows the
 * last CAPTION_LINES_KEPT.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CaptionLines } from '../../src/session/caption-lines.js';
import { CAPTION_LINES_KEPT } from '../../src/session/types.js';

type Input = { speakerId: string; text: string; final: boolean };

function model(inputs: readonly Input[]): { speakerId: string; text: string; final: boolean }[] {
  const all: { speakerId: string; text: string; final: boolean }[] = [];
  const open = new Map<string, number>();
  for (const i of inputs) {
    const text = i.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const at = open.get(i.speakerId);
    if (at !== undefined && all.length - at <= CAPTION_LINES_KEPT) {
      all[at] = { speakerId: i.speakerId, text, final: i.final };
    } else {
      all.push({ speakerId: i.speakerId, text, final: i.final });
    }
    if (i.final) open.delete(i.speakerId);
    else open.set(i.speakerId, at !== undefined && all.length - at <= CAPTION_LINES_KEPT ? at : all.length - 1);
  }
  return all.slice(-CAPTION_LINES_KEPT);
}

const input = fc.record({
  speakerId: fc.constantFrom('a', 'b', 'c'),
  text: fc.oneof(fc.constantFrom('', '  ', 'hi', 'hello  there'), fc.string({ maxLength: 12 })),
  final: fc.boolean(),
});

describe('CaptionLines (reference model, fast-check)', () => {
  it('matches the model for any sequence of partial and final results', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 40 }), (inputs) => {
        const buffer = new CaptionLines();
        for (const i of inputs) buffer.add({ ...i, speakerName: i.speakerId.toUpperCase() });
        const got = buffer.lines.map(({ speakerId, text, final }) => ({ speakerId, text, final }));
        expect(got).to.deep.equal(model(inputs));
        expect(buffer.lines.length).to.be.at.most(CAPTION_LINES_KEPT);
        expect(new Set(buffer.lines.map((l) => l.id)).size, 'ids unique').to.equal(buffer.lines.length);
      }),
      { numRuns: 2000, seed: 16 },
    );
  });

  it('a partial line keeps its id while it grows and becomes final', () => {
    const b = new CaptionLines();
    const [first] = b.add({ speakerId: 'a', speakerName: 'A', text: 'Hel', final: false });
    const [grown] = b.add({ speakerId: 'a', speakerName: 'A', text: 'Hello', final: true });
    expect(grown!.id).to.equal(first!.id);
    expect(grown!.final).to.equal(true);
    const lines = b.add({ speakerId: 'a', speakerName: 'A', text: 'Next', final: false });
    expect(lines).to.have.length(2);
  });
});
