/** The `emulator` attribute: an http(s) URL on a loopback host, nothing else. */
import { TmjError } from '../../core/errors.js';
import { isLoopbackHost } from '../chat/index.js';

/** Parses and checks the `emulator` attribute: an http(s) URL on a loopback host, nothing else. */
export function parseEmulatorUrl(value: string | undefined): URL {
  let url: URL;
  try {
    url = new URL(value ?? '');
  } catch {
    throw new TmjError('invalid-emulator-url', 'not a URL');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !isLoopbackHost(url.hostname)) {
    throw new TmjError('invalid-emulator-url', 'loopback http(s) only');
  }
  return url;
}
