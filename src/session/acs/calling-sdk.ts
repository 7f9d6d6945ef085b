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

// A User Timing mark once this module, and so the SDK it imports, has been evaluated: `npm run bench` compares it
// with the click on Join (issue 14 req 2: on intent, evaluation happens before the click), and a site can read
// it the same way (`performance.getEntriesByName('tmj-calling-sdk-evaluated')`).
performance.mark?.('tmj-calling-sdk-evaluated');
