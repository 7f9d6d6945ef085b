/**
 * The caption line buffer both sessions use (DOM-free). Caption services send a phrase several times while it
 * is being spoken (`resultType` Partial) and once more when it is complete (Final) — Microsoft Learn, "Closed
 * captions for Teams interoperability" (https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/closed-captions-teams-interop-how-to).
 * So: a speaker's partial line is replaced by their next partial or final one; a final line stays, and the next
 * phrase starts a new line. Only the last `CAPTION_LINES_KEPT` lines are kept (the caption area shows 2–3).
 * Reference model and property tests: test/session/caption-lines.test.ts.
 */
import { CAPTION_LINES_KEPT, type CaptionLine } from './types.js';

export interface CaptionInput {
  readonly speakerId: string;
  readonly speakerName: string;
  readonly text: string;
  readonly final: boolean;
}

/** Longest caption text kept (a runaway partial must not grow the caption area without bound). */
export const MAX_CAPTION_TEXT = 500;

export class CaptionLines {
  #lines: CaptionLine[] = [];
  #seq = 0;

  get lines(): readonly CaptionLine[] {
    return this.#lines;
  }

  /** Adds one caption result; returns the new line list (a new array when something changed). */
  add(input: CaptionInput): readonly CaptionLine[] {
    const text = input.text.replace(/\s+/g, ' ').trim().slice(-MAX_CAPTION_TEXT);
    if (!text) return this.#lines;
    const open = this.#lines.findIndex((l) => l.speakerId === input.speakerId && !l.final);
    const next = [...this.#lines];
    if (open >= 0) {
      next[open] = { ...next[open]!, text, final: input.final, speakerName: input.speakerName || next[open]!.speakerName };
    } else {
      next.push({ id: `c${++this.#seq}`, speakerId: input.speakerId, speakerName: input.speakerName, text, final: input.final });
    }
    this.#lines = next.slice(-CAPTION_LINES_KEPT);
    return this.#lines;
  }

  clear(): readonly CaptionLine[] {
    this.#lines = [];
    return this.#lines;
  }
}
