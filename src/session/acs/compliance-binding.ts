/**
 * Compliance binding of the ACS session: recording and transcription flags (`Features.Recording`,
 * `Features.Transcription`, both with `isXActive` + `isXActiveChanged` in SDK 2.0) → `SessionState.compliance`.
 * Owned by the compliance work (issue 8): consent and fail-safe behaviour belong here.
 */
import type { BindingContext, FeatureBinding } from './binding.js';
import { Subscriptions } from './listen.js';
import { attempt } from './sdk-util.js';

export function bindCompliance({ call, features, host }: BindingContext): FeatureBinding {
  const subs = new Subscriptions();
  const readers: Array<() => void> = [];
  attempt(() => {
    const recording = call.feature(features.Recording);
    const read = () => host.update({ compliance: { ...host.state.compliance, recording: recording.isRecordingActive } });
    subs.listen(recording, 'isRecordingActiveChanged', read);
    readers.push(read);
  });
  attempt(() => {
    const transcription = call.feature(features.Transcription);
    const read = () =>
      host.update({ compliance: { ...host.state.compliance, transcription: transcription.isTranscriptionActive } });
    subs.listen(transcription, 'isTranscriptionActiveChanged', read);
    readers.push(read);
  });
  return {
    read: () => readers.forEach(attempt),
    dispose: () => subs.dispose(),
  };
}
