/**
 * The only module that imports `@azure/communication-calling` (7.4 MB, 1.8 MB gzip). The ACS session loads it
 * with `import()` when a visitor joins, never before.
 */
import { CallClient, DiagnosticQuality, Features, LocalVideoStream, VideoStreamRenderer } from '@azure/communication-calling';
import { AzureCommunicationTokenCredential } from '@azure/communication-common';
import type { CallingSdk } from './sdk-types.js';

export const callingSdk: CallingSdk = {
  features: Features,
  diagnosticQuality: DiagnosticQuality,
  createCallClient: () => new CallClient(),
  createLocalVideoStream: (device) => new LocalVideoStream(device),
  createRenderer: (stream) => new VideoStreamRenderer(stream),
  createCredential: (token, tokenRefresher) =>
    new AzureCommunicationTokenCredential({ token, tokenRefresher, refreshProactively: true }),
};
