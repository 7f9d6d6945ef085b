/**
 * Issue 14 req 4: the emulator session measures speaking from audio levels only for participants whose tiles are on
 * screen (the gallery tells it through `MeetingSession.setOnScreen`). Real WebAudio analysers on oscillator tracks;
 * what is counted is how often each participant's analyser is read.
 */
import { expect } from '@open-wc/testing';
import { AudioLevels } from '../../../src/session/emulator/audio-levels.js';

/** A live audio track playing a tone (or silence). */
function toneTrack(context: AudioContext): MediaStreamTrack {
  const destination = context.createMediaStreamDestination();
  const tone = context.createOscillator();
  tone.connect(destination);
  tone.start();
  return destination.stream.getAudioTracks()[0]!;
}

describe('AudioLevels — only participants on screen are sampled', () => {
  let context: AudioContext;
  let levels: AudioLevels | undefined;
  const reads = new Map<AnalyserNode, number>();
  const original = AnalyserNode.prototype.getFloatTimeDomainData;
  beforeEach(() => {
    context = new AudioContext();
    AnalyserNode.prototype.getFloatTimeDomainData = function (this: AnalyserNode, array: Float32Array<ArrayBuffer>) {
      reads.set(this, (reads.get(this) ?? 0) + 1);
      return original.call(this, array);
    };
  });
  afterEach(async () => {
    AnalyserNode.prototype.getFloatTimeDomainData = original;
    reads.clear();
    levels?.dispose();
    await context.close();
  });

  /** Reads per participant over `ms`, told apart by the order the analysers were created in. */
  async function readsOver(ms: number, ids: string[], analysers: AnalyserNode[]): Promise<Record<string, number>> {
    const before = analysers.map((a) => reads.get(a) ?? 0);
    await new Promise((r) => setTimeout(r, ms));
    return Object.fromEntries(ids.map((id, i) => [id, (reads.get(analysers[i]!) ?? 0) - before[i]!]));
  }

  it('samples every track until the gallery says, then only the on-screen ones and the visitor\'s own', async () => {
    const created: AnalyserNode[] = [];
    const create = AudioContext.prototype.createAnalyser;
    AudioContext.prototype.createAnalyser = function (this: AudioContext) {
      const a = create.call(this);
      created.push(a);
      return a;
    };
    const changes: Array<[string, boolean]> = [];
    try {
      levels = new AudioLevels((id, on) => changes.push([id, on]));
      const ids = ['self', 'alice', 'bob', 'carol'];
      for (const id of ids) levels.watch(id, toneTrack(context));
    } finally {
      AudioContext.prototype.createAnalyser = create;
    }
    const ids = ['self', 'alice', 'bob', 'carol'];
    const all = await readsOver(600, ids, created);
    for (const id of ids) expect(all[id], `${id} sampled before the gallery said anything`).to.be.greaterThan(0);

    levels.setActive(['alice']);
    const onScreen = await readsOver(600, ids, created);
    expect(onScreen['alice'], 'alice (on screen)').to.be.greaterThan(0);
    expect(onScreen['self'], 'the visitor\'s own microphone').to.be.greaterThan(0);
    expect(onScreen['bob'], 'bob (off screen)').to.equal(0);
    expect(onScreen['carol'], 'carol (off screen)').to.equal(0);

    // Paging on: bob's tile comes on screen, alice's leaves.
    levels.setActive(['bob']);
    const paged = await readsOver(600, ids, created);
    expect(paged['bob'], 'bob after the page turn').to.be.greaterThan(0);
    expect(paged['alice'], 'alice after the page turn').to.equal(0);
    // Nobody off screen is ever reported as speaking after leaving the screen.
    const lastFor = (id: string) => changes.filter(([c]) => c === id).at(-1)?.[1] ?? false;
    expect(lastFor('alice'), 'alice no longer speaking once off screen').to.equal(false);
    expect(lastFor('carol'), 'carol never speaking off screen').to.equal(false);
  });
});
